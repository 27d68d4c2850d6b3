/**
 * The rest of a casual intro, after the job and its years (new-user trial 2026-12-06, finding
 * 1): "…, cash handling, customer service, opening accounts, some Excel", "mostly Haas and Mazak
 * mills, I read blueprints and GD&T". The tools named bare (background-skills.ts toolsNamed, the
 * skill extractor), then each item of the clause lists: an item the taxonomy knows by name is a
 * skill; in a list that holds a known or capitalised name, the other short items are too (saved
 * as said, and the reply says they are not in the skill list). What is left is said back as not
 * placed, so nothing said is dropped in silence.
 */
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { normalizeKey } from "../../data/taxonomy/normalize.ts";
import { namesOnlyTime } from "../../tools/text/stated-duration.ts";
import { TARGET_SAID } from "./background-phrases.ts";
import { toolsNamed } from "./background-skills.ts";
import { withoutLonePlaceWords, withoutWorkplace } from "./background-workplace.ts";
import { onlyAsksForHelp } from "./help-asked.ts";
import { JOB_ENDED } from "./job-ended-said.ts";

/** Words before an item that only say how it is used ("I use", "mostly", "some", "a"). */
const LEAD =
  /^(?:(?:i|we)\s+(?:have\s+)?)?(?:use|used|using|usando|utilizando|utilisant|read|do|did|know|work with|worked with|with|mostly|mainly|some|also|plus|and|then|a|an|the|my|our|on|in|\d{1,2}\+?\s*(?:years?|yrs?)(?:\s+of)?)\s+/i;
/** Words after an item that say how often or how much ("every day", "sometimes"). */
const TAIL =
  /\s+(?:every\s*day|daily|mostly|mainly|sometimes|a lot|too|as well|mills?|machines?|software|experience)$/i;
