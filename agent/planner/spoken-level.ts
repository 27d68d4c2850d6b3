/**
 * "i speak spanish too btw, native", "German B2", "Französisch fließend": a spoken language's
 * level as said, for add_skill's spokenLevel (the tool keeps the language with the profile's
 * languages). A beginner..expert proficiency said of a language is not its level: job ads ask
 * "B2" or "fluent", not "advanced".
 */
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { levelStated } from "../../tools/gap/language-level.ts";
import type { PlannedCall } from "../tools/schemas.ts";

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

/** add_skill calls for spoken languages carry the level said and no beginner..expert proficiency. */
export function withSpokenLevels(calls: PlannedCall[], raw: string): PlannedCall[] {
  const level = spokenLevelSaid(raw);
  return calls.map((c) => {
    // "French B2": the level written after the name is not part of it.
    const skill =
      typeof c.args.skill === "string" ? c.args.skill.replace(/\s*\(?\b[ABC][12]\b\)?\s*$/, "") : "";
    if (c.name !== "add_skill" || !isSpokenLanguage(skill)) return c;
    const { proficiency: _p, ...args } = c.args as Record<string, unknown>;
    return { ...c, args: { ...args, skill, ...(level ? { spokenLevel: level } : {}) } } as PlannedCall;
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
