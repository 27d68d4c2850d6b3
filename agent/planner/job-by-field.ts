/**
 * A job told by its field rather than its title: "I've been in B2B sales for 12 years",
 * "10 yrs in nursing", "worked in customer service for 3 years" — said as the field's
 * practitioner ("I've been a sales representative for 12 years") so the background reader, which
 * reads titles, saves the job with its years and what was said beside it (lead's new-user trial
 * 2026-12-06: a seller of 12 years got "I couldn't read that as an experience" and nothing saved).
 *
 * The field and its practitioner are read by tools/jobs/field-practitioner.ts (a domain the skill
 * taxonomy knows, so "5 years in Python" stays a skill's years). English only: other languages
 * name the job.
 */
import { fieldOf, practitionerOf, titleWithField } from "../../tools/jobs/field-practitioner.ts";
import { loadRoleFinder } from "../../tools/jobs/target.ts";

const FIELD = String.raw`([a-z][a-z0-9&/+-]*(?:\s+[a-z][a-z0-9&/+-]*){0,3}?)`;
/** Where the field's words end: when, where or how long comes next. */
const FIELD_END = String.raw`(?=\s+(?:for|since|at|with|and|as|over)\b|\s*[,.;!?)]|\s*$)`;
const AMOUNT = String.raw`(?:\d{1,2}\+?|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)`;
/** "I've been in sales for 12 years", "worked in retail since 2015", "I'm in nursing, 10 years". */
const BEEN_IN = new RegExp(
  String.raw`\b(?:i'?ve been|i have been|ive been|been|i was|i worked|worked|i work|i'?m|i am|im)\s+(?:working\s+)?in\s+${FIELD}${FIELD_END}`,
  "giu",
);
/** "12 years in B2B sales", "10+ yrs of experience in nursing". */
const YEARS_IN = new RegExp(
  String.raw`\b(${AMOUNT}\s+(?:years?|yrs?))(?:\s+of\s+(?:work\s+)?experience)?\s+in\s+${FIELD}${FIELD_END}`,
  "giu",
);

async function replaced(text: string, pattern: RegExp, said: (m: RegExpExecArray, title: string) => string) {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const phrase = m[m.length - 1]!;
    const field = fieldOf(phrase);
    const title = field ? practitionerOf(field, await loadRoleFinder()) : undefined;
    if (!title) continue;
    out += text.slice(last, m.index) + said(m, titleWithField(title.toLowerCase(), phrase));
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}

/** The message with a job told by its field said as the field's title; the same text when there is none. */
export async function withJobsByField(text: string): Promise<string> {
  const been = await replaced(text, BEEN_IN, (m, title) => {
    const lead = m[0].slice(0, m[0].search(/\s+(?:working\s+)?in\s/i));
    // "I worked in retail" -> "I worked as a retail salesperson"; "I've been in sales" -> "I've been a …".
    // The field said stays beside the title, in brackets: a list there is read as skills held.
    return `${lead}${/work/i.test(lead) ? " as" : ""} a ${title}`;
  });
  return replaced(been, YEARS_IN, (m, title) => `${m[1]} as a ${title}`);
}
