/**
 * Preferences a message states that the reader (tools/gap/stated-preferences.ts) lost (trial13
 * §13): a list of places after "in" ("in leeds or bradford": written in lower case, or the
 * second place dropped), a currency said alone ("pounds not dollars": the expectation stays
 * "read in each ad's currency"), both remote and hybrid accepted ("remote or hybrid": hybrid
 * only was kept), and a place said at the end of a sentence ("Leeds UK." kept its full stop).
 */
import type { Preferences } from "../../contract/profile.ts";
import { isWorldCity } from "../../data/places/world-cities.ts";
import { lowerCaseCitySaid } from "./lower-case-city.ts";

/** "Leeds UK." -> "Leeds UK"; "Washington D.C." keeps its dots (the word has another one); "St. Louis" its own. */
export function withoutFullStop(said: string): string {
  // "Cardiff Wales. Thanks": the sentence ended after a word of three letters or more ("St. Louis" goes on).
  const place = said.replace(/(\p{L}{3,})\.\s+\S.*$/u, "$1.");
  const last = place.split(/\s+/).at(-1) ?? "";
  return last.endsWith(".") && !last.slice(0, -1).includes(".") && !/^(?:st|mt|ft)\.$/i.test(last)
    ? place.slice(0, -1)
    : place;
}

/** "remote or hybrid", "hybrid/remote", "remote and hybrid both fine". */
export function acceptsRemoteOrHybrid(text: string): boolean {
  return /\b(?:remote\s*(?:or|and|\/|,)\s*hybrid|hybrid\s*(?:or|and|\/|,)\s*remote)\b/i.test(text);
}

const CURRENCY_WORDS: [RegExp, string][] = [
  [/^(?:pounds?|quid|sterling|gbp|£)$/i, "GBP"],
  [/^(?:euros?|eur|€)$/i, "EUR"],
  [/^(?:canadian dollars?|cad)$/i, "CAD"],
  [/^(?:australian dollars?|aud)$/i, "AUD"],
  [/^(?:(?:us |american )?dollars?|usd|bucks|\$)$/i, "USD"],
  [/^(?:rupees?|inr|₹)$/i, "INR"],
  [/^(?:reais|reals?|brl)$/i, "BRL"],
  [/^(?:swiss francs?|chf)$/i, "CHF"],
];
const WORD = String.raw`(?:canadian dollars?|australian dollars?|swiss francs?|(?:us |american )?dollars?|pounds?|quid|sterling|euros?|rupees?|reais|reals?|gbp|eur|usd|cad|aud|inr|brl|chf|bucks|[£€$₹])`;
const codeOf = (word: string) => CURRENCY_WORDS.find(([re]) => re.test(word.trim()))?.[1];

/**
 * The currency said without an amount: "pounds not dollars", "not dollars, euros", "in GBP
 * please", "my pay is in euros". Only with a contrast, "in", or "please": a currency word in
 * passing ("I saved some dollars") states no preference.
 */
export function currencySaidAlone(text: string): string | undefined {
  const t = text.toLowerCase();
  const contrast = new RegExp(
    String.raw`(?<![\p{L}])(${WORD})\s*(?:please|pls)?\s*,?\s*(?:not|no|rather than|instead of)\s+(?:in\s+)?${WORD}(?![\p{L}])`,
    "u",
  ).exec(t);
  if (contrast) return codeOf(contrast[1]!);
  const after = new RegExp(
    String.raw`\bnot (?:in )?${WORD}\s*[,;-]?\s*(?:but |use |in )?(${WORD})(?![\p{L}])`,
    "u",
  ).exec(t);
  if (after) return codeOf(after[1]!);
  const said = new RegExp(
    String.raw`\b(?:in|paid in|salary in|pay in|currency is|use|using)\s+(${WORD})(?![\p{L}])(?=\s*(?:please|pls|thanks|[.!,]|$))`,
    "u",
  ).exec(t);
  return said ? codeOf(said[1]!) : undefined;
}

export const titled = (s: string) =>
  s.replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

/**
 * "in manchester or stockport", "in Leeds or Bradford": the places of a list after "in" (or
 * "near", "around", "based in"), written in any case, when one of them is a known city (or all
 * are capitalised) — "in sales or marketing" names none. Joined with "or", as said.
 */
export function placeListSaid(text: string): string | undefined {
  const item = String.raw`\p{L}[\p{L}'-]+(?: \p{L}[\p{L}'-]+)?`;
  const m = new RegExp(
    String.raw`\b(?:in|near|around|based in|live in)\s+(${item}(?:\s*(?:,|\bor\b|\band\b|\/)\s*${item}){1,3})(?=\s*(?:[,.;!?]|$|\s+(?:area|areas|ideally|please|hoping|for|with|if|but|and\s+(?:i|hoping|around|about))\b))`,
    "iu",
  ).exec(text);
  if (!m) return undefined;
  // Someone who writes capitals writes a place with one: "in Leeds, happy with hybrid" lists no "happy".
  const writesCapitals = /\p{Lu}/u.test(text.replace(/^\s*\p{Lu}/u, "").replace(/\bI\b/g, ""));
  const places = m[1]!
    .split(/\s*(?:,|\bor\b|\band\b|\/)\s*/i)
    .filter(Boolean)
    .filter((p) => !writesCapitals || /^\p{Lu}/u.test(p) || isWorldCity(p))
    // "in denver and hybrid works for me": a work mode or a verb after "and" is no place.
    .filter((p) => !NOT_A_PLACE_WORD.test(p));
  const capitalised = places.every((p) => /^\p{Lu}/u.test(p));
  if (places.length < 2 || !(capitalised || places.some((p) => isWorldCity(p)))) return undefined;
  return places.map(titled).join(" or ");
}

/** Words of a work mode or a verdict on one, which no place in a list is made of. */
const NOT_A_PLACE_WORD =
  /\b(?:hybrid|remote|on-?site|office|works?|working|fine|ok|okay|good|great|happy|open|is|are|would|could|suits?)\b/i;

/** The reader's preferences with what it lost added or mended. */
export function mendedPreferences(text: string, read: Partial<Preferences>): Partial<Preferences> {
  const out = { ...read };
  const list = placeListSaid(text);
  if (list && (!out.desiredLocation || list.toLowerCase().startsWith(out.desiredLocation.toLowerCase())))
    out.desiredLocation = list;
  const city = out.desiredLocation ? undefined : lowerCaseCitySaid(text);
  if (city) out.desiredLocation = city;
  if (out.desiredLocation) out.desiredLocation = withoutFullStop(out.desiredLocation);
  if (out.relocateTo) out.relocateTo = out.relocateTo.map(withoutFullStop);
  if (acceptsRemoteOrHybrid(text)) out.remote = "remote_or_hybrid";
  if (!out.salaryCurrency) {
    const currency = currencySaidAlone(text);
    if (currency) out.salaryCurrency = currency;
  }
  return out;
}
