/**
 * `parseJobPosting(text, extract)`: a pasted job ad -> JobPosting. Deterministic, no I/O;
 * the skill extractor (tools/skills) is passed in so the parser stays testable and layered.
 */

import { CareerCraftError } from "../../data/errors.ts";
import type { Skill } from "../../data/taxonomy/types.ts";
import { softSkillsReadIn } from "../gap/soft-skills.ts";
import { adOpening } from "./ad-opening.ts";
import { withCategoryAsks } from "./category-asks.ts";
import { withoutLicenceSkills } from "./credential-document.ts";
import { mergeEducation, readEducation, saysNoSubstitute } from "./education.ts";
import { entryLevelSkills, noExperienceAsk } from "./entry-level.ts";
import { adFocus } from "./focus.ts";
import {
  cleanTitle,
  findCompany,
  findEmploymentType,
  findLocation,
  findSeniority,
  findTitle,
  findWorkMode,
  metaFields,
} from "./header.ts";
import { findRequirementLines } from "./requirement-lines.ts";
import { buildRequirements } from "./requirements.ts";
import { parseSalary } from "./salary.ts";
import { normaliseAdText, type Segment, segmentAd } from "./segments.ts";
import { shiftsAsked } from "./shifts-in-ads.ts";
import { findCulture, findDomains, findLanguages, looksLikeInstruction } from "./signals.ts";
import { splitTitleCompany } from "./title-company.ts";
import type { EducationRequirement, ExtractedSkill, JobPosting, SkillExtractor } from "./types.ts";

export const MAX_AD_CHARS = 60_000;

