/**
 * Ties found skills to the parts of the resume that back them up. A skill named only in
 * a skills list is claimed; one used in a job, a project or a certification is validated,
 * and the job's dates give it years of use. On a resume whose duties sit under no job (one
 * paragraph, a lost layout) a sentence that uses the skill is its evidence, with no years:
 * only dated roles give years (prose-evidence.ts).
 */

import { countYears, monthOf } from "../../experience/roles.ts";
import { blankDelimitedInstructions } from "../../jobs/signals.ts";
import type { FoundSkill } from "../skills-port.ts";
import { isBareSkillList } from "../text/skill-list.ts";
import type {
  ParsedCertification,
  ParsedExperience,
  ParsedProject,
  ResumeSection,
  ResumeSkill,
  SectionKind,
} from "../types.ts";
import { currentMonth } from "./dates.ts";
import { titleScore } from "./job-header.ts";
import { inClosingKeywordList, inKeywordList, mentionSentence, proseUse } from "./prose-evidence.ts";
import { studyUse } from "./study-evidence.ts";
import { lastDate, yearsCovered } from "./years.ts";

/** "Core Java Developer, 5 yrs": a role title, then how long it was held. */
const ROLE_YEARS_RE = /^(.{3,80}?)\s*[,(|\-–:]\s*(\d{1,2}(?:\.\d)?)\+?\s*(?:years?|yrs?)\b/i;

/**
 * Years in a role that uses the skill, when the resume states them on the role's line:
 * "Core Java Developer, 5 yrs" gives Java 5 years (a role named after the skill is years
 * of using it, by the experience rules). Undefined when the line says no such thing.
 */
export function roleYears(text: string, span: { start: number; end: number }): number | undefined {
  const lineStart = text.lastIndexOf("\n", span.start - 1) + 1;
  const lineEnd = text.indexOf("\n", span.end);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const m = ROLE_YEARS_RE.exec(line);
  if (!m || span.end - lineStart > m[1]!.length || titleScore(m[1]!) <= 0) return undefined;
  return Number(m[2]);
}

/**
 * Years of use from the roles that name the skill: calendar years, overlaps merged, scaled by
 * how much of that time was full-time work (an internship counts half, at most a year), so a
 * skill listed in an internship "since 2017" is not nine years of expertise.
 */
function yearsOfUse(usedIn: ParsedExperience[], now: Date): number | undefined {
  if (usedIn.length === 0) return undefined;
  const calendar = yearsCovered(usedIn, now);
  const counted = countYears(usedIn, (monthOf(currentMonth(now)) ?? 0) + 1);
  const share = counted.calendarYears > 0 ? Math.min(1, counted.years / counted.calendarYears) : 1;
  return Math.round(calendar * share * 10) / 10;
}

function lineAt(text: string, at: number): string {
  const end = text.indexOf("\n", at);
  return text.slice(text.lastIndexOf("\n", at - 1) + 1, end < 0 ? undefined : end);
}

function inProgressCert(span: string, certifications: ParsedCertification[]): boolean {
  const lower = span.toLowerCase();
  return certifications.some((c) => c.inProgress && c.name.toLowerCase().includes(lower));
}

/** The job title holds the skill's name or a spelling the person used, as whole words. */
function titleNames(title: string | undefined, skill: FoundSkill): boolean {
  if (!title) return false;
  const lower = title.toLowerCase();
  return [skill.name, ...skill.spans.map((s) => s.text)].some((n) => {
    const w = n.trim().toLowerCase();
    if (w.length < 2) return false;
    const at = lower.indexOf(w);
    return (
      at >= 0 &&
      !/[\p{L}\p{N}]/u.test(lower[at - 1] ?? "") &&
      !/[\p{L}\p{N}]/u.test(lower[at + w.length] ?? "")
    );
  });
}

export interface Ranged<T> {
  entry: T;
  start: number;
  end: number;
}

function describeJob(e: ParsedExperience): string {
  const when = [e.start, e.current ? "present" : e.end].filter(Boolean).join(" to ");
  const who = [e.title, e.company].filter(Boolean).join(" at ");
  return `experience: ${who || "a job"}${when ? ` (${when})` : ""}`;
}

export function attachSkillEvidence(
  text: string,
  found: FoundSkill[],
  sections: ResumeSection[],
  jobs: Ranged<ParsedExperience>[],
  projects: Ranged<ParsedProject>[],
  certifications: ParsedCertification[],
  now: Date,
): ResumeSkill[] {
  const sectionAt = (pos: number): SectionKind =>
    sections.find((s) => pos >= s.start && pos <= s.end)?.kind ?? "other";
  const out: ResumeSkill[] = [];
  const dutiesUnplaced = jobs.every((j) => j.entry.bullets.length === 0);
  // Sentences are read with any spliced-in "[assistant] ... [/assistant]" block blanked.
  const prose = blankDelimitedInstructions(text);
  for (const skill of found) {
    const kinds = new Set<SectionKind>();
    /** Sections that back the skill: a bare keyword list backs nothing, wherever it sits. */
    const backing = new Set<SectionKind>();
    const evidence = new Set<string>();
    const usedIn: ParsedExperience[] = [];
    for (const span of skill.spans) {
      const kind = (span.section as SectionKind | undefined) ?? sectionAt(span.start);
      kinds.add(kind);
      if (!isBareSkillList(lineAt(text, span.start)) && !inKeywordList(prose, span)) backing.add(kind);
      // A keyword run closing the text (run on from a paragraph's last words) is no duty of the
      // job whose text reaches the end, and gives it no years.
      if (inClosingKeywordList(prose, span)) continue;
      for (const job of jobs) {
        if (span.start >= job.start && span.start < job.end) {
          if (!usedIn.includes(job.entry)) usedIn.push(job.entry);
          if (!job.entry.skills.includes(skill.name)) job.entry.skills.push(skill.name);
          evidence.add(describeJob(job.entry));
        }
      }
      for (const p of projects) {
        if (span.start >= p.start && span.start < p.end) {
          if (!p.entry.technologies.some((t) => t.toLowerCase() === skill.name.toLowerCase()))
            p.entry.technologies.push(skill.name);
          evidence.add(`project: ${p.entry.name}`);
        }
      }
    }
    // A role named after the skill ("Mathematics Teacher", "Java Developer") is years of using
    // it, by the experience rules, though the duties under it never repeat the word.
    if (!skill.unrecognised) {
      for (const job of jobs) {
        if (usedIn.includes(job.entry) || !titleNames(job.entry.title, skill)) continue;
        usedIn.push(job.entry);
        if (!job.entry.skills.includes(skill.name)) job.entry.skills.push(skill.name);
        evidence.add(describeJob(job.entry));
      }
    }
    if (dutiesUnplaced && evidence.size === 0) {
      for (const span of skill.spans) {
        if (((span.section as SectionKind | undefined) ?? sectionAt(span.start)) === "skills") continue;
        const quote = proseUse(prose, span);
        if (quote) {
          evidence.add(`described: "${quote}"`);
          break;
        }
      }
    }
    if (evidence.size === 0) {
      for (const span of skill.spans) {
        if (((span.section as SectionKind | undefined) ?? sectionAt(span.start)) !== "education") continue;
        const quote = studyUse(prose, span);
        if (quote) {
          evidence.add(`studies: "${quote}"`);
          break;
        }
      }
    }
    // Backed only by where it sits (a name in an experience paragraph no role or tied use
    // claimed): its sentence is quoted, so what backs it can be read and judged.
    if (evidence.size === 0) {
      for (const span of skill.spans) {
        const kind = (span.section as SectionKind | undefined) ?? sectionAt(span.start);
        if (kind !== "experience" && kind !== "projects") continue;
        if (isBareSkillList(lineAt(text, span.start)) || inKeywordList(prose, span)) continue;
        const quote = mentionSentence(prose, span);
        if (quote) {
          evidence.add(`mentioned: "${quote}"`);
          break;
        }
      }
    }
    const lowerName = skill.name.toLowerCase();
    for (const c of certifications) {
      if (c.inProgress) continue;
      const spanInCert = skill.spans.some((s) => c.name.toLowerCase().includes(s.text.toLowerCase()));
      if (spanInCert || c.name.toLowerCase().includes(lowerName)) {
        if (!c.skills.includes(skill.name)) c.skills.push(skill.name);
        evidence.add(`certification: ${c.name}`);
      }
    }
    const jobYears = yearsOfUse(usedIn, now);
    let statedRoleYears: number | undefined;
    for (const span of skill.spans) {
      const y = roleYears(text, span);
      if (y !== undefined && y > (statedRoleYears ?? 0)) {
        statedRoleYears = y;
        evidence.add(
          `role: ${text.slice(span.start, span.end)} in "${text.slice(text.lastIndexOf("\n", span.start - 1) + 1, span.end).trim()}…" (${y} years)`,
        );
      }
    }
    // A credential named only in certifications being worked towards is not held.
    if (
      skill.category === "certification" &&
      evidence.size === 0 &&
      skill.spans.every((sp) => inProgressCert(sp.text, certifications))
    )
      continue;
    const years = Math.max(jobYears ?? 0, statedRoleYears ?? 0) || undefined;
    out.push({
      id: skill.id,
      name: skill.name,
      type: skill.type,
      category: skill.category,
      spans: skill.spans.map(({ start, end, text }) => ({ start, end, text })),
      ...(skill.unrecognised ? { unrecognised: true as const } : {}),
      sections: [...kinds],
      validated:
        evidence.size > 0 ||
        backing.has("experience") ||
        backing.has("projects") ||
        backing.has("certifications"),
      evidence: [...evidence],
      years: years && years > 0 ? years : undefined,
      lastUsed: usedIn.length > 0 ? lastDate(usedIn, now) : undefined,
    });
  }
  return out;
}
