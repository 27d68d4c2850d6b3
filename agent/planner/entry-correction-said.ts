/**
 * A correction of a profile entry, said in chat (correct_profile_entry):
 * - removing one: "delete my Stagecoach job", "take the first aid certificate off my profile",
 *   "remove the second one" right after the profile was shown;
 * - renaming or re-dating one: "change my job title to Night Porter", "my title should say
 *   Night Porter, not porter guy", "rename the porter one to Night Porter", "edit my experience:
 *   title Night Porter, employer Hilton, from 2015", "set the start date of my Hilton job to 2015";
 * - a GPA corrected: "actually my GPA is 3.7 not 3.6".
 * Which entry is meant is the profile's business (tools/profile/entry-correction.ts): found by
 * the words said or the position, else asked back with nothing saved. A message that names no
 * kind of entry and no position ("remove python") is left to the skill readers. These English
 * rules run before the intent model; the model's correct_profile_entry intent reads the other
 * languages (plans/entry-correction-plans.ts).
 */
import type { Focus } from "../graph/focus.ts";
import { entryDateWrong } from "./entry-date-wrong.ts";
import { ANY_KIND_NOUN, type EntryKind as Kind, kindIn } from "./entry-kind-nouns.ts";
import { ordinalIndex } from "./slot-words.ts";
import { call, type Outcome } from "./types.ts";

const REMOVE =
  /^(?:(?:please|pls|ok(?:ay)?|and|also|so|now|can\s+you|could\s+you|would\s+you|you\s+can)\s+)*(?:remove|delete|take\s+(?:off|out)|drop|erase|get\s+rid\s+of|scrap|clear)\s+(.+)$/i;

const CHANGE =
  /^(?:(?:please|pls|ok(?:ay)?|and|also|so|now|actually|can\s+you|could\s+you|would\s+you)\s+)*(?:change|update|edit|fix|correct|amend|set|modify)\s+/i;

/** "from my profile", "off my cv": where it is, not which one. */
const FROM_PROFILE =
  /\s+(?:from|off|out\s+of|on|in)\s+(?:my\s+|the\s+)?(?:profile|resume|cv|list|account)\b.*$/i;

/** The rest of the message, asking something else: "… also add PCV licence". */
const ALSO = /[\s,;]+(?:and\s+)?(?:also|then|plus|and)\s+(?=(?:add|put|include|save|list|show|i\s)\b)/i;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "2006", "march 2006", "03/2006" as a year or year-month; undefined when none is said. */
export function saidDate(text: string): string | undefined {
  const month = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+((?:19|20)\d{2})\b/i.exec(
    text,
  );
  if (month) return `${month[2]}-${String(MONTHS.indexOf(month[1]!.toLowerCase()) + 1).padStart(2, "0")}`;
  const slashed = /\b(0?[1-9]|1[0-2])\/((?:19|20)\d{2})\b/.exec(text);
  if (slashed) return `${slashed[2]}-${slashed[1]!.padStart(2, "0")}`;
  return /\b((?:19|20)\d{2})\b/.exec(text)?.[1];
}

/** "the 2nd one", "the last entry": a position, when the words point at one. */
function positionSaid(text: string): number | undefined {
  const t = text.toLowerCase();
  if (
    !/^(?:the\s+|my\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|\d{1,2}(?:st|nd|rd|th)|#\d|number\s+\w+)\b/.test(
      t,
    )
  )
    return undefined;
  if (/^(?:the\s+|my\s+)?(?:last|latest)\b/.test(t)) return -1;
  const index = ordinalIndex(t);
  return index === undefined ? undefined : index < 0 ? -1 : index + 1;
}

