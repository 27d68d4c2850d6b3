/**
 * Skill extraction for resumes, job ads and chat messages: canonical taxonomy ids with
 * the exact spans (offsets into the input) and the section each was found in.
 *
 *   extractSkills("5 yrs of NodeJS, k8s and Postgres") ->
 *     [{ id: "nodejs", ... spans: [{ start: 9, end: 15, text: "NodeJS" }] }, kubernetes, postgresql]
 */
import { CareerCraftError } from "../../data/errors.ts";
import { getTaxonomy, type Taxonomy } from "../../data/taxonomy/index.ts";
import { normalizeKey } from "../../data/taxonomy/normalize.ts";
import { clinicalSenses, otherFieldsAcronym } from "./acronym-senses.ts";
import {
  acceptAmbiguous,
  acceptGeneral,
  describesOthers,
  inDegreeContext,
  isEmployerLine,
  isGeneral,
  isSkillsSection,
} from "./context.ts";
import { type Candidate, findCandidates, selectLongest, tokensOf } from "./matcher.ts";
import { inferSkillSections, MAX_SKILLS_BLOCK } from "./sections.ts";
import { findPhraseSkills } from "./soft-phrases.ts";
import type { ExtractedSkill, ExtractOptions, SectionRange } from "./types.ts";
import { findUnlistedSkills } from "./unlisted.ts";

export type { ExtractedSkill, ExtractOptions, SectionRange, SkillSpanHit } from "./types.ts";

/** Longer input is not a resume, job ad or message; refuse it instead of working for seconds. */
export const MAX_TEXT_CHARS = 1_000_000;
/** Ambiguous names accepted next to other accepted names may in turn vouch for their neighbours. */
const CONTEXT_PASSES = 3;

export function extractSkills(
  text: string,
  options: ExtractOptions = {},
  taxonomy: Taxonomy = getTaxonomy(),
): ExtractedSkill[] {
  if (typeof text !== "string") {
    throw new CareerCraftError("validation", "Skill extraction needs text (a string).");
  }
  if (text.length > MAX_TEXT_CHARS) {
    throw new CareerCraftError(
      "too_large",
      `That text is too long to scan for skills (${text.length} characters; the limit is ${MAX_TEXT_CHARS}).`,
    );
  }
  // Spans report the sections the caller gave; context may also use headings seen in the text.
  const sectionAt = sectionLookup(options.sections ?? [], options.section);
  const contextSectionAt = contextSections(options, text);
  const tokens = tokensOf(text);
  const candidates = selectLongest(findCandidates(taxonomy, text, tokens)).filter(
    (c) =>
      !inDegreeContext(text, tokens, c) &&
      !isEmployerLine(text, c) &&
      !describesOthers(text, c) &&
      !acronymNotWrittenSo(text, c, taxonomy) &&
      !otherFieldsAcronym(text, c), // "GCP" in a clinical text (acronym-senses.ts)
  );

  // Specific names (tools, languages, frameworks) count anywhere; ambiguous names and general
  // concepts wait for context, which may come from names accepted in an earlier pass.
  const needsEvidence = (c: Candidate) => c.ambiguous || isGeneral(c);
  const accepted = new Set<Candidate>(candidates.filter((c) => !needsEvidence(c)));
  let pending = candidates.filter(needsEvidence);
  for (let pass = 0; pass < CONTEXT_PASSES && pending.length > 0; pass++) {
    const ordered = candidates.filter((c) => accepted.has(c));
    const newlyAccepted = pending.filter((c) => {
      const { prev, next } = neighbours(ordered, c);
      const any = neighbours(candidates, c);
      const input = {
        text,
        tokens,
        candidate: c,
        section: contextSectionAt(c.start)?.toLowerCase(),
        prevAccepted: prev,
        nextAccepted: next,
        prevAny: any.prev,
        nextAny: any.next,
      };
      return c.ambiguous ? acceptAmbiguous(input) : acceptGeneral(input);
    });
    if (newlyAccepted.length === 0) break;
    for (const c of newlyAccepted) accepted.add(c);
    pending = pending.filter((c) => !accepted.has(c));
  }

  const bySkill = new Map<string, ExtractedSkill>();
  const add = (id: string, start: number, end: number) => {
    const skill = taxonomy.get(id);
    if (!skill) return;
    let entry = bySkill.get(id);
    if (!entry) {
      entry = { id, name: skill.name, type: skill.type, category: skill.category, spans: [] };
      bySkill.set(id, entry);
    }
    if (entry.spans.some((s) => s.start === start && s.end === end)) return;
    const section = sectionAt(start);
    entry.spans.push({ start, end, text: text.slice(start, end), ...(section ? { section } : {}) });
  };
  const unlisted = options.unlisted
    ? findUnlistedSkills({
        text,
        taxonomy,
        accepted: candidates.filter((c) => accepted.has(c)),
        inSkillsSection: (offset) => isSkillsSection(contextSectionAt(offset)?.toLowerCase()),
        sectionAt,
      })
    : undefined;
  for (const c of candidates)
    if (accepted.has(c) && !unlisted?.absorbed.has(c)) add(c.skill.id, c.start, c.end);
  for (const k of unlisted?.known ?? []) add(k.id, k.start, k.end);
  for (const hit of [...findPhraseSkills(text), ...clinicalSenses(text)])
    add(hit.skillId, hit.start, hit.end);

  const result: ExtractedSkill[] = [...bySkill.values(), ...(unlisted?.skills ?? [])];
  for (const r of result) r.spans.sort((a, b) => a.start - b.start);
  return result.sort((a, b) => a.spans[0].start - b.spans[0].start);
}

