/**
 * An ESCO occupation's description as duties, in the form O*NET's description sentences take
 * ("Expedite and route movement of ..."): ESCO writes "Human resources managers plan, design
 * and implement processes ... They develop programs for recruiting, interviewing, and selecting
 * employees ...". The subject (the occupation's name, "they", "a personal trainer should") is
 * cut, leaving what the work is; a sentence that does not then start with what the person
 * does ("They strive to ensure ...", "They are ...") is left out. ESCO v1.1.1, CC BY 4.0.
 */

/** Lead-ins before the subject ("Moreover, they ..."). */
const LEAD_IN = /^(?:moreover|furthermore|in addition|additionally|also|finally|then),?\s+/i;
/** Words between the subject and the duty that add nothing to it. */
const FILLER = /^(?:(?:also|often|usually|typically|generally|further|additionally)\s+)+/i;
/** Auxiliaries after the subject: the duty follows ("should also encourage" -> "encourage"). */
const MODAL = /^(?:should|must|will|need to|have to|are able to|can)\s+/i;
/** Verbs that start no duty of their own ("strive to ensure", "are", "have"). */
const NOT_A_DUTY =
  /^(?:are|is|have|has|were|was|strive|aim|seek|work as|act as|belong|tend|include|(?:can |may )?work (?:in|for|within|across) (?:both|the|a|an|various|different|many|public|private|several))\b/i;
const LICENCE_WORD = /\b(licen[cs]\w*|certifi\w*|registration|accredit\w*)\b/i;
const RESPONSIBLE = /^are\s+(?:(?:also|mainly|primarily|usually)\s+)?responsible\s+for\s+/i;

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, " ")
    .split(/\s+/)
    .filter(Boolean);
/** "manager" and "managers" are one word here (ESCO names occupations in the singular, writes them in the plural). */
const sameWord = (a: string, b: string) => a === b || a === `${b}s` || `${a}s` === b || a === `${b}es`;

/** The sentence without its subject (the occupation's name, "they", "a/the <name>"), or undefined. */
function withoutSubject(sentence: string, label: string): string | undefined {
  const s = sentence.replace(LEAD_IN, "");
  if (/^they\s+/i.test(s)) return s.replace(/^they\s+/i, "");
  const name = words(label);
  const tokens = s.split(/\s+/);
  const start = /^(a|an|the)$/i.test(tokens[0] ?? "") ? 1 : 0;
  const said = tokens.slice(start, start + name.length).map((t) => words(t)[0] ?? "");
  if (name.length > 0 && said.length === name.length && said.every((w, i) => sameWord(w, name[i]!)))
    return tokens.slice(start + name.length).join(" ");
  return undefined;
}

/** The description's duties, each a verb phrase starting with a capital ("Plan, design and implement ..."). */
export function escoDuties(description: string, label: string): string[] {
  const out: string[] = [];
  for (const raw of description.replace(/\s+/g, " ").split(/(?<=\.)\s+/)) {
    let rest = withoutSubject(raw.trim().replace(/\.$/, ""), label);
    if (!rest) continue;
    rest = rest.replace(FILLER, "");
    if (RESPONSIBLE.test(rest)) rest = `be responsible for ${rest.replace(RESPONSIBLE, "")}`;
    rest = rest.replace(MODAL, "").replace(FILLER, "");
    // A duty starts with a verb in lower case: a capital or a digit is a name or a list, not a duty.
    if (!/^[a-z]/.test(rest) || NOT_A_DUTY.test(rest) || rest.split(/\s+/).length < 4) continue;
    // A licence is the occupation's credential (role-extras credentials), never read from a
    // duty ("ensure that insurance, licences and other formalities are in order" is no licence ask).
    if (LICENCE_WORD.test(rest)) continue;
    out.push(`${rest[0]!.toUpperCase()}${rest.slice(1)}`);
  }
  return out;
}
