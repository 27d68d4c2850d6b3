/**
 * "i speak spanish too btw, native", "German B2", "Französisch fließend": a spoken language's
 * level as said, for add_skill's spokenLevel (the tool keeps the language with the profile's
 * languages). A beginner..expert proficiency said of a language is not its level ("intermediate"
 * said of German is kept as said too, since job ads ask "B2" or "fluent", not "advanced").
 */
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import type { PlannedCall } from "../tools/schemas.ts";

const LEVEL_SAID: [RegExp, string][] = [
  [
    /\b(?:native|mother tongue|first language|nativ[oa]|natif|native speaker|muttersprach\w*|l[ií]ngua materna|lengua materna|matr(?:i|ee)bhasha)\b/iu,
    "native",
  ],
  [/\bbilingual\w*|\bbiling[uü]e\b/iu, "bilingual"],
  [/\b(?:fluent\w*|fluently|flie(?:ß|ss)end|courant|fluente|fluido)\b/iu, "fluent"],
  [/\b(?:business|professional working|verhandlungssicher)\b/iu, "professional"],
  [/\b(?:conversational|intermediate|intermedi[oa]|interm[eé]diaire)\b/iu, "conversational"],
  [/\b(?:basic|beginner|elementary|grundkenntnisse|b[aá]sico|notions?)\b/iu, "basic"],
];
const CEFR = /\b([ABC][12])\b/;

/** The level a message says a spoken language is at, or undefined when it says none. */
export function spokenLevelSaid(raw: string): string | undefined {
  const cefr = CEFR.exec(raw)?.[1];
  if (cefr) return cefr;
  return LEVEL_SAID.find(([pattern]) => pattern.test(raw))?.[1];
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
