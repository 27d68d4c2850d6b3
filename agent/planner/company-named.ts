/**
 * The one reader of "a company named in a message" for the application questions
 * ("how's my Tesla application going?", "what about Amazon?"): a tracked company (in its
 * tracked spelling, any case said) or a capitalised name that is not a day, a month or a
 * sentence-start word. Both readers kept their own day lists before and drifted (one missed
 * months, the other "My"/"The").
 */
import { trackedIn } from "./slot-words.ts";

/** Capitalised words that are not companies: pronouns/articles, days, months, relative days. */
const NOT_A_COMPANY =
  /^(?:i|my|the|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|today|tomorrow|tonight)$/i;

/** A tracked company said anywhere in the message as whole words, in its tracked spelling. */
export function trackedCompanyIn(text: string, tracked: readonly string[] | undefined): string | undefined {
  return trackedIn(text.toLowerCase(), tracked ?? []);
}

/** The company a candidate phrase names: the tracked one it spells (any case), or the phrase
 * itself when it is capitalised and not a calendar word; undefined otherwise. */
export function companyNamed(
  candidate: string | undefined,
  tracked: readonly string[] | undefined,
): string | undefined {
  const name = candidate?.trim();
  if (!name || name.split(/\s+/).length > 4 || NOT_A_COMPANY.test(name)) return undefined;
  const known = tracked?.find((c) => c.toLowerCase() === name.toLowerCase());
  if (known) return known;
  return /^[\p{Lu}\p{N}]/u.test(name) ? name : undefined;
}