/** Words naming the entry, without its kind noun and pointers: "the experience Im a bus driver" -> "Im a bus driver". */
function whichWords(object: string): string | undefined {
  const which = object
    .replace(FROM_PROFILE, "")
    .replace(/^(?:the|my|that|this|an?)\s+/i, "")
    .replace(/\b(?:one|entry|from\s+my\s+\w+)\b/gi, " ")
    .replace(ANY_KIND_NOUN, " ")
    .replace(/^\s*(?:the|my|that|this|an?|at|as|of|for|called|named)\s+/i, "")
    .replace(/\s+(?:at|as|of|for)\s*$/i, "")
    .replace(/["“”']/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return which && /[\p{L}\p{N}]/u.test(which) ? which : undefined;
}

/** The field a new name goes in, by the kind of entry. */
const NAME_FIELD: Record<Kind, "title" | "degree" | "name"> = {
  experience: "title",
  education: "degree",
  projects: "name",
  certifications: "name",
};

/** Each labelled field a part can say, with how its value is read. */
const LABELS: [RegExp, string, (v: string) => string | undefined][] = [
  [/^(?:(?:job\s+)?title|position)\s*(?:is|:|=|should\s+be|to)?\s+(.+)$/i, "title", (v) => clean(v)],
  [/^(?:company|employer)\s*(?:is|:|=|should\s+be|to)?\s+(.+)$/i, "company", (v) => clean(v)],
  [/^(?:from|since|started(?:\s+in)?|start(?:\s+date)?(?:\s+is|:)?)\s+(.+)$/i, "start", saidDate],
  [/^(?:to|until|till|ended(?:\s+in)?|left(?:\s+in)?|end(?:\s+date)?(?:\s+is|:)?)\s+(.+)$/i, "end", saidDate],
];

/** "title Bus Driver, company Stagecoach, from 2006 to 2010": each labelled field said. */
function labelledFields(text: string): Record<string, string> {
  const set: Record<string, string> = {};
  const parts = text
    .replace(/\s+(?=(?:to|until|till)\s+(?:(?:19|20)\d{2}|[a-z]+\s+(?:19|20)\d{2})\b)/gi, ", ")
    .split(/\s*[,;]\s*|\s+and\s+(?=(?:title|company|employer|from|since|start|end|to|until)\b)/i);
  for (const part of parts) {
    const p = part.trim().replace(/[.!]+$/, "");
    for (const [re, field, read] of LABELS) {
      const value = re.exec(p)?.[1];
      const v = value ? read(value) : undefined;
      if (v) {
        set[field] = v;
        break;
      }
    }
  }
  return set;
}

/** A GPA corrected or told: "my GPA is 3.7 not 3.6", "gpa should be 3.7/4.0". */
function gpaSaid(text: string): Outcome | undefined {
  if (/\?\s*$/.test(text)) return undefined;
  // "my GPA for the history degree is 3.8", "my gpa at Durham was 3.8": which degree, by words.
  const m =
    /\b(?:my\s+)?c?gpa(?:\s+(?:for|at|of|in|on|from)\s+(.+?))?\s*(?:is|was|should\s+(?:be|say|read)|=|:|of)\s*(?:actually\s+|really\s+)?(\d(?:\.\d{1,2})?)(\s*(?:\/|out\s+of)\s*\d{1,2}(?:\.\d{1,2})?)?/i.exec(
      text,
    );
  if (!m) return undefined;
  const gpa = `${m[2]}${m[3] ? `/${m[3].replace(/[^\d.]/g, "")}` : ""}`;
  const which = m[1] ? whichWords(m[1]) : undefined;
  return edit("education", { gpa }, which);
}

/** "take the food hygiene certificate off my profile": the entry between the verb and "off". */
const TAKE_OFF =
  /^(?:(?:please|pls|ok(?:ay)?|and|also|so|now|can\s+you|could\s+you)\s+)*(?:take|get|strike|cross)\s+(.+?)\s+(?:off|out\s+of|out)\b/i;

/** "my dream job", "the target role": the job wanted, not one on the profile (set_dream_job's). */
const WANTED = /\b(?:dream|target|goal|desired|ideal|future|next|wanted|new\s+career)\b/i;

function removalSaid(text: string, focus: Focus): Outcome | undefined {
  const m = REMOVE.exec(text) ?? TAKE_OFF.exec(text);
  if (!m || WANTED.test(m[1]!)) return undefined;
  // The reason after a dash or "because" is no part of what is removed: "remove that one - the
  // job got filled internally" (an application listed) names no job of the profile.
  const object = m[1]!
    .split(/\s+[-–—]\s+|\s*[;,]\s*|\s+(?:because|since|cause|coz|bc)\s+/i)[0]!
    .replace(FROM_PROFILE, "")
    .replace(/[.!]+$/, "")
    .trim();
  const kind = kindIn(object);
  const position = positionSaid(object);
  // "remove the second one" points at the profile only right after it was shown.
  const profileShown = focus.lastCall?.name === "show_profile";
  if (!kind && !(position !== undefined && profileShown)) return undefined;
  const which = position === undefined ? whichWords(object) : undefined;
  return {
    calls: [
      call("correct_profile_entry", {
        action: "remove",
        ...(kind ? { kind } : {}),
        ...(position !== undefined ? { position } : {}),
        ...(which ? { which } : {}),
      }),
    ],
  };
}

/** A field of an entry by the word said for it; a title or name goes in the kind's name field. */
const FIELD_SAID: [RegExp, (kind: Kind) => string][] = [
  [/^(?:employer|company|firm|organi[sz]ation)$/i, () => "company"],
  [/^(?:school|university|college|institution)$/i, () => "institution"],
  [/^(?:issuer|issuing\s+body|awarding\s+body)$/i, () => "issuer"],
  [/^(?:(?:job\s+)?title|name|degree)$/i, (kind) => NAME_FIELD[kind]],
];

const fieldSaid = (word: string, kind: Kind) => FIELD_SAID.find(([re]) => re.test(word.trim()))?.[1](kind);

const FIELD_WORD = String.raw`(employer|company|firm|organi[sz]ation|school|university|college|institution|issuer|(?:job\s+)?title|name|degree)`;

/**
 * "change the employer of my Senior Account Executive role to Brightloop" (a trial read the new
 * employer as the role's title), "set the school of my degree to Leeds": the field named goes in
 * that field of the entry named, never its title.
 */
function fieldOfEntry(rest: string): Outcome | undefined {
  const m = new RegExp(
    String.raw`^(?:the\s+|my\s+)?${FIELD_WORD}\s+(?:of|for|at|on|in)\s+(.+?)\s+(?:to|as|into)\s+(.+)$`,
    "i",
  ).exec(rest);
  if (!m) return undefined;
  const kind =
    kindIn(m[2]!) ??
    (/^(?:employer|company|firm|organi[sz]ation|(?:job\s+)?title)$/i.test(m[1]!) ? "experience" : undefined);
  const field = kind && fieldSaid(m[1]!, kind);
  if (!kind || !field) return undefined;
  return edit(kind, { [field]: clean(m[3]!) }, whichWords(m[2]!));
}

/**
 * Told rather than asked: "the employer for that role is Brightloop", "my current title is Senior
 * Account Executive and the company is Brightloop, not Mid-Market Brightloop". Only a field with
 * the entry it belongs to, or a title told together with its employer: "my title is X" alone is
 * the person's news (current-role-said.ts).
 */
function fieldTold(text: string): Outcome | undefined {
  const lead = String.raw`^(?:(?:no|nope|actually|and|also|btw|oh|wait|sorry|ok(?:ay)?|so)[\s,!.]+)*`;
  const of = new RegExp(
    String.raw`${lead}(?:the\s+|my\s+)?${FIELD_WORD}\s+(?:of|for|at|on|in)\s+(.+?)\s+(?:is|was|should\s+(?:be|say|read))\s+(.+?)(?:[\s,]+(?:not|instead\s+of|rather\s+than)\s+.+)?[.!]*$`,
    "i",
  ).exec(text);
  if (of) {
    const kind = kindIn(of[2]!);
    const field = kind && fieldSaid(of[1]!, kind);
    if (!kind || !field) return undefined;
    return edit(kind, { [field]: clean(of[3]!) }, whichWords(of[2]!));
  }
  const both = new RegExp(
    String.raw`${lead}(?:my\s+)?(?:current\s+|actual\s+)?(?:job\s+)?title\s+is\s+(.+?)[\s,]+and\s+(?:the\s+|my\s+)?(?:company|employer)\s+is\s+(.+?)(?:[\s,]+(?:not|instead\s+of|rather\s+than)\s+(.+?))?[.!]*$`,
    "i",
  ).exec(text);
  if (!both) return undefined;
  return edit("experience", { title: clean(both[1]!), company: clean(both[2]!) }, whichWords(both[1]!));
}

function changeSaid(text: string, focus: Focus): Outcome | undefined {
  const profileShown = focus.lastCall?.name === "show_profile";
  const told = fieldTold(text);
  if (told) return told;
  // "my job title should say Bus Driver, not Im a bus driver. employer Stagecoach"
  const should =
    /^(?:(?:no|actually|wait|sorry|oops)[\s,!.]+)*(?:my\s+|the\s+)?(?:job\s+)?title\s+(?:should\s+(?:say|be|read)|is\s+actually|is\s+really)\s+(.+?)[\s,]+(?:not|instead\s+of|rather\s+than)\s+(.+?)(?:[.;]\s*(.*))?$/i.exec(
      text,
    );
  if (should) {
    const set: Record<string, string> = { title: clean(should[1]!), ...labelledFields(should[3] ?? "") };
    return edit("experience", set, whichWords(should[2]!));
  }
  if ((!CHANGE.test(text) && !/^rename\s/i.test(text)) || WANTED.test(text)) return undefined;
  const rest = text
    .replace(CHANGE, "")
    .replace(/^rename\s+/i, "")
    .replace(/[.!]+$/, "");
  // "change my job title to Bus Driver at Stagecoach"
  const title = /^(?:my\s+|the\s+)?(?:job\s+|role\s+)?title\s+(?:to|as|into)\s+(.+)$/i.exec(rest);
  if (title) {
    const [name, company] = title[1]!.split(/\s+(?:at|with|for)\s+/i);
    return edit("experience", { title: clean(name!), ...(company ? { company: clean(company) } : {}) });
  }
  const ofEntry = fieldOfEntry(rest);
  if (ofEntry) return ofEntry;
  // "set the start date of my Hilton job to 2015", "change when I started at Hilton to 2015"
  const dated =
    /^(?:the\s+|my\s+)?(start|end|starting|finish|leaving)\s+date\s+(?:of|for|at|on|in)\s+(.+?)\s+(?:to|as)\s+(.+)$/i.exec(
      rest,
    );
  if (dated && saidDate(dated[3]!)) {
    const field = /^(?:start|starting)$/i.test(dated[1]!) ? "start" : "end";
    return edit(kindIn(dated[2]!) ?? "experience", { [field]: saidDate(dated[3]!)! }, whichWords(dated[2]!));
  }
  // "edit my experience: title X, company Y, from 2006", "update the Hilton job - employer Hilton Leeds"
  const labelled =
    /^(.+?)\s*(?::|-|—|,|\bto\s+say\b|\bso\s+(?:it|the)\b[^,:]*)\s*((?:(?:job\s+)?title|position|company|employer|from|since|start|end|to|until)\b.*)$/i.exec(
      rest,
    );
  if (labelled) {
    const set = labelledFields(labelled[2]!);
    const kind = kindIn(labelled[1]!);
    const position = positionSaid(labelled[1]!);
    if (Object.keys(set).length && (kind || (position !== undefined && profileShown)))
      return edit(
        kind ?? "experience",
        set,
        position === undefined ? whichWords(labelled[1]!) : undefined,
        position,
      );
  }
  // "rename the porter one to Night Porter", "change my Hilton job to Night Porter"
  const renamed = /^(.+?)\s+(?:to|into|as)\s+(.+)$/i.exec(rest);
  if (renamed) {
    const kind = kindIn(renamed[1]!);
    const position = positionSaid(renamed[1]!);
    const pointed = /\b(?:one|entry)\b/i.test(renamed[1]!);
    const which = position === undefined ? whichWords(renamed[1]!) : undefined;
    // "change my job to nursing" names no job of theirs: a career change, not a rename.
    if ((which || position !== undefined) && (kind || pointed || (position !== undefined && profileShown))) {
      const k = kind ?? "experience";
      return edit(k, { [NAME_FIELD[k]]: clean(renamed[2]!) }, which, position);
    }
  }
  return undefined;
}

const clean = (s: string) =>
  s
    .trim()
    .replace(/^["“']|["”']$/g, "")
    .replace(/[.!,;]+$/, "")
    .trim();

function edit(kind: Kind, set: Record<string, string>, which?: string, position?: number): Outcome {
  return {
    calls: [
      call("correct_profile_entry", {
        action: "edit",
        kind,
        ...(which ? { which } : {}),
        ...(position !== undefined ? { position } : {}),
        set,
      }),
    ],
  };
}

/** The correct_profile_entry call one English request says, or undefined (also the intent's plan). */
export function entryCorrectionRead(text: string, focus: Focus): Outcome | undefined {
  return gpaSaid(text) ?? removalSaid(text, focus) ?? changeSaid(text, focus) ?? entryDateWrong(text);
}

/** A reminder named: what is removed or changed is that reminder, never a profile entry. */
const REMINDER_NAMED = /\b(?:reminders?|recordatorios?|rappels?|erinnerung(?:en)?|lembretes?)\b/iu;

/**
 * The correct_profile_entry call a message asks for, and the plan of what else it asks ("…
 * also add PCV licence"); undefined when it corrects no entry.
 */
export async function entryCorrectionSaid(
  raw: string,
  focus: Focus,
  plan: (text: string) => Promise<Outcome[]>,
): Promise<Outcome[] | undefined> {
  const text = raw.trim();
  const also = ALSO.exec(text);
  const first = also ? text.slice(0, also.index) : text;
  // "scrap the school run reminder": a reminder, not the education entry (conv16u).
  const outcome = REMINDER_NAMED.test(first) ? undefined : entryCorrectionRead(first, focus);
  if (!outcome) return undefined;
  const rest = also ? text.slice(also.index + also[0].length) : "";
  return [outcome, ...(rest ? await plan(rest) : [])];
}
