/**
 * What the skill filter sees of one candidate: the words it was written as, their shape,
 * the taxonomy's view (id, category, ambiguity of the name), and where it sits: the
 * section, whether its line is a list (how many items, how many of them known skills, the
 * label that opens it: "Environment:", "Tools:"), the words just before and after, and how
 * often the person wrote it. No resume sentence is stored: only these feature names and
 * their learned weights.
 */
import type { SkillCandidate } from "./candidates.ts";

/** Spans past the first few add little and cost time on long resumes. */
const MAX_SPANS = 4;

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

const wordsOf = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}+#.]+/gu) ?? [];

export function candidateFeatures(text: string, c: SkillCandidate): string[] {
  const f = new Set<string>(["bias"]);
  const s = c.skill;
  const kind = c.fromItem ? "item" : s.unrecognised ? "unlisted" : "known";
  f.add(`kind=${kind}`);
  if (!c.fromItem && !s.unrecognised) {
    f.add(`id=${s.id}`);
    f.add(`cat=${s.category}`);
    f.add(`type=${s.type}`);
  }
  f.add(`nspans=${bucket(s.spans.length, [2, 3, 5])}|${kind}`);
  for (let i = 0; i < Math.min(MAX_SPANS, s.spans.length); i++) {
    const sp = s.spans[i]!;
    const line = c.lines[i]!;
    const section = c.sections[i] ?? "none";
    const words = wordsOf(sp.text);
    f.add(`sec=${section}|${kind}`);
    f.add(`nwords=${bucket(words.length, [2, 3, 4])}|${kind}`);
    f.add(`shape=${shapeOf(sp.text.split(/\s+/)[0] ?? "")}|${kind}`);
    if (sp.text.toLowerCase() !== s.name.toLowerCase()) f.add(`alias|${kind}`);
    if (/\d/.test(sp.text)) f.add(`digit|${kind}`);
    if (sp.text === sp.text.toLowerCase()) f.add(`lower|${kind}`);
    if (sp.text.length > 3 && sp.text === sp.text.toUpperCase()) f.add(`upper|${kind}`);
    if (c.fromItem || s.unrecognised) {
      for (const w of words) f.add(`w=${w}`);
      f.add(`first=${words[0]}`);
      f.add(`last=${words[words.length - 1]}`);
      const suffix = (words[words.length - 1] ?? "").slice(-3);
      f.add(`suf=${suffix}`);
    } else {
      f.add(`surface=${sp.text.toLowerCase()}`);
    }
    const items = bucket(line.items, [2, 3, 5, 8]);
    const known = line.items ? bucket(line.known / line.items, [0.01, 0.25, 0.5, 0.75]) : 0;
    f.add(`items=${items}|${kind}`);
    f.add(`known=${known}|${kind}`);
    f.add(`items=${items}|known=${known}|${kind}`);
    if (line.label) f.add(`label=${line.label.split(/\s+/).slice(-1)[0]}`);
    const before = text.slice(Math.max(line.start, sp.start - 30), sp.start);
    const after = text.slice(sp.end, Math.min(line.end, sp.end + 30));
    const prev = wordsOf(before).slice(-1)[0] ?? "<bol>";
    const next = wordsOf(after)[0] ?? "<eol>";
    f.add(`prev=${prev}|${kind}`);
    f.add(`next=${next}|${kind}`);
    f.add(`before=${(before.trimEnd().slice(-1) || "^").replace(/\s/, "_")}|${kind}`);
    f.add(`after=${(after.trimStart().slice(0, 1) || "$").replace(/\s/, "_")}|${kind}`);
    const lineLen = bucket(line.end - line.start, [30, 80, 160, 400]);
    f.add(`linelen=${lineLen}|${kind}`);
  }
  return [...f];
}
