/**
 * Features of each token for the field labeller (tools/ml/sequence-perceptron.ts): the word and its
 * neighbours, word shape, what separates it from its neighbours, where it sits in its
 * line or segment and in the document, the last section heading word before it, generic
 * word classes (employer, school, degree, title words) of it, its neighbours and the end of
 * its capitalised run, and how far the nearest date is.
 * No list of names or employers: those generalise badly; context and shape do not.
 */

import { featureNames, NO_VALUE } from "../../ml/feature-names.ts";
import { PLACE_NAMES, US_STATE_CODES } from "../fields/places.ts";
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

/**
 * Word classes that tell the fields apart wherever they sit: legal and industry words that
 * end an employer's name, words that name a school, degree words. Generic English words,
 * no names; the title words are fields/vocab.ts's.
 */
const ORG_WORDS = new Set(
  `ltd limited pvt private inc incorporated llc llp corp corporation co company plc gmbh technologies
  technology solutions services systems software consulting consultancy labs group industries enterprises
  bank infotech international global networks ventures partners associates holdings hospital agency
  foundation motors pharma pharmaceuticals telecom communications media studios infrastructure logistics
  insurance securities capital retail foods healthcare energy airlines airways center centre department`.split(
    /\s+/,
  ),
);
const SCHOOL_WORDS = new Set(
  `university universiti college institute institution school academy vidyalaya vidyapeeth polytechnic
  iit nit iiit iim bits mahavidyalaya vishwavidyalaya board campus universidad`.split(/\s+/),
);
const DEGREE_WORDS = new Set(
  `bachelor bachelors master masters degree diploma doctorate phd mba bba bca mca btech mtech bsc msc
  be me bs ms ba ma bcom mcom pgdm associate certificate hsc ssc engineering arts science commerce`.split(
    /\s+/,
  ),
);
const MONTH_WORDS = new Set(
  `jan january feb february mar march apr april may jun june jul july aug august sep sept september oct
  october nov november dec december present current till date`.split(/\s+/),
);
/** A year, or one a template or an anonymised resume hides ("20xx", "201x"; fields/dates.ts). */
const isYear = (w: string) =>
  w.length === 4 && (w.startsWith("19") || w.startsWith("20")) && /^\d\d(?:\d\d|\dx|xx)$/.test(w);
const isDateWord = (w: string) => isYear(w) || MONTH_WORDS.has(w);

/** The class of a word: employer, school, degree or title word, or "" for none. */
function classOf(word: string): string {
  if (ORG_WORDS.has(word)) return "org";
  if (SCHOOL_WORDS.has(word)) return "sch";
  if (DEGREE_WORDS.has(word)) return "deg";
  if (TITLE_WORDS.has(word)) return "ttl";
  return "";
}

/**
 * The class of each token. A degree written with dots ("B.Tech", "M.Sc.", "B.E.") is read as
 * several tokens; the letters joined ("btech") name the degree, so each of them is a degree word.
 */
function wordClasses(tokens: Token[]): string[] {
  const classes = tokens.map((t) => classOf(t.lower));
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    let letters = "";
    let dots = 0;
    while (j < tokens.length && (j === i || tokens[j]!.start === tokens[j - 1]!.end)) {
      const x = tokens[j]!.lower;
      if (x === ".") dots++;
      else if (/^[a-z]{1,4}$/.test(x)) letters += x;
      else break;
      j++;
    }
    if (dots > 0 && j - i > 1 && DEGREE_WORDS.has(letters)) for (let k = i; k < j; k++) classes[k] = "deg";
    i = Math.max(j, i + 1);
  }
  markPlaces(tokens, classes);
  return classes;
}

/**
 * Capitalised words that name a place (fields/places.ts: GeoNames cities, states, countries;
 * up to three words, "New Delhi") are place words ("plc"), unless they already have a class:
 * an employer's name is often followed by its city ("Infosys Ltd, Pune").
 */
function markPlaces(tokens: Token[], classes: string[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (classes[i] || !/^\p{Lu}/u.test(t.text)) continue;
    if (t.text.length === 2 && US_STATE_CODES.has(t.text) && tokens[i - 1]?.text === ",") {
      classes[i] = "plc";
      continue;
    }
    let name = "";
    for (let n = 0; n < 3 && i + n < tokens.length; n++) {
      const w = tokens[i + n]!;
      if (n > 0 && w.sep !== "s") break;
      name = n ? `${name} ${w.lower}` : w.lower;
      if (name.length > 2 && PLACE_NAMES.has(name)) {
        for (let k = i; k <= i + n; k++) if (!classes[k]) classes[k] = "plc";
        i += n;
        break;
      }
    }
  }
}

/** Words and marks that join a title, an employer, a place or a date on one line. */
const JOINERS = new Set([
  "at",
  "@",
  "with",
  "for",
  "in",
  "of",
  ",",
  "-",
  "–",
  "—",
  "|",
  ":",
  "(",
  ")",
  "/",
  "&",
]);

