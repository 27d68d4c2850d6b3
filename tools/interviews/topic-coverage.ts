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

import { STOPWORDS } from "../../data/embeddings/tokenize.ts";
import type { InterviewQuestion } from "../../data/questions/types.ts";
import type { SkillResolver } from "./query-analysis.ts";
import { phraseSkill, questionIndex, type SenseIndex, senseStem, senseWords } from "./sense-index.ts";

export interface TopicUnit {
  /** Stems of the unit's words, in order (one for a word unit). */
  stems: string[];
  /** The taxonomy skill a phrase unit names. */
  skill?: string;
}

/** The topic's units: known multi-word skills whole, the other content words alone. */
export function topicUnits(topic: string, resolveSkill?: SkillResolver): TopicUnit[] {
  const tokens = senseWords(topic);
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

function coversPhrase(index: SenseIndex, unit: TopicUnit): boolean {
  if (unit.skill && index.skills.has(unit.skill)) return true;
  const at = index.at.get(unit.stems[0]!) ?? [];
  for (let j = 0; j < at.length; j += 2) {
    const run = index.runs[at[j]!]!;
    const i = at[j + 1]!;
    if (unit.stems.every((s, k) => run[i + k] === s)) return true;
  }
  return false;
}

/** The word used in the request's sense: somewhere not inside a compound the request does not share. */
function coversWord(index: SenseIndex, stem: string, requestStems: Set<string>): boolean {
  if (index.skills.has(stem)) return true;
  const sense = index.sense(stem);
  if (sense.free) return true;
  for (const other of sense.partners) if (requestStems.has(other)) return true;
  return false;
}

/** Share (0..1) of the topic's units an indexed document covers in the request's sense; 0 for no units. */
export function indexCoverage(units: TopicUnit[], index: SenseIndex): number {
  if (units.length === 0) return 0;
  const requestStems = new Set(units.flatMap((u) => u.stems));
  const covered = units.filter((u) =>
    u.stems.length > 1 || u.skill ? coversPhrase(index, u) : coversWord(index, u.stems[0]!, requestStems),
  ).length;
  return covered / units.length;
}

/** Share (0..1) of the topic's units the question covers in the request's sense; 0 for no units. */
export function topicCoverage(
  units: TopicUnit[],
  question: InterviewQuestion,
  resolveSkill?: SkillResolver,
): number {
  return units.length === 0 ? 0 : indexCoverage(units, questionIndex(question, resolveSkill));
}
