/**
 * A duty written the way resumes write it names the taxonomy's skill in other word forms and
 * order: "Administered medications" is ESCO / O*NET's "medication administration", "planned
 * lessons" is "lesson planning", "closed the month-end" is "month-end close". A multi-word
 * label of a field skill (domain knowledge) is found in a line when every content word of it
 * appears there, inflected or derived (same stem prefix, data/embeddings/stem.ts), within a
 * few words of each other. Single words are left to the exact lookup (text-skills.ts): alone
 * they are too often ordinary words.
 */
import { crudeStem } from "../../data/embeddings/stem.ts";
import type { SkillGraph } from "./skill-graph.ts";

/** Characters of a stem compared: "administer" and "administration" share "admini". */
const STEM_PREFIX = 6;
/** The label's words must fall within this many words of the line. */
const WINDOW = 5;
const MAX_LABEL_WORDS = 3;
/** Agent nouns: engineer, manager, accountant, therapist, technician, administrator. */
const PERSON_NOUN = /^[a-z]{3,}(er|or|ist|ian|ant)s?$/;
const STOP =
  /^(and|or|of|to|in|on|at|by|for|with|from|the|a|an|as|into|per|via|over|under|all|new|skills?|knowledge|software|tools?|systems?|general|basic|other)$/i;

interface Label {
  skillId: string;
  keys: string[];
  /** The label's words, lower-case, to prefer the label written as the line writes it. */
  words: string[];
}

/** "closed" and "close", "cared" and "care" meet once a final e goes too. */
export function wordKey(word: string): string {
  return crudeStem(word.toLowerCase())
    .replace(/(?<=..)e$/, "")
    .slice(0, STEM_PREFIX);
}

function contentWords(text: string): string[] {
  return (text.match(/[A-Za-z][A-Za-z']+/g) ?? []).filter((w) => w.length >= 3 && !STOP.test(w));
}

const indexCache = new WeakMap<SkillGraph, Map<string, Label[]>>();

/** Labels by the key of their rarest-looking (longest) word, built once per taxonomy. */
function labelIndex(graph: SkillGraph): Map<string, Label[]> | undefined {
  if (!graph.all) return undefined;
  const hit = indexCache.get(graph);
  if (hit) return hit;
  const index = new Map<string, Label[]>();
  for (const skill of graph.all()) {
    if (skill.category !== "domain_knowledge" || skill.extractable === false) continue;
    for (const label of new Set([skill.name, ...skill.aliases])) {
      const words = contentWords(label);
      if (words.length < 2 || words.length > MAX_LABEL_WORDS) continue;
      // Every word of the label is a content word ("patient care", not "care of patients").
      if (label.split(/[\s-]+/).filter(Boolean).length !== words.length) continue;
      const keys = [...new Set(words.map(wordKey))];
      if (keys.length < 2) continue;
      const anchor = [...keys].sort((a, b) => b.length - a.length || a.localeCompare(b))[0]!;
      const list = index.get(anchor) ?? [];
      list.push({ skillId: skill.id, keys, words: words.map((w) => w.toLowerCase()) });
      index.set(anchor, list);
    }
  }
  indexCache.set(graph, index);
  return index;
}

/**
 * Field skills a line names in its own word forms and order, each with the words that named
 * it (as written). Words name one skill: where labels of two skills fit the same words, the
 * label written closest to the line wins ("Mechanical Engineer" is mechanical engineering,
 * not also mechanics), then the tighter span, then the id.
 */
export function skillsByLabelWords(line: string, graph: SkillGraph): Map<string, string> {
  const found = new Map<string, string>();
  const index = labelIndex(graph);
  if (!index) return found;
  const words = contentWords(line);
  const lower = words.map((w) => w.toLowerCase());
  const keys = words.map(wordKey);
  const positions = new Map<string, number[]>();
  keys.forEach((k, i) => {
    positions.set(k, [...(positions.get(k) ?? []), i]);
  });
  const candidates: { skillId: string; at: number[]; exact: number }[] = [];
  for (const [i, key] of keys.entries()) {
    for (const label of index.get(key) ?? []) {
      const at = label.keys.map(
        (k) =>
          (positions.get(k) ?? [])
            .filter((p) => Math.abs(p - i) < WINDOW)
            .sort((a, b) => Math.abs(a - i) - Math.abs(b - i))[0],
      );
      if (at.some((p) => p === undefined) || new Set(at).size < at.length) continue;
      // A person noun names an occupation, not the field's skill: "Mechanical Engineer" and
      // "Project Manager" are titles (title-closeness.ts weighs them), not "engineering" or
      // "management" held; only a label written with that very noun counts.
      if ((at as number[]).some((p) => PERSON_NOUN.test(lower[p]!) && !label.words.includes(lower[p]!)))
        continue;
      const exact = (at as number[]).filter((p) => label.words.includes(lower[p]!)).length;
      candidates.push({ skillId: label.skillId, at: at as number[], exact });
    }
  }
  const spanOf = (at: number[]) => Math.max(...at) - Math.min(...at);
  candidates.sort(
    (a, b) => b.exact - a.exact || spanOf(a.at) - spanOf(b.at) || a.skillId.localeCompare(b.skillId),
  );
  const taken = new Set<number>();
  for (const c of candidates) {
    if (found.has(c.skillId) || c.at.some((p) => taken.has(p))) continue;
    for (const p of c.at) taken.add(p);
    found.set(c.skillId, words.slice(Math.min(...c.at), Math.max(...c.at) + 1).join(" "));
  }
  return found;
}