/** What a neighbouring token is, for the run context: a date, a word class, a capitalised word, a joiner. */
function contextOf(tokens: Token[], classes: string[], j: number): string {
  const t = tokens[j];
  if (!t) return "<>";
  if (isDateWord(t.lower)) return "dt";
  if (classes[j]) return classes[j]!;
  if (JOINERS.has(t.lower)) return t.lower;
  if (/^\p{Lu}/u.test(t.text)) return "cap";
  return /^\p{N}/u.test(t.text) ? "num" : "low";
}

/**
 * For each token in a run of capitalised words, what stands on either side of the run: the
 * joiner or word before (after) it, and the token beyond that, with the line breaks between.
 * "Sales Manager at Orbit Softech, Pune" gives the employer's words "at|ttl" on the left and
 * ",|plc" on the right; "Orbit Softech — Jan 2019" gives "—|dt". Empty outside runs.
 */
function runContexts(
  tokens: Token[],
  runEnd: string[],
  classes: string[],
): { left: string[]; right: string[] } {
  const left = new Array<string>(tokens.length).fill("");
  const right = new Array<string>(tokens.length).fill("");
  for (let i = 0; i < tokens.length; ) {
    if (!runEnd[i]) {
      i++;
      continue;
    }
    let j = i;
    while (
      j + 1 < tokens.length &&
      runEnd[j + 1] &&
      tokens[j + 1]!.sep === "s" &&
      runEnd[j + 1] === runEnd[i]
    )
      j++;
    const before = `${tokens[i]!.sep}${contextOf(tokens, classes, i - 1)}|${contextOf(tokens, classes, i - 2)}`;
    const afterSep = tokens[j + 1]?.sep ?? "n";
    const after = `${afterSep}${contextOf(tokens, classes, j + 1)}|${contextOf(tokens, classes, j + 2)}`;
    for (let k = i; k <= j; k++) {
      left[k] = before;
      right[k] = after;
    }
    i = j + 1;
  }
  return { left, right };
}

/**
 * The class of the word that ends each token's run of capitalised words ("cap" for none, ""
 * outside a run): "Orbit Softech Pvt Ltd" ends in an employer word. A degree or field word
 * ("Science", "Engineering") closes its own run: the field of study that follows a degree is
 * not the start of the school's name after it.
 */
function runEnds(tokens: Token[], classes: string[]): string[] {
  const out = new Array<string>(tokens.length);
  for (let i = tokens.length - 1, end = ""; i >= 0; i--) {
    const t = tokens[i]!;
    const capital = /^[\p{Lu}&]/u.test(t.text) || t.lower === "of" || t.lower === "and" || t.text === ".";
    if (!capital) end = "";
    else if (!end || tokens[i + 1]?.sep !== "s" || classes[i] === "deg") end = classes[i] || "cap";
    out[i] = end;
  }
  return out;
}

/** Distance in tokens to the nearest date word (a year, a month, "present") before and after each token. */
function dateDistances(tokens: Token[]): { before: number[]; after: number[] } {
  const before = new Array<number>(tokens.length);
  const after = new Array<number>(tokens.length);
  for (let i = 0, last = -1e9; i < tokens.length; i++) {
    before[i] = i - last;
    if (isDateWord(tokens[i]!.lower)) last = i;
  }
  for (let i = tokens.length - 1, next = 1e9; i >= 0; i--) {
    after[i] = next - i;
    if (isDateWord(tokens[i]!.lower)) next = i;
  }
  return { before, after };
}

const ASCII_WORD = /^[A-Za-z0-9]+$/;

function shape(word: string): string {
  if (word.length === 4 && isYear(word.toLowerCase())) return "dddd";
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
  const classes = wordClasses(tokens);
  const runEnd = runEnds(tokens, classes);
  const dates = dateDistances(tokens);
  const runCtx = runContexts(tokens, runEnd, classes);
  // Words this resume also writes in lower case are common words; a capitalised word it
  // never writes in lower case is more likely part of a name (an employer, a school).
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (t.text === t.lower && t.text.length > 2) lowerSeen.add(t.lower);
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
    const cls = classes[i]!;
    if (cls) f.push("cls", cls, "cls|s", `${cls}|${shapes[i]}`);
    if (runEnd[i]) f.push("runEnd", runEnd[i]!);
    if (t.text !== t.lower && t.text.length > 2)
      f.push(lowerSeen.has(t.lower) ? "cap-also-lower" : "cap-never-lower", NO_VALUE);
    if (classes[i + 1]) f.push("cls+1", classes[i + 1]!);
    if (classes[i - 1]) f.push("cls-1", classes[i - 1]!);
    f.push("dB", bucket(dates.before[i]!, [1, 2, 4, 8]), "dA", bucket(dates.after[i]!, [1, 2, 4, 8]));
    if (runCtx.left[i])
      f.push(
        "runL",
        runCtx.left[i]!,
        "runR",
        runCtx.right[i]!,
        "runLR",
        `${runCtx.left[i]}>${runCtx.right[i]}`,
      );
    // A job written under a skills (or any) heading still sits next to its dates.
    f.push("sec|d", `${section}|${Math.min(dates.before[i]!, dates.after[i]!) <= 6 ? "d" : "-"}`);
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
