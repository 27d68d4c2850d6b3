/**
 * The field's own asks of an occupation, for roles no kind of tool describes (issue 13: a
 * described sous chef, electrician or nurse aide asked Word, Outlook and Excel — the only
 * technologies O*NET lists for them — and nothing of the trade). ESCO's occupation-to-skill
 * relations are not in the shared data, so the link is made by meaning, with the rule
 * duty-skills.ts uses for knowledge: each occupation's sentences (O*NET title, other titles,
 * O*NET and ESCO duties) against ESCO's short skill/competence labels ("cook meat dishes",
 * "repair wiring", "receive goods"), a label kept for an occupation only when it is among the
 * few occupations the label is closest to and every topic word of the label is said by the
 * occupation's own text. Only the labels are kept (facts of ESCO, CC BY 4.0; see NOTICE).
 * Deterministic: same data, same embedder, same result.
 */
import {
  DUTY_SKILL_OPTIONS,
  type DutySkillOptions,
  dutySkills,
  type KnowledgeNode,
  occupationTexts,
} from "./duty-skills.ts";

/** A competence label this long or shorter reads as an ask ("operate forklift"), not a paragraph. */
const MAX_LABEL_WORDS = 5;

/**
 * duty-skills' rule, with "a word says no topic of its own" at the same share of names: 20 of
 * ~2.7k knowledge names is 70 of ~9.4k competence names ("equipment" and "systems" are in
 * hundreds; "vessel" and "wiring" in fewer, so they must be said by the occupation's text).
 */
export const FIELD_ASK_OPTIONS: DutySkillOptions = {
  ...DUTY_SKILL_OPTIONS,
  perOccupation: 4,
  genericWordNodes: 70,
};

/** ESCO skills rows -> the competences short enough to be asked as they are. */
export function fieldAskNodes(rows: readonly Record<string, string>[]): KnowledgeNode[] {
  const seen = new Set<string>();
  const out: KnowledgeNode[] = [];
  for (const r of rows) {
    const label = (r.preferredLabel ?? "").trim();
    // A bracketed label names a product or a sense ("Python (computer programming)"): not a trade's ask.
    if (r.skillType !== "skill/competence" || !label || /[()]/.test(label)) continue;
    if (label.split(/\s+/).length > MAX_LABEL_WORDS || seen.has(label)) continue;
    seen.add(label);
    out.push({ id: label, name: label });
  }
  return out;
}

/**
 * Sets `fieldAsks` (ESCO competence labels, the closest first) on each occupation's extras,
 * read from the same sentences as its duty knowledge.
 */
export function addFieldAsks(
  roles: readonly { code: string; title: string }[],
  extras: Record<
    string,
    { duties: string[]; escoDuties?: string[]; alsoCalled: string[]; fieldAsks?: string[] }
  >,
  nodes: readonly KnowledgeNode[],
  embed: (texts: readonly string[]) => number[][],
  options: DutySkillOptions = FIELD_ASK_OPTIONS,
): void {
  for (const [code, labels] of dutySkills(occupationTexts(roles, extras), nodes, embed, options)) {
    const e = extras[code];
    if (e) e.fieldAsks = labels;
  }
}
