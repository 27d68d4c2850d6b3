/**
 * "i speak spanish too btw, native", "German B2", "Französisch fließend": a spoken language's
 * level as said, for add_skill's spokenLevel (the tool keeps the language with the profile's
 * languages). A beginner..expert proficiency said of a language is not its level: job ads ask
 * "B2" or "fluent", not "advanced".
 */
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { levelStated } from "../../tools/gap/language-level.ts";
import type { PlannedCall } from "../tools/schemas.ts";
import { skillWordsInEnglish } from "./skill-words-translated.ts";

/**
 * The level words are the gap reader's (tools/gap/language-level.ts: CEFR codes and level words
 * in five languages), so what is stored reads back as the same level when a job asks "B2" or
 * "fluent". A CEFR code is kept as written; a level word is stored by its plain name.
 */
const LABELS: Record<number, string> = {
  6: "native",
  5: "fluent",
  4: "good (B2)",
  3: "intermediate (B1)",
  2: "basic (A2)",
  1: "beginner (A1)",
};

/** The level a message says a spoken language is at, or undefined when it says none. */
export function spokenLevelSaid(raw: string): string | undefined {
  const cefr = /\b[ABC][12]\b/.exec(raw)?.[0];
  if (cefr) return cefr;
  const level = levelStated(raw);
  return level === undefined ? undefined : LABELS[level];
}

const isSpokenLanguage = (skill: unknown) =>
  typeof skill === "string" && getTaxonomy().lookup(skill)?.category === "spoken_language";

/** The pieces of a list of languages: "Deutsch (Muttersprache) und Englisch gut" is two. */
const LIST_PIECES = /\s*[,;]\s*|\s+(?:and|und|y|et|e|aur|&)\s+/iu;

/**
 * The level said in the language's own piece of a list of two or more languages ("Deutsch
 * (Muttersprache) und Englisch gut": German native, English good; trial19 saved both native).
 * One language named takes the level of the whole message.
 */
function ownLevel(language: string, raw: string, named: number): string | undefined {
  if (named < 2) return undefined;
  const name = new RegExp(`(?<![\\p{L}])${language}(?![\\p{L}])`, "iu");
  const piece = skillWordsInEnglish(raw)
    .split(LIST_PIECES)
    .find((p) => name.test(p));
  return piece ? spokenLevelSaid(piece) : undefined;
}

/** add_skill calls for spoken languages carry the level said and no beginner..expert proficiency. */
export function withSpokenLevels(calls: PlannedCall[], raw: string): PlannedCall[] {
  const level = spokenLevelSaid(raw);
  const named = calls.filter((c) => c.name === "add_skill" && isSpokenLanguage(c.args.skill)).length;
  return calls.map((c) => {
    // "French B2": the level written after the name is not part of it.
    const skill =
      typeof c.args.skill === "string" ? c.args.skill.replace(/\s*\(?\b[ABC][12]\b\)?\s*$/, "") : "";
    if (c.name !== "add_skill" || !isSpokenLanguage(skill)) return c;
    const { proficiency: _p, ...args } = c.args as Record<string, unknown>;
    const own = ownLevel(skill, raw, named) ?? level;
    return { ...c, args: { ...args, skill, ...(own ? { spokenLevel: own } : {}) } } as PlannedCall;
  });
}

/**
 * "my Spanish is B2 now, update that", "update my french to C1": a spoken language re-levelled is
 * that language with its new level as said (add_skill keeps it with the profile's languages); the
 * beginner..expert update asked "what level?" of a level already said (conv16u, a kind of blind15's
 * misses). `calls`: add_skill read from the message, with withSpokenLevels' levels and no hedge names.
 * Undefined unless every skill named is a spoken language and a level is said.
 */
export function spokenLanguagesRelevelled(calls: PlannedCall[]): PlannedCall[] | undefined {
  const spoken = calls.length > 0 && calls.every((c) => c.name === "add_skill" && c.args.spokenLevel);
  return spoken ? calls : undefined;
}
