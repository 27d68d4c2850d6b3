/**
 * A short job ad pasted as a fragment: a line or two in the employer's voice, with no section
 * headings ("<Title> – <City>, <ST>. Schedule …, track …. Req: 2+ yrs …, Excel a plus. $50-60k",
 * "We're hiring: <Title>. Oversee …. <Licence> required. Full time."). Too short and too flat for
 * the ad shapes `looksLikePosting` reads, so it was taken for an application (a company before
 * "track") or a fit check with no job (conv12q, blind7 classes). An ad says what it pays, asks and
 * offers in words people do not use about themselves; a message in the first person is theirs.
 */

/** Words only an employer writes: labels with a colon, "a plus", "required", "we're hiring", "our team". */
const EMPLOYER_CUES = [
  /\b(?:req|reqs|requirements?|required skills|must|pay|salary|location|schedule|shift|benefits|duties|qualifications|responsibilities|hours|perks|experience|skills|education|compensation)\s*:/i,
  /\b(?:is\s+|are\s+)?(?:a\s+(?:big\s+)?plus|nice[- ]to[- ]have|preferred|desirable|an asset)\b/i,
  /\b(?:license|licence|degree|certification|certificate|cdl|clearance|diploma|experience|registration)\s+(?:is\s+)?required\b/i,
  // A credential by its letters, required ("DVM required", "RN license required"; conv14u).
  /\b(?!(?:is|are|not|also|be|was|were|all|any|one|it|as|so|if|and|or)\b)[A-Z]{2,5}\s+(?:is\s+)?(?:required|a must)\b/i,
  /\b(?:we(?:'re|’re| are)\s+(?:hiring|looking|seeking)|now hiring|hiring\s*:|join (?:our|the) team|our (?:team|clients?|customers|store|clinic|warehouse|company|office|patients|guests|\w+ system|tms|crm|erp))\b/i,
  // The ad speaking to the reader: "You will write and edit …", "the ideal candidate" (conv12r).
  /\b(?:you(?:'ll|’ll| will)\s+(?:be\s+)?[a-z]{3,}|the ideal candidate|what you(?:'ll|’ll| will) do|what we offer)\b/i,
  // A heading with its place: "Logistics Coordinator – Memphis, TN", "Store Manager - Leeds (hybrid)".
  /^[\p{Lu}][\p{L}/&+ ]{2,60}\s[–—-]\s[\p{Lu}][\p{L} .]+(?:,\s?[\p{Lu}]{2}\b|\s*\()/u,
];

/** What any ad states: pay as a range or a rate, years asked, hours or kind of contract. */
const AD_FACTS = [
  /[$€£₹]\s?\d[\d,.]*\s?k?\s*(?:-|–|to)\s*[$€£₹]?\s?\d[\d,.]*\s?k?\b|\b\d+k\s*(?:-|–)\s*\d+k\b|[$€£₹]\s?\d[\d,.]*\s*(?:\/\s?h(?:ou)?r|per hour|an hour|\/\s?yr|per year)/i,
  /\b\d+\s*\+\s*(?:yrs?|years?)\b|\b\d+\s*(?:-|–)\s*\d+\s*(?:yrs?|years?)\b|\bmin(?:imum|\.)?\s+(?:of\s+)?\d+\s*(?:yrs?|years?)\b/i,
  /\btravel\s+(?:up\s+to\s+)?\d{1,2}\s?%|\b(?:full[- ]time|part[- ]time|per diem|prn|contract(?:-to-hire)?|temp[- ]to[- ]hire|rotating (?:weekends|shifts)|night shift|day shift|m-f|mon-fri|on-?site|hybrid|remote)\b/i,
];

/** The person's own words: "I", "my", "me". */
const FIRST_PERSON = /\b(?:i|i'm|i’m|im|i've|i'd|my|me)\b/i;
/**
 * A title's level in Roman numerals ("Security Analyst I — …", "Technician II,"): no "I" of the
 * person's (conv13u: a one-line ad headed "… Analyst I" read as someone speaking).
 */
const TITLE_LEVEL =
  /\b(?!(?:Hi|Hey|Hello|So|And|But|Yes|No|Ok|Okay|Well|Then|Now)\b)(\p{Lu}\p{Ll}+)\s+(?:I|II|III|IV)(?=\s*(?:[–—,(:]|-\s|$))/gu;
/** An email address or a phone number: a resume has them; an ad's fragment does not. */
export const CONTACT_DETAILS = /[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d\s()-]{8,}\d/;

/** True when the text is a short ad fragment: three of an ad's marks, one of them only an employer's. */
export function readsAsAdFragment(raw: string): boolean {
  const text = raw.trim();
  if (text.length < 80 || text.length > 1500 || CONTACT_DETAILS.test(text)) return false;
  if (FIRST_PERSON.test(text.replace(TITLE_LEVEL, "$1"))) return false;
  const employer = EMPLOYER_CUES.filter((cue) => cue.test(text)).length;
  const facts = AD_FACTS.filter((fact) => fact.test(text)).length;
  return employer >= 1 && employer + facts >= 3;
}
