/**
 * The learned skill filter on the resume path: of everything that may be a skill the person
 * wrote (candidates.ts), keep what the model trained on the labelled resumes' training split
 * (scripts/build-skill-filter.ts) rates a skill. Known names it drops were generic words or
 * misreadings in context ("less than 1 year", "teaching" in a job line); list items it keeps
 * are unrecognised skills under the person's own words. What the filter keeps at its own bars
 * then gets the list judge's second look over the whole candidate (list-judge.ts). The model
 * (filter and judge, one file) is read on first use.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { getTaxonomy } from "../../../data/taxonomy/index.ts";
import type { ExtractedSkill } from "../types.ts";
import { resumeSkillCandidates, type SectionAt, type SkillCandidate } from "./candidates.ts";
import { candidateFeatures, mentionFeatures } from "./features.ts";
import { listJudgeProbability } from "./list-judge.ts";
import { type FilterModel, filterModelOf, skillProbability } from "./model.ts";
import { writtenUnambiguously } from "./unambiguous-spelling.ts";

export const FILTER_MODEL_PATH = fileURLToPath(new URL("./model.json", import.meta.url));

let model: FilterModel | undefined;

function loaded(): FilterModel {
  model ??= filterModelOf(JSON.parse(readFileSync(FILTER_MODEL_PATH, "utf8")));
  return model;
}

/** The section kind at an offset, from the resume parser's sections. */
export function sectionAtOf(sections: { kind?: string; start: number; end: number }[]): SectionAt {
  return (offset) => sections.find((s) => offset >= s.start && offset < s.end)?.kind;
}

/**
 * A specific known tool, language or framework the person wrote ("SQL Server 2008 R2" in a
 * job line) is theirs whatever the labelled resumes did with it: the filter drops one only
 * when it is nearly sure it is a misreading (the `veto` probability: "Less than 1 year" is
 * not the LESS stylesheet language). Unrecognised names and list items must reach the
 * threshold; names that are also words or general fields pass (readWithContext).
 */
export function isSpecificKnown(skill: ExtractedSkill): boolean {
  if (skill.unrecognised) return false;
  const known = getTaxonomy().get(skill.id);
  return (
    !!known &&
    (!known.ambiguous || writtenUnambiguously(skill, known)) &&
    skill.category !== "concept" &&
    skill.category !== "domain_knowledge"
  );
}

/**
 * A known name that is also a word or a general field ("Node", "UI Design", "Teaching"): the
 * extractor already kept it only with context that makes it a skill. In a wall of text the
 * filter does not overrule it (a one-paragraph resume lost Node.js, then regained it with full
 * evidence once the job's missing skills were stuffed in; the outside fit pairs' calibration
 * fell 0.087 -> 0.140); on lines with layout it is judged at its own bar (`context` in
 * model.json, chosen by cross-validation): on the training split these names were the largest
 * group of wrong skills nobody judged ("Operating Systems", "Teaching", "Design" in job lines).
 */
export function readWithContext(skill: ExtractedSkill): boolean {
  return !skill.unrecognised && !isSpecificKnown(skill) && !isGeneralField(skill);
}

/**
 * A general field or concept the taxonomy knows by an unambiguous name ("Operating Systems",
 * "Documentation", "Web Services"): most of those the labelled resumes list are not labelled
 * skills (on the training split they were the largest group of wrong list items), so the model
 * judges them, at their own bar (`general`, chosen by cross-validation). Names that are also
 * words ("Node", "Teaching") stay read with context.
 */
export function isGeneralField(skill: ExtractedSkill): boolean {
  if (skill.unrecognised || (skill.category !== "concept" && skill.category !== "domain_knowledge"))
    return false;
  const known = getTaxonomy().get(skill.id);
  return !!known && (!known.ambiguous || writtenUnambiguously(skill, known));
}

/**
 * The bar a judged candidate must reach: specific known tools, general fields, names read with
 * context, the rest.
 */
export function barOf(
  filter: Pick<FilterModel, "threshold" | "veto" | "general" | "context">,
  skill: ExtractedSkill,
): number {
  if (isSpecificKnown(skill)) return filter.veto;
  if (isGeneralField(skill)) return filter.general;
  if (readWithContext(skill)) return filter.context;
  return filter.threshold;
}

/** A line this long is a resume pasted as one paragraph (or a wall of wrapped text). */
const WALL_OF_TEXT = 400;

/**
 * Candidates the filter does not judge: a known name (a specific tool, a general field, a name
 * read with context) written only in walls of text. There the model has no layout to judge by,
 * and it rated MySQL, HTML and jQuery in a one-paragraph resume as low as LESS in "Less than 1
 * year" (the labelled one-line resumes leave many tools unlabelled); dropping them let keyword
 * stuffing flip a verdict (robustness suite, fit-12).
 */
export function passesUnjudged(c: SkillCandidate): boolean {
  return (
    (readWithContext(c.skill) || isSpecificKnown(c.skill) || isGeneralField(c.skill)) &&
    c.lines.every((l) => l.end - l.start >= WALL_OF_TEXT)
  );
}

/**
 * Whether the list judge (list-judge.ts) looks at the candidate once the filter keeps it: what
 * the filter judges at its own bars. A specific known tool (or a product of a known kind) keeps
 * the veto rule alone, and a name known only from walls of text stays unjudged.
 */
export function judgedByList(c: SkillCandidate): boolean {
  return !c.ofKnownKind && !isSpecificKnown(c.skill) && !passesUnjudged(c);
}

/**
 * Whether some mention of the candidate reaches the bar: the candidate's probability is its best
 * mention's (model.ts: skillProbability), so the first mention that reaches it decides, and the
 * features of the rest are never built (the filter's cost on the parse path).
 */
function reachesBar(filter: FilterModel, text: string, c: SkillCandidate, bar: number): boolean {
  for (let i = 0; i < c.skill.spans.length; i++)
    if (filter.model.probability(mentionFeatures(text, c, i)) >= bar) return true;
  return false;
}

/**
 * Whether a judged candidate stays: it reaches the filter's bar and, when the list judge looks
 * at it (judgedByList), the judge's too. The judge needs the best mention's probability, so for
 * those every mention is rated once (the best reaching the bar is the same test as any reaching it).
 */
function keptByJudges(filter: FilterModel, text: string, c: SkillCandidate): boolean {
  const bar = c.ofKnownKind ? filter.veto : barOf(filter, c.skill);
  if (!filter.judge || !judgedByList(c)) return reachesBar(filter, text, c, bar);
  const p = skillProbability(filter, candidateFeatures(text, c));
  return p >= bar && listJudgeProbability(filter.judge, text, c, p) >= filter.judge.threshold;
}

/**
 * The resume's skills after the filter. Soft skills and spoken languages pass untouched:
 * they are reported in their own fields and judged by their own rules.
 */
export function filterResumeSkills(
  text: string,
  found: ExtractedSkill[],
  sectionAt: SectionAt,
  filter: FilterModel = loaded(),
): ExtractedSkill[] {
  const passThrough = found.filter((s) => s.type === "soft" || s.category === "spoken_language");
  const judged = found.filter((s) => !passThrough.includes(s));
  const kept = resumeSkillCandidates(text, judged, sectionAt, passThrough)
    .filter((c) => passesUnjudged(c) || keptByJudges(filter, text, c))
    .map((c) => c.output);
  return [...kept, ...passThrough].sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
}
