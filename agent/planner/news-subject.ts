/**
 * The employer written in lower case as the subject of its news: "starbucks said no to the
 * barista thing", "home depot ghosted me lol", "kaiser just called me back". The capitalised-name
 * readers missed it and the person was asked "Which application?" although the message named it
 * (conv12t, a kind of blind10's misses). Only the words before a verb of news at the start of the
 * message, and never a pronoun or a person's role ("they", "the recruiter", "my manager").
 */

/** A verb of news an employer is the subject of. */
const NEWS_VERB = String.raw`(?:just\s+|finally\s+|officially\s+|also\s+)?(?:said no|said yes|rejected me|turned me down|passed on me|ghosted me|declined me|called(?: me)?(?: back)?|emailed(?: me)?|texted me|reached out|invited me|offered me|got back to me|wants? (?:me|to)|sent me an? (?:offer|rejection|invite))`;
/** Chat words that open a message before the name. */
const OPENERS = String.raw`(?:(?:so|ok|okay|well|ugh+|welp|update|news|and|also|lol|sadly|omg|yay|wow|guess what|now|then|today|yesterday|anyway)[\s,:!.]+)*`;
const SUBJECT = new RegExp(
  String.raw`^${OPENERS}([\p{L}\p{N}][\p{L}\p{N}&'’.-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}&'’.-]*){0,2}?)\s+${NEWS_VERB}\b`,
  "iu",
);
/** Subjects that are no employer. */
const NOT_EMPLOYER =
  /^(?:i|you|he|she|it|we|they|someone|somebody|everyone|nobody|the (?:recruiter|company|hiring manager|manager|hr|interviewer|employer|team|lady|guy)|my (?:recruiter|manager|boss|friend|mom|dad|wife|husband)|hr|recruiter|the recruiter|this|that|one|another|a recruiter|a company)$/i;

const PRONOUN = /\b(?:i|you|he|she|it|we|they|them|someone|somebody)\b/i;

/** The employer named in lower case before its news, or undefined. */
export function newsSubject(raw: string): string | undefined {
  const subject = SUBJECT.exec(raw.trim())?.[1];
  // "ok now they rejected me": a pronoun anywhere in the words is the one in focus, no name.
  if (!subject || NOT_EMPLOYER.test(subject) || PRONOUN.test(subject)) return undefined;
  return subject.replace(/['’]s$/i, "");
}
