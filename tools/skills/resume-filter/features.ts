/**
 * What the skill filter sees of one mention of a candidate: the words it was written as, their
 * shape, the taxonomy's view (id, category, ambiguity of the name), and where it sits: its
 * section, its own line (how many items, how many of them known skills, the label that opens
 * it: "Environment:", "Tools:", its length) and the words beside it on that line. Nothing from
 * other lines and no count of the person's other mentions: an instruction spliced into a
 * resume whose line breaks were lost takes the line it lands in out of the parse
 * (parse-text.ts), and a judgement that read the other mentions or neighbouring lines moved
 * with it (robustness suite: "Android SDK" lost once its line was set aside). A candidate is
 * judged by its best mention (index.ts), so a mention that goes away changes nothing unless it
 * was the one that made the skill. No resume sentence is stored: only these feature names and
 * their learned weights.
 */
import type { LineInfo, SkillCandidate } from "./candidates.ts";

const bucket = (n: number, edges: number[]) => {
  let i = 0;
  while (i < edges.length && n >= edges[i]!) i++;
  return i;
};

const shapeOf = (w: string) =>
  w
    .replace(/[A-Z]/g, "A")
    .replace(/[a-z]/g, "a")
    .replace(/[0-9]/g, "0")
    .replace(/(.)\1+/g, "$1$1");

const WORD = /[\p{L}\p{N}+#.]+/gu;
const wordsOf = (s: string) => s.toLowerCase().match(WORD) ?? [];

/** The kind of candidate every feature is paired with: a list item, an unrecognised name, a known skill. */
export const kindOf = (c: SkillCandidate) =>
  c.fromItem ? "item" : c.skill.unrecognised ? "unlisted" : "known";

/** Features of the line a mention sits on (shared by every mention on it). */
function lineFeatures(line: LineInfo, kind: string, out: string[]): void {
  const items = bucket(line.items, [2, 3, 5, 8]);
  const known = line.items ? bucket(line.known / line.items, [0.01, 0.25, 0.5, 0.75]) : 0;
  out.push(`items=${items}|${kind}`, `known=${known}|${kind}`, `items=${items}|known=${known}|${kind}`);
  if (line.label) out.push(`label=${line.label.split(/\s+/).slice(-1)[0]}`);
  out.push(`linelen=${bucket(line.end - line.start, [30, 80, 160, 400])}|${kind}`);
}

/** The features of mention `i` of candidate `c` (its span, its section, its own line). */
export function mentionFeatures(text: string, c: SkillCandidate, i: number): string[] {
  const s = c.skill;
  const kind = kindOf(c);
  const sp = s.spans[i]!;
  const line = c.lines[i]!;
  const f = ["bias", `kind=${kind}`, `sec=${c.sections[i] ?? "none"}|${kind}`];
  if (!c.fromItem && !s.unrecognised) f.push(`id=${s.id}`, `cat=${s.category}`, `type=${s.type}`);
  const words = wordsOf(sp.text);
  f.push(
    `nwords=${bucket(words.length, [2, 3, 4])}|${kind}`,
    `shape=${shapeOf(sp.text.split(/\s+/)[0] ?? "")}|${kind}`,
  );
  if (sp.text.toLowerCase() !== s.name.toLowerCase()) f.push(`alias|${kind}`);
  if (/\d/.test(sp.text)) f.push(`digit|${kind}`);
  if (sp.text === sp.text.toLowerCase()) f.push(`lower|${kind}`);
  if (sp.text.length > 3 && sp.text === sp.text.toUpperCase()) f.push(`upper|${kind}`);
  if (c.fromItem || s.unrecognised) {
    for (const w of new Set(words)) f.push(`w=${w}`);
    const last = words[words.length - 1] ?? "";
    f.push(`first=${words[0]}`, `last=${last}`, `suf=${last.slice(-3)}`);
  } else {
    f.push(`surface=${sp.text.toLowerCase()}`);
  }
  lineFeatures(line, kind, f);
  const before = text.slice(Math.max(line.start, sp.start - 30), sp.start);
  const after = text.slice(sp.end, Math.min(line.end, sp.end + 30));
  f.push(
    `prev=${wordsOf(before).slice(-1)[0] ?? "<bol>"}|${kind}`,
    `next=${wordsOf(after)[0] ?? "<eol>"}|${kind}`,
    `before=${(before.trimEnd().slice(-1) || "^").replace(/\s/, "_")}|${kind}`,
    `after=${(after.trimStart().slice(0, 1) || "$").replace(/\s/, "_")}|${kind}`,
  );
  return f;
}

/** The features of each of the candidate's mentions, in span order. */
export function candidateFeatures(text: string, c: SkillCandidate): string[][] {
  return c.skill.spans.map((_, i) => mentionFeatures(text, c, i));
}
