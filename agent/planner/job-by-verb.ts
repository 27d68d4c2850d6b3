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

const VERBS = Object.keys(DOER).join("|");
/** Words that end the object: what follows is when, where or how long. */
const STOP = String.raw`(?:for|at|in|on|since|and|with|as|the|from|until|till|during|over|full|part)\b`;
/** "i drove city buses", "I've cleaned offices", "…, cooked at a diner" (the subject may be left out). */
const DID = new RegExp(
  String.raw`(^|[.!?,;]\s*|\b(?:i|i'?ve|i have|i also|and|also)\s+)(${VERBS})\b(?:\s+(?!${STOP})([a-z0-9-]+(?:\s+(?!${STOP})[a-z-]+)?))?(?=\s+${STOP}|\s*[,.;!?]|\s*$)`,
  "giu",
);

/** "buses" -> "bus", "offices" -> "office", "trucks" -> "truck". */
const singular = (word: string): string =>
  /(?:ss|us|is)$/i.test(word)
    ? word
    : /(?:ch|sh|x|ss)es$|^(?:bus|gas)es$/i.test(word)
      ? word.slice(0, -2)
      : word.replace(/s$/i, "");

/** The message with each job told by a verb said as the job's title; the same text when there is none. */
export function withJobsByVerb(text: string): string {
  return text.replace(DID, (whole, lead: string, verb: string, object: string | undefined) => {
    const doer = DOER[verb.toLowerCase()]!;
    // "waited tables" is a server; "drove a forklift" is a forklift driver.
    const kind = object?.replace(/^(?:an?|my|some|lots of)\s+/i, "");
    // "taught 4th grade" is a teacher: a grade or a year said is no kind of the job (chat12q).
    const named = kind && !/^tables?$|^\d/i.test(kind) && doer !== "delivery driver";
    const title = named ? `${kind.split(/\s+/).map(singular).join(" ")} ${doer}` : doer;
    const before = lead.replace(/\b(?:i|i'?ve|i have|i also)\s+$/i, "");
    return `${before}${/^and|^also/i.test(lead.trim()) ? lead : ""}I was a ${title}`.replace(
      /(and|also)\s*(and|also)\s*/i,
      "$1 ",
    );
  });
}
