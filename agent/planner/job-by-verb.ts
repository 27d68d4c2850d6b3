/**
 * A job told by what was done rather than by its title: "i drove city buses for 14 years",
 * "I've cleaned offices for 6 years", "cooked at a diner for 5 years", "taught 3rd grade for a
 * decade" — said as "I was a city bus driver for 14 years" so the background reader (which
 * reads titles) finds the job (conv12o, a blind5 class: nothing was saved, "I couldn't tell
 * which job you do", or the verb phrase itself was saved as the title). English only: the other
 * languages name the job ("fui conductor de autobús").
 */

/** The verbs of a trade and who does it: "drove" -> "driver". */
const DOER: Record<string, string> = {
  drove: "driver",
  driven: "driver",
  cleaned: "cleaner",
  taught: "teacher",
  cooked: "cook",
  managed: "manager",
  baked: "baker",
  painted: "painter",
  coached: "coach",
  tutored: "tutor",
  dispatched: "dispatcher",
  installed: "installer",
  operated: "operator",
  repaired: "repairer",
  supervised: "supervisor",
  trained: "trainer",
  guarded: "guard",
  nannied: "nanny",
  farmed: "farmer",
  designed: "designer",
  edited: "editor",
  programmed: "programmer",
  photographed: "photographer",
  delivered: "delivery driver",
  bartended: "bartender",
  waitressed: "waitress",
  waited: "server",
};

/**
 * "been driving buses for 19 years", "i've been cleaning offices since 2015": the same jobs said
 * with "been" and the verb's -ing form (new-user trial 13: a first message "been driving buses …
 * for 19 years for <employer>" saved nothing). Only after "been": "I'm training for a 10k" is no job.
 */
const DOING: Record<string, string> = Object.fromEntries(
  [
    ["driving", "driver"],
    ["cleaning", "cleaner"],
    ["teaching", "teacher"],
    ["cooking", "cook"],
    ["managing", "manager"],
    ["baking", "baker"],
    ["painting", "painter"],
    ["coaching", "coach"],
    ["tutoring", "tutor"],
    ["dispatching", "dispatcher"],
    ["installing", "installer"],
    ["operating", "operator"],
    ["repairing", "repairer"],
    ["supervising", "supervisor"],
    ["guarding", "guard"],
    ["farming", "farmer"],
    ["delivering", "delivery driver"],
    ["bartending", "bartender"],
    ["waitressing", "waitress"],
  ].map(([verb, doer]) => [verb!, doer!]),
);

const VERBS = Object.keys(DOER).join("|");
const DOING_VERBS = `(?:${Object.keys(DOING).join("|")})`;
/** Words that end the object: what follows is when, where or how long. */
const STOP = String.raw`(?:for|at|in|on|since|and|with|as|the|from|until|till|during|over|full|part|around|across|near|all|up|down|about|every|each)\b`;
/** "i drove city buses", "I've cleaned offices", "…, cooked at a diner" (the subject may be left out). */
const DID = new RegExp(
  String.raw`(^|[.!?,;]\s*|\b(?:i|i'?ve|i have|i also|and|also)\s+)(?:(?:been|ben|bin)\s+(${DOING_VERBS})|(${VERBS}))\b(?:\s+(?!${STOP})([a-z0-9-]+(?:\s+(?!${STOP})[a-z-]+)?))?(?=\s+${STOP}|\s*[,.;!?]|\s*$)`,
  "giu",
);

/** "buses" -> "bus", "offices" -> "office", "trucks" -> "truck". */
const singular = (word: string): string =>
  /(?:ss|us|is)$/i.test(word)
    ? word
    : /(?:ch|sh|x|ss)es$|^(?:bus|gas)es$/i.test(word)
      ? word.slice(0, -2)
      : /[^aeiou]ies$/i.test(word)
        ? `${word.slice(0, -3)}y` // "lorries" -> "lorry"
        : word.replace(/s$/i, "");

/** The message with each job told by a verb said as the job's title; the same text when there is none. */
export function withJobsByVerb(text: string): string {
  return heldWithEmployer(
    text.replace(
      DID,
      (
        _whole,
        lead: string,
        doing: string | undefined,
        did: string | undefined,
        object: string | undefined,
      ) => {
        const doer = doing ? DOING[doing.toLowerCase()]! : DOER[did!.toLowerCase()]!;
        // "waited tables" is a server; "drove a forklift" is a forklift driver.
        const kind = object?.replace(/^(?:an?|my|some|lots of)\s+/i, "");
        // "taught 4th grade" is a teacher: a grade or a year said is no kind of the job (chat12q).
        const named = kind && !/^tables?$|^\d/i.test(kind) && doer !== "delivery driver";
        const title = named ? `${kind.split(/\s+/).map(singular).join(" ")} ${doer}` : doer;
        const before = lead.replace(/\b(?:i|i'?ve|i have|i also)\s+$/i, "");
        // "been driving …" is the job held now; marked so its place and employer are placed below.
        return `${before}${/^and|^also/i.test(lead.trim()) ? lead : ""}${doing ? `${HELD}I'm a` : "I was a"} ${title}`.replace(
          /(and|also)\s*(and|also)\s*/i,
          "$1 ",
        );
      },
    ),
  );
}

/** Marks a job rewritten from "been …ing", for heldWithEmployer. */
const HELD = "\u0001";

/**
 * "I'm a bus driver in leeds for 19 years for arriva" (from "been driving buses in leeds …"):
 * the place is no part of the title and "for <name>" after the years is the employer, said as
 * "I'm a bus driver at arriva for 19 years", the way the background reader reads a job.
 */
const HELD_TAIL = new RegExp(
  String.raw`${HELD}(I'm a [a-z -]+?)(?:\s+(?:around|across|in|all\s+over|near|round)\s+[a-z]+)?(\s+for\s+(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|twenty)\+?\s+(?:years?|yrs?|months?))(?:\s+(?:for|with|at)\s+(\p{L}[\p{L}\p{N}_&'-]*(?:\s+\p{L}[\p{L}\p{N}_&'-]*){0,2}))?(?=\s*[.,;!]|\s*$)`,
  "giu",
);

function heldWithEmployer(text: string): string {
  return text
    .replace(HELD_TAIL, (_w, job: string, years: string, employer: string | undefined) =>
      employer ? `${job} at ${employer}${years}` : `${job}${years}`,
    )
    .replaceAll(HELD, "");
}
