/**
 * Features of each token for the field labeller (tools/ml/sequence-perceptron.ts): the word and its
 * neighbours, word shape, what separates it from its neighbours, where it sits in its
 * line or segment and in the document, and the last section heading word before it.
 * No list of names or employers: those generalise badly; context and shape do not.
 */

import { featureNames, NO_VALUE } from "../../ml/feature-names.ts";
import { TITLE_WORDS } from "../fields/vocab.ts";
import type { Token } from "./tokens.ts";

/** Heading words that open a part of a resume; the latest one is a feature of every token. */
const SECTION_WORDS = new Map<string, string>([
  ["experience", "exp"],
  ["employment", "exp"],
  ["work", "exp"],
  ["history", "exp"],
  ["career", "exp"],
  ["education", "edu"],
  ["academic", "edu"],
  ["academics", "edu"],
  ["qualification", "edu"],
  ["qualifications", "edu"],
  ["educational", "edu"],
  ["skills", "skl"],
  ["skill", "skl"],
  ["technical", "skl"],
  ["projects", "prj"],
  ["project", "prj"],
  ["objective", "sum"],
  ["summary", "sum"],
  ["profile", "sum"],
  ["personal", "per"],
  ["certifications", "crt"],
  ["certification", "crt"],
  ["awards", "awd"],
  ["achievements", "awd"],
]);

const ASCII_WORD = /^[A-Za-z0-9]+$/;

function shape(word: string): string {
  // Most tokens are ASCII words: classify them by character codes, without Unicode classes.
  if (ASCII_WORD.test(word)) {
    let upper = 0;
    let lower = 0;
    let digit = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c <= 57) digit++;
      else if (c <= 90) upper++;
      else lower++;
    }
    if (digit === word.length) return word.length === 4 ? "dddd" : "d";
    if (upper === word.length) return word.length === 1 ? "X" : "XX";
    if (digit === 0 && upper === 1 && word.charCodeAt(0) <= 90) return "Xx";
    if (lower === word.length) return "x";
    return "mix";
  }
  if (/^\p{N}+$/u.test(word)) return word.length === 4 ? "dddd" : "d";
  if (/^\p{Lu}+$/u.test(word)) return word.length === 1 ? "X" : "XX";
  if (/^\p{Lu}\p{Ll}+$/u.test(word)) return "Xx";
  if (/^\p{Ll}+$/u.test(word)) return "x";
  if (/^[\p{L}\p{N}]+$/u.test(word)) return "mix";
  return word;
}

const bucket = (n: number, edges: number[]) => {
  for (const e of edges) if (n <= e) return String(e);
  return "+";
};

/**
 * The static features of every token (the tag features are added while decoding), each as a
 * template and a value, flat: [template, value, template, value, ...]. The tagger looks them up
 * by the two parts (SequencePerceptron.tagParts), so parsing builds no name per feature; training
 * reads the names (tokenFeatures).
 */
export function tokenFeatureParts(tokens: Token[]): string[][] {
  const shapes = tokens.map((t) => shape(t.text));
  const out: string[][] = [];
  let section = "top";
  let segStart = 0;
  const segEnds: number[] = new Array(tokens.length);
  for (let i = tokens.length - 1, end = tokens.length; i >= 0; i--) {
    segEnds[i] = end;
    if (tokens[i]!.sep !== "s") end = i;
  }
  const w = (i: number) => tokens[i]?.lower ?? (i < 0 ? "<s>" : "</s>");
  const sh = (i: number) => shapes[i] ?? "_";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.sep !== "s") segStart = i;
    const next = tokens[i + 1];
    const f = [
      "b",
      NO_VALUE,
      "w",
      t.lower,
      "s",
      shapes[i]!,
      "p3",
      t.lower.slice(0, 3),
      "x3",
      t.lower.slice(-3),
      "sep",
      t.sep,
      "sepA",
      next?.sep ?? "end",
      "w-1",
      w(i - 1),
      "w+1",
      w(i + 1),
      "w-2",
      w(i - 2),
      "w+2",
      w(i + 2),
      "w-1w",
      `${w(i - 1)}|${t.lower}`,
      "ww+1",
      `${t.lower}|${w(i + 1)}`,
      "s-1s",
      `${sh(i - 1)}|${shapes[i]}`,
      "ss+1",
      `${shapes[i]}|${sh(i + 1)}`,
      "s-1ss+1",
      `${sh(i - 1)}|${shapes[i]}|${sh(i + 1)}`,
      "pos",
      bucket(i, [0, 1, 2, 3, 5, 8, 12, 20, 40, 80, 160]),
      "seg",
      bucket(i - segStart, [0, 1, 2, 3, 5]),
      "segLen",
      bucket(segEnds[i]! - segStart, [1, 2, 3, 4, 6, 10, 20]),
      "sec",
      section,
      "sec|s",
      `${section}|${shapes[i]}`,
    ];
    if (TITLE_WORDS.has(t.lower)) f.push("title-word", NO_VALUE);
    if (TITLE_WORDS.has(w(i + 1))) f.push("title-word+1", NO_VALUE);
    out.push(f);
    const sec = SECTION_WORDS.get(t.lower);
    if (sec && (t.sep !== "s" || shapes[i] === "XX")) section = sec;
  }
  return out;
}

/** The features of every token by name (`template=value`), as training reads them. */
export function tokenFeatures(tokens: Token[]): string[][] {
  return tokenFeatureParts(tokens).map(featureNames);
}
