/**
 * Words beside a name that is also an ordinary word which make it that word: "go for", "react
 * to", "excel in", "Spring 2019". A name standing as the object of a preposition ("a REST API
 * in Go for the billing team", "a portal built with React for the sales team") is a noun there, the
 * tool, so the function words that only follow the verb or the adjective do not read it as one.
 */
import type { Token } from "../../data/taxonomy/normalize.ts";
import type { Candidate } from "./matcher.ts";

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

export interface NeighbourInput {
  text: string;
  tokens: Token[];
  candidate: Candidate;
}

/** Per spelling: words right after / right before that make it an ordinary word. */
const NEGATIVE: Record<string, { next?: Set<string>; prev?: Set<string> }> = {
  go: {
    next: words(
      "to ahead live through beyond back out over further above into on up down for from off get the a an " +
        "there home far wrong well along after around forward by about away unnoticed hand",
    ),
    // "s" and "t" are what is left of "let's" and "don't" after tokenising.
    prev: words("to will can could must should would lets let s t we you i they not dont always never ready"),
  },
  react: {
    next: words(
      "to quickly fast swiftly promptly positively appropriately accordingly calmly well immediately when in",
    ),
    prev: words("to will can could must should would we you i they quickly"),
  },
  excel: { next: words("in at as under beyond when within"), prev: words("to will can who") },
  spark: {
    next: words(
      "interest curiosity creativity conversation conversations joy ideas change innovation growth " +
        "engagement discussion discussions debate imagination passion of",
    ),
    prev: words("a the to that which can will"),
  },
  swift: {
    next: words("response action resolution delivery turnaround decision decisions execution progress"),
  },
  rust: { next: words("belt prevention removal proofing resistant") },
  spring: {
    next: words("semester break season term summer fall"),
    prev: words("in this last next early late"),
  },
  c: {
    prev: words(
      "grade class vitamin section type plan part appendix schedule building block phase tier category level option annex group figure table form note",
    ),
  },
  r: {
    prev: words(
      "grade class section type plan part appendix schedule building block phase tier category level option annex group figure table form",
    ),
  },
  windows: { next: words("of") },
  shell: { next: words("company oil plc") },
  // "Java (Less than 1 year)": the duration job boards write after every skill, not LESS.
  less: { next: words("than then") },
  // "Exchange semester", "an exchange student", "foreign exchange": a stay abroad or a market.
  exchange: {
    next: words("semester student students program programme year term visit rate rates"),
    prev: words("foreign stock student cultural"),
  },
  // "Access Control Lists", "access controls": the security concept, not Microsoft Access.
  access: { next: words("control controls") },
};

/** Prepositions whose object is a noun: "written in Go", "built with React", "using Excel". */
const TAKES_NOUN = words("in using with via");
/**
 * Function words that may follow a noun as well as the verb: after "in Go" they open the rest of
 * the sentence ("in Go for the team", "in Excel at scale"). Content words keep their reading,
 * and so does "to" ("in Go Live support", "involved in Go To Market planning").
 */
const NOUN_MAY_PRECEDE = words("for from the a an in at as by on when within under of");

function asObjectOfPreposition(text: string, prev: Token | undefined, candidate: Candidate): boolean {
  return !!prev && TAKES_NOUN.has(prev.key) && /^\s+$/.test(text.slice(prev.end, candidate.start));
}

export function readAsOrdinaryWord(input: NeighbourInput): boolean {
  const { text, tokens, candidate } = input;
  const rule = NEGATIVE[candidate.key];
  const next = tokens[candidate.last + 1];
  const prev = tokens[candidate.first - 1];
  const gapAfter = next ? text.slice(candidate.end, next.start) : "";
  if (
    rule?.next &&
    next &&
    rule.next.has(next.key) &&
    /^[\s-]*$/.test(gapAfter) &&
    !(
      asObjectOfPreposition(text, prev, candidate) &&
      NOUN_MAY_PRECEDE.has(next.key) &&
      /^\s+$/.test(gapAfter)
    )
  )
    return true;
  if (rule?.prev && prev && rule.prev.has(prev.key) && /^\s*$/.test(text.slice(prev.end, candidate.start)))
    return true;
  // A four-digit year right after ("Spring 2019", "Go 2020 conference") reads as a date or an event.
  if (candidate.key === "spring" && next && /^(19|20)\d\d$/.test(next.key)) return true;
  return false;
}
