/**
 * How much of a request's topic a question covers, in the request's sense of its words.
 * The offline embedder's n-gram half has no word sense: "warehouse safety" lands next to
 * "data warehouse" questions and "instructional design" next to "design a component
 * library". Coverage reads the topic as units — multi-word skills the taxonomy knows
 * ("instructional design", "machine learning") kept whole, other content words alone —
 * and counts a unit covered only where the question uses it in the same sense:
 *   - a phrase unit: the question is tagged with that skill or has the words in a row;
 *   - a word unit: the question has the word outside a compound of its own that the
 *     request does not share ("warehouse" in "data warehouse" is another thing unless
 *     the request also says "data").
 * The share of units covered is one input of the decision whether the bank has the topic
 * (topic-decision.ts) and a ranking signal.
 */

import { crudeStem } from "../../data/embeddings/stem.ts";
import { STOPWORDS, tokenize } from "../../data/embeddings/tokenize.ts";
import type { InterviewQuestion } from "../../data/questions/types.ts";
import type { SkillResolver } from "./query-analysis.ts";

export interface TopicUnit {
  /** Stems of the unit's words, in order (one for a word unit). */
  stems: string[];
  /** The taxonomy skill a phrase unit names. */
  skill?: string;
}

/** "warehouses", "warehousing", "warehouse" -> "warehous": inflections meet without a full stemmer. */
export function senseStem(word: string): string {
  return crudeStem(word).replace(/e$/, "");
}

function words(text: string): string[] {
  // Parts of "node.js" / "ci/cd" are emitted after the whole; a phrase needs the words in order.
  return tokenize(text).filter((t) => !/[./-]/.test(t));
}

/** A run of 2-3 words the taxonomy knows as one skill, or undefined. */
function phraseSkill(
  tokens: string[],
  i: number,
  n: number,
  resolveSkill?: SkillResolver,
): string | undefined {
  if (!resolveSkill || i + n > tokens.length) return undefined;
  const run = tokens.slice(i, i + n);
  if (STOPWORDS.has(run[0]!) || STOPWORDS.has(run[n - 1]!)) return undefined;
  return resolveSkill(run.join(" "));
}

/** The topic's units: known multi-word skills whole, the other content words alone. */
export function topicUnits(topic: string, resolveSkill?: SkillResolver): TopicUnit[] {
  const tokens = words(topic);
  const units: TopicUnit[] = [];
  for (let i = 0; i < tokens.length; ) {
    let taken = 0;
    for (const n of [3, 2]) {
      const skill = phraseSkill(tokens, i, n, resolveSkill);
      if (skill) {
        units.push({ stems: tokens.slice(i, i + n).map(senseStem), skill });
        taken = n;
        break;
      }
    }
    if (taken) {
      i += taken;
      continue;
    }
    const token = tokens[i]!;
    if (token.length > 1 && !STOPWORDS.has(token)) units.push({ stems: [senseStem(token)] });
    i++;
  }
  return units;
}

interface QuestionWords {
  /** Stems in order, sentence by sentence (text, key points, role). */
  runs: string[][];
  /** Per run, per position: the stems of the other words of a known compound this word is in. */
  compounds: string[][][];
  skills: Set<string>;
}

const cache = new Map<string, QuestionWords>();
const CACHE_MAX = 5000;

function questionWords(q: InterviewQuestion, resolveSkill?: SkillResolver): QuestionWords {
  const key = `${q.id}\u0000${q.text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const runs: string[][] = [];
  const compounds: string[][][] = [];
  for (const text of [q.text, ...q.keyPoints, q.role.replace(/-/g, " ")]) {
    const tokens = words(text);
    const others: string[][] = tokens.map(() => []);
    for (let i = 0; i + 1 < tokens.length; i++) {
      for (const n of [2, 3]) {
        if (!phraseSkill(tokens, i, n, resolveSkill)) continue;
        for (let k = i; k < i + n; k++)
          for (let j = i; j < i + n; j++) if (j !== k) others[k]!.push(senseStem(tokens[j]!));
      }
    }
    runs.push(tokens.map(senseStem));
    compounds.push(others);
  }
  const value = { runs, compounds, skills: new Set(q.skills) };
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, value);
  return value;
}

function coversPhrase(w: QuestionWords, unit: TopicUnit): boolean {
  if (unit.skill && w.skills.has(unit.skill)) return true;
  return w.runs.some((run) => run.some((_, i) => unit.stems.every((s, k) => run[i + k] === s)));
}

/** The word used in the request's sense: somewhere not inside a compound the request does not share. */
function coversWord(w: QuestionWords, stem: string, requestStems: Set<string>): boolean {
  if (w.skills.has(stem)) return true;
  return w.runs.some((run, r) =>
    run.some((s, i) => {
      if (s !== stem) return false;
      const others = w.compounds[r]![i]!;
      return others.length === 0 || others.some((o) => requestStems.has(o));
    }),
  );
}

/** Share (0..1) of the topic's units the question covers in the request's sense; 0 for no units. */
export function topicCoverage(
  units: TopicUnit[],
  question: InterviewQuestion,
  resolveSkill?: SkillResolver,
): number {
  if (units.length === 0) return 0;
  const w = questionWords(question, resolveSkill);
  const requestStems = new Set(units.flatMap((u) => u.stems));
  const covered = units.filter((u) =>
    u.stems.length > 1 || u.skill ? coversPhrase(w, u) : coversWord(w, u.stems[0]!, requestStems),
  ).length;
  return covered / units.length;
}