/** A clause that tells the person's plans, feelings or life, not their work: never a skill. */
const ASIDE =
  /\b(?:want|wanna|hope|looking|aiming|burnt|love|hate|kids?|children|school|home|break|time off|retire|age|years? old|i'?m \d+|resume|cv|curr[ií]culo|curr[ií]culum|lebenslauf)\b/i;
/** A place said with Hindi's postposition ("Reliance Fresh mein", "ek hotel mein" = at/in it): where, not a skill (trial17 §2). */
const HINDI_PLACE = /\s(?:mein|me|pe|par|ke yahan|ke saath)$/i;

/**
 * What is left of the job's lead-in ("I've been a", "hi"; "hola, soy", "ich bin", "main … hoon"):
 * no content. The other four languages' lead-ins too (lead's trial 2026-12-06: "hola, soy
 * diseñadora gráfica, … Figma, Illustrator y Photoshop" saved the skills "soy" and "Illustrator y
 * Photoshop").
 */
const FILLER_WORDS = [
  "i'?ve|ive|i|im|i'?m|been|was|am|worked|work|served|a|an|the|hi|hello|hey|so|then|and|for|as|at|in",
  "hola|soy|fui|estoy|trabajo|trabaj[eé]|como|de|un|una|y|en|bonjour|salut|je|suis|j'?ai|été|comme|une|et",
  "hallo|ich|bin|war|arbeite|als|ein|eine|und|olá|ola|oi|sou|trabalho|trabalhei|um|uma|e|namaste|main|mai|hoon|hun|hu|tha|thi|ek",
  // Romanised Hindi's function words ("hello ji", "… se", "hai"): a Hinglish intro saved "ji" as a skill (trial17 §2).
  "ji|se|ko|ka|ki|ke|hai|hain|ab|bhi|toh",
].join("|");
const FILLER = new RegExp(String.raw`^(?:(?:${FILLER_WORDS})\s*)+$`, "i");

/** The lead-in's words left before an item once the job is taken out ("I'm a [data analyst with 3 years of] SQL"). */
const FILLER_BEFORE = new RegExp(String.raw`^(?:(?:${FILLER_WORDS})\s+)+`, "i");

const known = (item: string) => getTaxonomy().byNormalizedKey(normalizeKey(item));

function cleaned(item: string): string {
  let out = item.trim();
  for (let before = ""; before !== out; ) {
    before = out;
    out = out.replace(FILLER_BEFORE, "").replace(LEAD, "").replace(TAIL, "").trim();
  }
  return out;
}

/** An item that names a certificate, licence or clearance held ("forklift cert", "secret clearance"). */
const CREDENTIAL =
  /^[\p{L}\d][\p{L}\d\s-]{1,40}?\s(?:certs?|certified|certification|certificate|licen[cs]e[ds]?|clearance|card|permit|ticket)$|^\p{L}{3,}schein$/iu;

/** "forklift cert" -> "Forklift certification": the card's name as a profile shows it. */
const credentialName = (item: string) => {
  const name = item.replace(/\s(?:certs?|certified)$/i, " certification");
  return name.charAt(0).toUpperCase() + name.slice(1);
};

export interface IntroRest {
  skills: { name: string }[];
  /** Certificates, licences and clearances named in the lists ("forklift cert"). */
  certifications: string[];
  /** Clauses of the intro read as nothing, said back so the person can place them. */
  unread: string[];
}

/**
 * The skills and unread clauses of `text` outside the job's own words (`held`: the job phrases
 * and degree words read already). The target's clause and everything after it are left out.
 */
export function introRest(said: string, held: string[]): IntroRest {
  const text = withoutWorkplace(said); // "… en un hotel de Málaga": where, no skill (background-workplace.ts)
  const cut = TARGET_SAID.map((p) => p.exec(text)?.index).filter((i) => i !== undefined);
  // The longest first: an employer inside a job's phrase ("nurse at Mercy General") leaves no "nurse at".
  const own = held
    .map((phrase) => withoutWorkplace(phrase).trim())
    .sort((a, b) => b.length - a.length)
    .reduce(
      (left, phrase) => left.replace(phrase, " "),
      text.slice(0, cut.length ? Math.min(...cut) : text.length),
    );
  const names = toolsNamed(withoutLonePlaceWords(text), held).map((s) => s.name);
  const unread: string[] = [];
  const certifications: string[] = [];
  for (const clause of withoutLonePlaceWords(own).split(/[.;!?()]+/)) {
    const items = clause
      // The list's "and" in the five languages ("Illustrator y Photoshop", "Excel und SAP").
      .split(/\s+(?:and|with|&|y|con|et|avec|und|mit|e|com|aur)\s+|,/i)
      .map(cleaned)
      .filter(
        (i) =>
          /\p{L}{2}/u.test(i) &&
          !/\d/.test(i) &&
          !ASIDE.test(i) &&
          !JOB_ENDED.test(i) && // "got laid off last month": the job's end, read as such (job-ended-said.ts)
          !HINDI_PLACE.test(i) &&
          !FILLER.test(i) &&
          !namesOnlyTime(i) &&
          !onlyAsksForHelp(i), // "can you help" is no skill, nor a clause to place
      );
    // "GD&T", "CMM", "Haas": a name written with capitals is a tool or method's name.
    const capital = (i: string) => /[A-Z]/.test(i.slice(1)) || /^[A-Z][a-z]+$/.test(i);
    const listed = items.some((i) => known(i) || capital(i));
    for (const item of items) {
      const words = item.split(/\s+/).length;
      if (names.some((n) => n.toLowerCase() === item.toLowerCase())) continue;
      if (CREDENTIAL.test(item)) {
        certifications.push(credentialName(item));
        continue;
      }
      const skill = known(item) || (words <= 3 && capital(item)) || (listed && words === 1);
      if (skill) names.push(known(item)?.name ?? item);
      else if (words >= 2 && !names.some((n) => item.toLowerCase().includes(n.toLowerCase())))
        unread.push(item);
    }
  }
  return {
    skills: [...new Set(names)].slice(0, 15).map((name) => ({ name })),
    certifications: certifications.slice(0, 5),
    unread: unread.slice(0, 5),
  };
}

/** The certificates said ("I have my forklift cert") and those in the lists, each once (by its first word). */
export function withListedCredentials(said: string[], rest: IntroRest | undefined): string[] {
  const first = (c: string) => c.split(/\s+/)[0]!.toLowerCase();
  const listed = (rest?.certifications ?? []).filter((c) => !said.some((s) => first(s) === first(c)));
  return [...said, ...listed].slice(0, 5);
}
