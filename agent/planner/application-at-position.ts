/**
 * "the second one invited me to a phone screen", "a segunda ligou-me", "die zweite hat abgesagt",
 * "remind me to follow up with the 3rd one": an application named by its place in the list of
 * applications last shown, said again with that company's name, so every operation (news, a
 * status, an interview day, a reminder, a removal) reads it as if the company were named.
 * Found in trial13 (finding 5): the position was taken as a company — a phantom application at
 * "the second one" was logged, or "I don't track …" — and the Portuguese "a segunda" moved the
 * first one. Only while the talk is about applications and the position is inside the list.
 */
import type { Focus } from "../graph/focus.ts";
import { applicationFieldsSaid } from "./application-fields-said.ts";
import { trackedCompanyIn } from "./company-named.ts";
import { ordinalsInEnglish } from "./position-in-other-languages.ts";

const ORDINAL =
  "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|1st|2nd|3rd|[4-9]th|10th";

/** What follows a position that makes it a round or a time, not an item: "the second interview", "the first time". */
const NOT_AN_ITEM =
  "interview|interviews|round|rounds|screen|call|calls|time|times|week|weeks|day|days|month|year|job|jobs|offer|stage|step|date|question|gap|skill|reminder|half|place|thing|choice|part|entrevista|ronda|rodada|runde|gespr[aä]ch|tour|vez|fois|mal";

/**
 * The position: "the second one", "the 2nd application", "#2", "number 2", "the last one", a
 * bare "the third" before other words, or an ordinal of another language turned English ("la
 * segunda" → "la second", "doosra wala" → "second wala").
 */
const POSITION = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:the|la|el|a|o|die|der|das|den|le|l'|that)\\s+)?(${ORDINAL})(?:\\s+(?:one|app|application|company|employer|wala|wali|wale|listed|on (?:the|my) list))?(?![\\p{L}\\d])(?!\\s+(?:${NOT_AN_ITEM})(?![\\p{L}]))|(?<![\\p{L}\\d])(?:#|number\\s+|no\\.\\s*)(\\d{1,2})(?![\\d])`,
  "iu",
);

/** How sure a bare ordinal is an item: with "one", a noun or an article before it. */
const ITEM_WORD =
  /\b(?:one|app|application|company|employer|wala|wali|wale|listed)\b|^(?:the|la|el|a|o|die|der|das|den|le|l'|that|#|number|no\.)/i;

const INDEX: Record<string, number> = {
  first: 0,
  second: 1,
  third: 2,
  fourth: 3,
  fifth: 4,
  sixth: 5,
  seventh: 6,
  eighth: 7,
  ninth: 8,
  tenth: 9,
  last: -1,
};

function indexOf(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w in INDEX) return INDEX[w];
  const n = Number.parseInt(w, 10);
  return n >= 1 ? n - 1 : undefined;
}

/**
 * The message with the position of an application said as its company, or undefined when the
 * message names no listed application by position (or names a tracked company itself).
 */
export function applicationAtPosition(
  raw: string,
  focus: Focus,
  tracked: readonly string[] | undefined,
): string | undefined {
  const listed = focus.applications;
  if (!listed?.length || focus.topic !== "application") return undefined;
  if (trackedCompanyIn(raw, tracked)) return undefined;
  // "change the company of the third one to X": the place is read with the fields (application-fields-said.ts).
  if (applicationFieldsSaid(raw, focus, tracked)) return undefined;
  const english = ordinalsInEnglish(raw);
  const m = POSITION.exec(english);
  if (!m) return undefined;
  // A bare "last" or "first" with nothing that makes it an item ("first they called me") stays.
  if (m[1] && !ITEM_WORD.test(m[0].trim())) return undefined;
  // "give me a second" is English; "a segunda" (Portuguese) became "a second" above.
  if (/^a\s/i.test(m[0]) && new RegExp(`\\ba\\s+${m[1]}\\b`, "i").test(raw)) return undefined;
  const i = indexOf(m[1] ?? m[2] ?? "");
  if (i === undefined) return undefined;
  const company = i < 0 ? listed.at(-1) : listed[i];
  const rest = `${english.slice(0, m.index)}${english.slice(m.index + m[0].length)}`;
  // A bare position ("the second one") is read where it is (position-in-list.ts and the rest).
  if (!company || !/[\p{L}]{2,}/u.test(rest.replace(/\b(?:and|pls|please|ok|so)\b/giu, ""))) return undefined;
  return `${english.slice(0, m.index)}${company}${english.slice(m.index + m[0].length)}`;
}
