/**
 * "applied to stripe", "just applied to shopify, fingers crossed", "applied at target
 * yesterday": a company typed in lower case, alone after "applied to/at/with". People type
 * names that way in chat; the capitalised-name reader skipped it and the agent asked back
 * "Which company and role?" although the company was said (found trying the chat, lead29).
 *
 * Only one word, and only where the sentence ends or a day, "and" or chatter follows: longer
 * lower-case phrases are sentences ("applied to a few places", "applied to jobs all week").
 */

/** Words after "applied to" that name no company. */
const NOT_A_NAME =
  /^(?:a|an|the|my|it|its|them|this|that|these|those|one|some|any|both|all|every|each|few|many|several|jobs?|roles?|positions?|places?|companies|company|startups?|openings?|internships?|there|here|him|her|us|you|me|more|other|others|another|same|lots|tons|loads|everything|everywhere|nothing|none)$/i;

const LOWER_NAME_AFTER_APPLIED =
  /\b(?:i\s+)?(?:just\s+|already\s+|finally\s+|also\s+)?appl(?:ied|ying)\s+(?:to|at|with)\s+([\p{Ll}\p{N}][\p{L}\p{N}_&.'’-]*)(?=\s*(?:[,.!?;:]|$)|\s+(?:yesterday|today|tonight|this\s+(?:morning|afternoon|week)|last\s+\w+|on\s+\w+day|earlier|just\s+now|and|too|as\s+well|lol|finally|fingers)\b)/u;

/** Lower-case words that start a sentence or a feeling, never a company ("… and waiting"). */
const CHAT_WORD =
  /^(?:i|im|i'm|ive|i've|we|they|he|she|now|still|so|then|but|hope|hoping|waiting|wait|praying|got|get|heard|nothing|no|not|fingers|wish|lets|let's|we'll|well|hopefully|finally|yay|lol|ugh)$|\w{3,}ing$/i;

/** Whether a lower-case word may be a company's name in a list after "applied to". */
export function mayNameCompany(word: string): boolean {
  return !NOT_A_NAME.test(word) && !CHAT_WORD.test(word);
}

/** "Stripe, fingers crossed": words after a comma that are a feeling, not the role applied for. */
export const CHATTER_AFTER_COMMA =
  /^(?:fingers crossed|wish me luck|hope|hopefully|lol|yay|finally|so|but|and|let'?s see|we'?ll see|thanks|thx|ty|excited|nervous|idk|i|it'?s|they|we|now|still|waiting)(?![\p{L}'])/iu;

/** "applied to sales and marketing roles": the words name kinds of job, not companies. */
const KINDS_OF_JOB_AFTER =
  /\b(?:roles?|jobs?|positions?|openings?|internships?|vacanc(?:y|ies)|places|companies|firms)\b/i;

/** The lower-case company named alone after "applied to", or undefined. */
export function lowerCaseCompanyAfterApplied(raw: string): string | undefined {
  const m = LOWER_NAME_AFTER_APPLIED.exec(raw);
  const name = m?.[1]?.replace(/[.']+$/, "");
  if (!m || !name || !mayNameCompany(name)) return undefined;
  return KINDS_OF_JOB_AFTER.test(raw.slice(m.index + m[0].length)) ? undefined : name;
}