/** Sentences outside a Responsibilities heading that still describe the work. */
const RESPONSIBILITY_START =
  /^(you will|you'll|you are going to|as an? [\w -]+ you will|your (main )?(tasks?|responsibilities|job) (will be|is|are|include)|in this role you|design|develop|build|implement|maintain|own|drive|deliver|support|manage|lead|collaborate|work closely|ensure|participate|contribute|analy[sz]e|write|test|deploy|monitor|create|coordinate|plan|prepare)\b/i;

function validate(text: unknown): string {
  if (typeof text !== "string") throw new CareerCraftError("validation", "A job ad must be text.");
  if (text.trim().length < 20)
    throw new CareerCraftError("validation", "That job ad is empty or too short. Paste the whole ad text.");
  if (text.length > MAX_AD_CHARS)
    throw new CareerCraftError(
      "too_large",
      `That job ad is ${text.length.toLocaleString("en")} characters; the limit is ${MAX_AD_CHARS.toLocaleString("en")}. Paste only the ad itself.`,
    );
  // Binary junk (a PDF or image pasted as text) is full of NULs and control characters; a
  // stray one from copy-paste is not.
  const control = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (text.includes("\u0000") || control > 50 || control / text.length > 0.02)
    throw new CareerCraftError(
      "corrupt_input",
      "That does not look like job ad text (it contains binary data).",
    );
  return text;
}

/**
 * Drops instruction-like lines and sentences, so neither skills nor cues come from them.
 * They are removed rather than blanked: a blank line left in the middle of a paragraph or
 * a list would end it there and change how the lines around it are read, and an injected
 * line must change nothing at all.
 */
function dropInstructions(text: string): { text: string; ignored: number } {
  let ignored = 0;
  const kept: string[] = [];
  for (const line of text.split("\n")) {
    const pieces = line.split(/(?<=[.!?])\s+/);
    if (!pieces.some(looksLikeInstruction)) {
      kept.push(line);
      continue;
    }
    const rest = pieces.filter((p) => {
      if (!looksLikeInstruction(p)) return true;
      ignored++;
      return false;
    });
    if (rest.length > 0) kept.push(rest.join(" "));
  }
  return { text: kept.join("\n"), ignored };
}

/**
 * Where the title ends when the ad starts with it (flattened ads put the whole ad on the
 * first line, so the line end is not the title end); 0 when the title came from prose.
 */
function titleEndOffset(text: string, title: string): number {
  const head = text.slice(0, Math.min(text.length, 200));
  const lastWord = title.split(/\s+/).pop() ?? "";
  if (!cleanTitle(head.split("\n")[0] ?? "").startsWith(title) || lastWord.length === 0) return 0;
  const at = head.indexOf(lastWord);
  return at < 0 ? 0 : at + lastWord.length;
}

/**
 * A "Technologies" tag list ("docker agile spring-boot amazon-web-services") is a structured
 * field: each tag is looked up on its own, so a tag the prose extractor skips for lack of
 * context ("cloud", "spring") still counts.
 */
function addTagSkills(segments: Segment[], extracted: ExtractedSkill[], graph: TagLookup): ExtractedSkill[] {
  const byId = new Map(extracted.map((s) => [s.id, { ...s, spans: [...s.spans] }]));
  for (const segment of segments) {
    if (segment.section !== "technologies") continue;
    for (const m of segment.text.matchAll(/[^\s,;]+/g)) {
      const tag = m[0];
      const skill = graph.lookup(tag.replace(/-/g, " ")) ?? graph.lookup(tag);
      if (!skill || skill.category === "spoken_language") continue;
      const start = segment.start + m.index!;
      const entry = byId.get(skill.id) ?? {
        id: skill.id,
        name: skill.name,
        type: skill.type,
        category: skill.category,
        spans: [],
      };
      if (!entry.spans.some((sp) => sp.start === start))
        entry.spans.push({ start, end: start + tag.length, text: tag });
      byId.set(skill.id, entry);
    }
  }
  return [...byId.values()];
}

/**
 * Benefits, company blurbs and header fields never hold requirements: blank them (keeping
 * offsets) so the extractor does not spend time on them.
 */
function withoutIgnoredSections(text: string, segments: Segment[]): string {
  const ignored = segments.filter(
    (s) => s.section === "benefits" || s.section === "company" || s.section === "meta",
  );
  if (ignored.length === 0) return text;
  let out = "";
  let at = 0;
  for (const s of ignored) {
    out += text.slice(at, s.start) + " ".repeat(s.end - s.start);
    at = s.end;
  }
  return out + text.slice(at);
}

export interface TagLookup {
  lookup(term: string): Pick<Skill, "id" | "name" | "type" | "category"> | undefined | null;
}

export function parseJobPosting(raw: string, extract: SkillExtractor, graph?: TagLookup): JobPosting {
  const { text, ignored } = dropInstructions(normaliseAdText(validate(raw)));
  const segments = segmentAd(text);
  const fields = metaFields(segments, text);
  const readable = withoutIgnoredSections(text, segments);
  const fromProse = extract(readable);
  const extracted = withCategoryAsks(
    readable,
    graph ? addTagSkills(segments, fromProse, graph) : fromProse,
    graph,
  );

  const named = findCompany(text, segments);
  const head = findTitle(text);
  const fromHead = head ? splitTitleCompany(head, named) : undefined;
  const title = fromHead?.title;
  const company = named ?? fromHead?.company;
  const titleEnd = title ? titleEndOffset(text, title) : 0;
  // Skills named in the title, in the order they appear there.
  const firstSpan = (x: ExtractedSkill) => Math.min(...x.spans.map((span) => span.start));
  let titleSkills: ExtractedSkill[] = [];
  if (title && titleEnd > 0) {
    // The title opens the ad: its skills are already among the spans found in the text.
    titleSkills = extracted
      .filter((x) => x.spans.some((span) => span.start < titleEnd))
      .sort((a, b) => firstSpan(a) - firstSpan(b));
  } else if (title) titleSkills = extract(title).sort((a, b) => firstSpan(a) - firstSpan(b));

  const built = buildRequirements(segments, extracted, titleEnd, titleSkills);
  const skills = withoutLicenceSkills(built.skills);
  const entryAsk = noExperienceAsk(segments, built.experience);
  const experience = entryAsk ? [...built.experience, entryAsk] : built.experience;

  let education: EducationRequirement | undefined;
  let previous = "";
  for (const s of segments) {
    if (s.section === "benefits" || s.section === "company" || s.section === "meta") continue;
    // "Hold a relevant B.Sc. or M.Sc." cut after "B.Sc.": the "or ..." piece is read with the
    // one before it, so the lowest level accepted stays the bachelor's.
    const text = /^(or|and\/or)\b/i.test(s.text.trim()) ? `${previous} ${s.text}` : s.text;
    previous = s.text;
    const found = readEducation(text, s.section === "preferred" ? "preferred" : "required");
    if (found) education = mergeEducation(education, found);
    // "A law degree is required. It cannot be replaced by experience.": the second sentence
    // names no degree but says nothing stands in for the one asked.
    else if (education?.kind === "required" && !education.noSubstitute && saysNoSubstitute(s.text))
      education = {
        ...education,
        equivalentExperience: false,
        noSubstitute: `the ad: "${s.text.trim().slice(0, 160)}"`,
      };
  }

  const body = segments.filter((s) => s.section !== "meta").map((s) => s.text);
  const responsibilities = segments
    .filter(
      (s) =>
        s.text.length >= 15 &&
        (s.section === "responsibilities" ||
          (s.section === "intro" && RESPONSIBILITY_START.test(s.text.trim()))),
    )
    .slice(0, 12)
    .map((s) => s.text.trim().slice(0, 200));
  const requirementLines = findRequirementLines(segments, extracted);
  const focus = adFocus(segments, title);
  const seniority = findSeniority(title, fields["experience level"]);
  const salary = parseSalary(text);
  const workMode = findWorkMode(fields["location options"], text);
  const employmentType = findEmploymentType(fields["job type"], text);
  const location = findLocation(text);
  const opening = adOpening(text);

  const found = [
    title,
    skills.length > 0,
    experience.length > 0 || seniority,
    education,
    workMode,
    employmentType,
  ];
  const parseConfidence = Math.round((0.3 + (0.7 * found.filter(Boolean).length) / found.length) * 100) / 100;

  return {
    source: "posting",
    ...(title ? { title } : {}),
    ...(seniority ? { seniority } : {}),
    ...(company ? { company } : {}),
    ...(location ? { location } : {}),
    ...(workMode ? { workMode } : {}),
    ...(employmentType ? { employmentType } : {}),
    ...(salary ? { salary } : {}),
    skills: entryLevelSkills(skills, experience, seniority),
    experience,
    ...(education ? { education } : {}),
    // The soft skills the ad names, and those its duties show ("you will coach a team of
    // account executives" is mentoring): scored from the person's roles, never asked as skills.
    softSkills: [
      ...new Set([
        ...skills.filter((s) => s.type === "soft").map((s) => s.skillId),
        ...softSkillsReadIn(body),
      ]),
    ],
    domains: findDomains(fields.industry, body.join("\n")),
    responsibilities,
    culture: findCulture(body.join("\n")),
    shifts: shiftsAsked(body.join("\n")),
    languages: findLanguages(body),
    requirementLines,
    ...(focus.length ? { focus } : {}),
    ...(opening ? { opening } : {}),
    notes:
      ignored > 0
        ? [`Ignored ${ignored} sentence(s) that read as instructions to an AI rather than the job.`]
        : [],
    ignoredInstructions: ignored,
    parseConfidence,
  };
}