/**
 * "Jane Doe" is no Design of Experiments: a name that needs context and that the taxonomy
 * spells only as an acronym ("DOE") is not that skill when written as a surname, a capitalised
 * word after a capitalised word.
 */
function acronymNotWrittenSo(text: string, c: Candidate, taxonomy: Taxonomy): boolean {
  if (!c.ambiguous) return false;
  const surface = text.slice(c.start, c.end);
  const before = text.slice(Math.max(0, c.start - 30), c.start);
  // Only a word written like a surname after a first name ("Jane Doe"), or a name in capitals
  // opening its line ("JANE DOE", "MARY JANE DOE": first names no taxonomy name, then the
  // surname on a single space); "Ms-Dos" is still MS-DOS written loosely, "MINITAB, DOE" a list.
  const titleCased = /^\p{Lu}\p{Ll}+$/u.test(surface) && /\p{Lu}[\p{L}'.]*[ \t]+$/u.test(before);
  if (!titleCased && !isCapitalsNameOpeningLine(text, c.start, surface, taxonomy)) return false;
  const spellings = [c.skill.name, ...(c.skill.aliases ?? [])].filter((s) => normalizeKey(s) === c.key);
  return spellings.length > 0 && spellings.every((s) => /\p{Lu}{2}/u.test(s) && s === s.toUpperCase());
}

/** `surface` (at `start`) is the last word of a name in capitals opening its line: "JANE DOE". */
function isCapitalsNameOpeningLine(
  text: string,
  start: number,
  surface: string,
  taxonomy: Taxonomy,
): boolean {
  if (!/^\p{Lu}+$/u.test(surface)) return false;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (start - lineStart > 40) return false;
  const m = /^[ \t]*((?:\p{Lu}{2,}[ \t])+)$/u.exec(text.slice(lineStart, start));
  if (!m) return false;
  return m[1]!
    .trim()
    .split(/[ \t]+/)
    .every((w) => !taxonomy.byNormalizedKey(normalizeKey(w)) && !isSkillsSection(w.toLowerCase()));
}

function neighbours(ordered: Candidate[], c: Candidate): { prev?: Candidate; next?: Candidate } {
  let prev: Candidate | undefined;
  let next: Candidate | undefined;
  for (const o of ordered) {
    if (o.end <= c.start) prev = o;
    else if (o.start >= c.end) {
      next = o;
      break;
    }
  }
  return { prev, next };
}

/**
 * The section a mention is judged in: the caller's section, else a skills block seen in the
 * text. A skills section counts for its first MAX_SKILLS_BLOCK characters only: past that a
 * parser has usually swept prose ("Additional information") into it.
 */
function contextSections(options: ExtractOptions, text: string): (offset: number) => string | undefined {
  if (options.section && !options.sections?.length) return () => options.section;
  const given = (options.sections ?? []).map((s) => {
    const name = s.name ?? s.kind ?? s.heading ?? undefined;
    const end =
      name && isSkillsSection(name.toLowerCase()) ? Math.min(s.end, s.start + MAX_SKILLS_BLOCK) : s.end;
    return { name, start: s.start, end };
  });
  const givenAt = sectionLookup(given, options.section);
  const inferredAt = sectionLookup(inferSkillSections(text), undefined);
  return (offset) => {
    const name = givenAt(offset);
    return name && isSkillsSection(name.toLowerCase()) ? name : (inferredAt(offset) ?? name);
  };
}

function sectionLookup(
  ranges: SectionRange[],
  fallback: string | undefined,
): (offset: number) => string | undefined {
  const sections = ranges
    .map((s) => ({ name: s.name ?? s.kind ?? s.heading ?? undefined, start: s.start, end: s.end }))
    .filter((s) => typeof s.name === "string" && Number.isFinite(s.start) && Number.isFinite(s.end));
  if (sections.length === 0) return () => fallback;
  return (offset) => sections.find((s) => offset >= s.start && offset < s.end)?.name ?? fallback;
}
