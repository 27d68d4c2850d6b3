/**
 * A job said in Hindi word order, in Latin script: "main 3 saal se tech support mein hoon
 * Teleperformance mein" ("I have been in tech support for 3 years, at Teleperformance"). The job
 * sits between "se" (since/for, after the length) and "mein hoon" / "hoon" (am in / am), the
 * employer after it with its own "mein". Said as "I'm a tech support at Teleperformance for 3
 * years" so the background reader reads the job's words alone (trial17 §2: the title was read as
 * "Se Tech Support Mein Hoon" and "mein" saved as a skill). Runs after durationsInEnglish ("saal"
 * is "years" by then).
 */

const LENGTH = String.raw`\d{1,2}\+?\s+(?:years?|months?)`;
/** Postpositions that end a place or the job's field ("mein" = in, "pe/par" = on/at). */
const IN = String.raw`(?:mein|mei|me|mai|pe|par)`;

const HINDI_JOB = new RegExp(
  String.raw`\b(?:main|mai|mein)\s+(${LENGTH})\s+(?:se|say)\s+(?:ek\s+)?([\p{L}][\p{L}\s'&/-]{1,60}?)\s+(?:${IN}\s+)?(hoon|hun|hu|tha|thi)\b(?:\s+(\p{Lu}[\p{L}\p{N}&.'-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'-]*){0,2})\s+${IN}\b)?`,
  "iu",
);

/** The text with a Hindi-ordered job said as the background reader reads one; unchanged when none. */
export function hindiJobSaid(text: string): string {
  return text.replace(
    HINDI_JOB,
    (_m, length: string, said: string, verb: string, employer: string | undefined) => {
      // "ek hotel mein receptionist": the place before "mein", the job after it.
      const parts = said.trim().split(new RegExp(String.raw`\s+${IN}\s+`, "i"));
      const job = parts.at(-1)!.trim();
      const place = parts.length > 1 ? parts.slice(0, -1).join(" ").trim() : undefined;
      const where = employer ? ` at ${employer}` : place ? ` in ${place}` : "";
      const lead = /^th/i.test(verb) ? "I was a" : "I'm a";
      return `${lead} ${job}${where} for ${length}`;
    },
  );
}
