/**
 * The list judge: the second, per-skill look the resume's skill list gets after the mention
 * filter (index.ts). The filter judges one mention at a time on its own line; the judge sees
 * the whole candidate: how sure the filter was of its best mention, its kind in the taxonomy,
 * every section and kind of line it was written in (a skills list, a bullet opened by a verb,
 * a heading, prose), how often and in how many written forms the person wrote it, and whether
 * its name is a general word or a soft-sounding field. It is trained on the labelled resumes'
 * training split by scripts/build-skill-filter.ts (cross-validated: the filter's probabilities
 * it learns from are out-of-fold) and its bar is chosen there.
 *
 * It judges only what the filter judges at its own bars (unrecognised names, list items,
 * general fields, names read with context): a specific known tool the person wrote is kept by
 * the filter's veto rule alone (index.ts: isSpecificKnown). Mentions on lines set aside as
 * instructions or keyword stuffing are not counted (candidates.ts drops them from the judged
 * spans), so stuffing a name does not raise its count.
 */
import { getTaxonomy } from "../../../data/taxonomy/index.ts";
import { BinaryLogistic, type PackedLogisticJSON } from "../../ml/binary-logistic.ts";
import type { SkillCandidate } from "./candidates.ts";
import { kindOf } from "./features.ts";
import { lineText } from "./resume-lines.ts";

export interface ListJudgeJSON {
  /** The judge's bar: a judged candidate below it leaves the list. */
  threshold: number;
  model: PackedLogisticJSON;
}

export interface ListJudge {
  threshold: number;
  model: BinaryLogistic;
}

export const listJudgeOf = (json: ListJudgeJSON): ListJudge => ({
  threshold: json.threshold,
  model: BinaryLogistic.unpack(json.model),
});

const bucket = (n: number, edges: number[]) => {
  let i = 0;
  while (i < edges.length && n >= edges[i]!) i++;
  return i;
};

/** A bullet or line opened by a doing word: "Developed", "Managing", "Led". */
const VERB_OPENING =
  /^[^\p{L}]*\p{L}+(?:ed|ing)\b|^[^\p{L}]*(?:led|built|ran|wrote|made|set|drove|grew|won|taught)\b/iu;
const BULLET = /^\s*[-*•·▪●➢\uf0a7\uf0b7\uf0d8o]\s/u;

/** How the line of one mention is written: a list, a bullet with a verb, a heading, prose. */
export function lineKindOf(line: string, items: number): string {
  const t = line.trim();
  const words = t.split(/\s+/).length;
  if (words <= 5 && items <= 1 && !/[.,;]/.test(t)) return "heading";
  if (items >= 3 && t.length / items < 40) return "list";
  if (VERB_OPENING.test(t)) return BULLET.test(line) ? "verb-bullet" : "verb-line";
  if (BULLET.test(line)) return "bullet";
  return t.length >= 160 ? "prose-long" : "prose";
}

/** The judge's features of a candidate whose best mention the filter gave probability `p`. */
export function listJudgeFeatures(text: string, c: SkillCandidate, p: number): string[] {
  const s = c.skill;
  const kind = kindOf(c);
  const f = ["bias", `kind=${kind}`, `p=${bucket(p, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8])}|${kind}`];
  if (!c.fromItem && !s.unrecognised) {
    const known = getTaxonomy().get(s.id);
    // The name itself: a general field many people write and few lists count ("Management").
    f.push(`cat=${s.category}`, `type=${s.type}`, `id=${s.id}`);
    if (known?.ambiguous) f.push("ambiguous-name");
  }
  const sections = new Set(c.sections.map((x) => x ?? "none"));
  for (const x of sections) f.push(`sec=${x}|${kind}`);
  f.push(`nsec=${bucket(sections.size, [2, 3])}|${kind}`);
  f.push(`n=${bucket(s.spans.length, [2, 3, 5])}|${kind}`);
  const forms = new Set(s.spans.map((sp) => sp.text.toLowerCase()));
  f.push(`forms=${bucket(forms.size, [2, 3])}`);
  const lineKinds = new Set(c.lines.map((l) => lineKindOf(lineText(text, l), l.items)));
  for (const k of lineKinds) f.push(`line=${k}|${kind}`);
  if (lineKinds.size === 1) f.push(`only=${[...lineKinds][0]}|${kind}`);
  const name = (c.fromItem || s.unrecognised ? s.spans[0]?.text : s.name) ?? "";
  const words = name.split(/\s+/).filter(Boolean);
  f.push(`nwords=${bucket(words.length, [2, 3, 4])}|${kind}`);
  if (name === name.toLowerCase()) f.push(`lower|${kind}`);
  else if (words.every((w) => /^\p{Lu}/u.test(w))) f.push(`title-case|${kind}`);
  if (/\d/.test(name)) f.push(`digit|${kind}`);
  // A one-word name of the person's own is often a plain word ("strategy", "services").
  if (words.length === 1 && kind !== "known") f.push(`word=${name.toLowerCase()}`);
  f.push(`last=${(words[words.length - 1] ?? "").toLowerCase()}|${kind}`);
  return f;
}

/** How likely the judge rates the candidate a skill of the person's. */
export function listJudgeProbability(judge: ListJudge, text: string, c: SkillCandidate, p: number): number {
  return judge.model.probability(listJudgeFeatures(text, c, p));
}
