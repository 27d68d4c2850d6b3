/**
 * Turns what people type into something the intent rules can read: lower case, plain
 * quotes, contractions expanded, and common misspellings of the words the rules key on
 * corrected ("anaylse", "roadmpa", "skils"). Only words close to a keyword are touched,
 * and ordinary English words are protected so "still" never becomes "skill".
 */

import { editDistance } from "../../tools/text/edit-distance.ts";
import { KEYWORD_SET, KEYWORDS, PROTECTED, TYPOS } from "./lexicon.ts";
import { isRoleWord } from "./nlu/role-heads.ts";

const CONTRACTIONS: [RegExp, string][] = [
  [/\bwhat's\b/g, "what is"],
  [/\bwhats\b/g, "what is"],
  [/\bhow's\b/g, "how is"],
  [/\bwhy's\b/g, "why is"],
  [/\bi'm\b/g, "i am"],
  [/\bim\b/g, "i am"],
  [/\bi've\b/g, "i have"],
  [/\bive\b/g, "i have"],
  [/\bi'd\b/g, "i would"],
  [/\bi'll\b/g, "i will"],
  [/\bcan't\b/g, "cannot"],
  [/\bcant\b/g, "cannot"],
  [/\bwon't\b/g, "will not"],
  [/\bdon't\b/g, "do not"],
  [/\bdont\b/g, "do not"],
  [/\bdoesn't\b/g, "does not"],
  [/\bisn't\b/g, "is not"],
  [/\baren't\b/g, "are not"],
  [/\bit's\b/g, "it is"],
  [/\bthat's\b/g, "that is"],
  [/\blet's\b/g, "let us"],
  [/\bu\b/g, "you"],
  [/\bur\b/g, "your"],
  [/\bpls\b|\bplz\b/g, "please"],
  [/\bwk\b|\bwks\b/g, "week"],
  // "hr" is hours only as an amount ("2 hr", "an hr a day", "hr/week"): before a title word it is
  // human resources ("an HR Business Partner" was matched as "hours business partner": after an
  // article, only a word that can follow an amount lets it be hours; trial 2026-12-06 F14).
  [/\bhrs\b/g, "hours"],
  [/(\d\s*)hr\b/g, "$1hours"],
  [
    /(\b(?:an?|one|per|each|half|few|couple|extra)\s+)hr\b(?=\s*(?:[^\sa-z]|$|(?:a|an|per|each|of|or|and|to|every|daily|weekly|a day|a week|at|in|on|or so|max|tops|long|later|ago|before|after)\b))/g,
    "$1hours",
  ],
  [/\bhr\b(?=\s*(?:\/|a day|a week|a night|per\b|each\b|daily\b|weekly\b|$))/g, "hours"],
  [/\bthx\b|\bty\b/g, "thanks"],
];

const correctionCache = new Map<string, string>();

export function correctWord(word: string): string {
  const typo = TYPOS[word];
  if (typo) return typo;
  if (word.length < 4 || KEYWORD_SET.has(word) || PROTECTED.has(word) || /\d/.test(word)) return word;
  // A job title's head ("analyste", "analista") is no misspelt request word ("analyse").
  if (isRoleWord(word)) return word;
  const cached = correctionCache.get(word);
  if (cached !== undefined) return cached;
  // Two edits only for long words: at 7-8 letters too many real words sit two edits from a keyword.
  const max = word.length >= 9 ? 2 : 1;
  let best = word;
  let bestDistance = max + 1;
  for (const keyword of KEYWORDS) {
    if (keyword[0] !== word[0] && word.length < 9) continue;
    const d = editDistance(word, keyword, max);
    if (d < bestDistance) {
      bestDistance = d;
      best = keyword;
    }
  }
  if (correctionCache.size > 5000) correctionCache.clear();
  correctionCache.set(word, best);
  return best;
}

export function normalize(text: string): string {
  let t = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
  for (const [pattern, replacement] of CONTRACTIONS) t = t.replace(pattern, replacement);
  // A word right before a job title's head is part of the title, not a misspelt request word
  // ("charge nurse" was corrected to "change nurse"; trial 2026-12-06).
  return t.replace(/[a-z]+(?=(\s+[a-z]+)?)/g, (w, next?: string) =>
    next && isRoleWord(next.trim()) ? w : correctWord(w),
  );
}

/** The message without emoji and other pictographs (and their joiners and variation marks). */
export function withoutPictographs(text: string): string {
  return text
    .replace(/(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\u200D|\uFE0F)+/gu, " ")
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}

/**
 * "applied 2 costco", "applied 4 a cashier job": the digit typed for "to" or "for" after an
 * applying verb, written out so the company and the role are found ("2 costco for" was logged
 * as a company). A count stays a count: "applied 2 jobs today", "applied to 2 places".
 */
const TEXTING_TO =
  /\b(appl(?:y|ied|ying)|(?:sent|submitted) (?:it|my (?:cv|resume|application)))\s+2\s+(?!(?:jobs?|roles?|positions?|places|companies|more|other|different|new|openings?|\d+)\b)/gi;
const TEXTING_FOR = /\b(appl(?:y|ied|ying))\s+4\s+(?=(?:a|an|the)\s)/gi;

export const withTextingDigitsSpelled = (text: string): string =>
  text.replace(TEXTING_TO, "$1 to ").replace(TEXTING_FOR, "$1 for ");

/**
 * "biggest 3 gaps, go", "ok build the plan. go!", "let's go": a closing "go" only starts what
 * was asked. Kept, it was read as the Go language (a gap named "Go"). Only after a sentence's
 * end or a single comma: "java, python, go" lists Go, "learn go" names it; a message of the cue
 * alone stays whole.
 */
const GO_CUE =
  /(?:[.!;:—–]+\s*|\s+[-–—]\s*|,\s*)(?:(?:ok(?:ay)?|so|now|and|then)\s+)?(?:go(?:\s+go)*|let'?s\s+go|go\s+ahead)[\s!.]*$/iu;
const LISTED = /,|\b(?:and|or|add|put|include|know|use[ds]?|using|learn\w*|skills?)\b|&|\//i;

export const withoutGoCue = (text: string): string => {
  const m = GO_CUE.exec(text);
  if (!m) return text;
  const before = text.slice(0, m.index).trim();
  if (m[0].trimStart().startsWith(",") && LISTED.test(before)) return text;
  return before.split(/\s+/).length >= 2 ? before : text;
};
