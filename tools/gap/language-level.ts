/**
 * Spoken-language levels on the CEFR scale (A1 = 1 … C2 = 6), as ads ask them ("C1 German",
 * "fluent French", "native-level Dutch") and resumes state them ("German (B1)", "Spanish —
 * basic", "LinkedIn's 'Professional working proficiency'"). Hand rules: CEFR codes and the
 * usual level words are an exact, closed vocabulary.
 */

const CEFR = /\b([ABC])\s?([12])\b/;
/**
 * Level words, strongest first so "full professional" wins over "professional"; each row's
 * English words, then Spanish, Portuguese, French and German ones ("nativo", "fluente",
 * "courant", "verhandlungssicher", "Grundkenntnisse"), as resumes in those languages write them.
 */
const WORDS: [RegExp, number][] = [
  [
    /(?<![\p{L}])(native|mother[- ]tongue|first language|bilingual|nativ[oa]|lengua materna|l[ií]ngua materna|biling[üu]e|langue maternelle|muttersprache|muttersprachlich)(?![\p{L}])/iu,
    6,
  ],
  [
    /(?<![\p{L}])(full professional|fluent\w*|fluency|proficient|proficiency|business[- ](level|fluent)|advanced|excellent|very good|superior|fluid[oa]|fluente|avanzad[oa]|avan[çc]ad[oa]|courant|avanc[ée]e?|flie(ß|ss)end|verhandlungssicher|sehr gut)(?![\p{L}])/iu,
    5,
  ],
  [
    /(?<![\p{L}])(professional working|working proficiency|upper[- ]intermediate|good|conversant|bueno|buena|bom|boa|bon|bonne|gut|gute kenntnisse)(?![\p{L}])/iu,
    4,
  ],
  [
    /(?<![\p{L}])(intermediate|conversational|limited working|intermedi[oa]|intermedi[áa]ri[oa]|conversacional|interm[ée]diaire|mittel|konversationssicher)(?![\p{L}])/iu,
    3,
  ],
  [
    /(?<![\p{L}])(elementary|basic|beginner|basics|notions?|b[áa]sico|b[áa]sica|principiante|iniciante|basique|d[ée]butant|scolaire|grundkenntnisse|anf[äa]nger)(?![\p{L}])/iu,
    2,
  ],
];

/** The level a text states (a CEFR code, else a level word), or undefined when it states none. */
export function levelStated(text: string): number | undefined {
  const cefr = CEFR.exec(text);
  if (cefr) return (cefr[1] === "A" ? 0 : cefr[1] === "B" ? 2 : 4) + Number(cefr[2]);
  for (const [pattern, level] of WORDS) if (pattern.test(text)) return level;
  return undefined;
}

/**
 * The level an ask states, when it states a working level (B2 and up): "knowledge of German"
 * or "German is a plus" asks no particular level, so any German shown meets it.
 */
export function languageLevelAsked(text: string): number | undefined {
  const level = levelStated(text);
  return level !== undefined && level >= 4 ? level : undefined;
}

/**
 * The level a resume line states for a language: the level written next to its name ("German
 * (B1)", "French: basic"), within a few words, so "fluent English, basic German" reads B1-ish
 * German as basic, not fluent.
 */
export function levelHeld(line: string, languageName: string): number | undefined {
  const at = line.toLowerCase().indexOf(languageName.toLowerCase());
  if (at < 0) return levelStated(line);
  // The level word is next to the name: after it up to the next separator, else just before it.
  const after = line.slice(at + languageName.length).split(/[,;|/]|\band\b/)[0] ?? "";
  const before =
    line
      .slice(0, at)
      .split(/[,;|/(]|\band\b/)
      .pop() ?? "";
  return levelStated(after) ?? levelStated(before);
}

/** CEFR name of a level, for the reason text. */
export function levelName(level: number): string {
  return `${level <= 2 ? "A" : level <= 4 ? "B" : "C"}${level % 2 === 0 ? 2 : 1}`;
}
