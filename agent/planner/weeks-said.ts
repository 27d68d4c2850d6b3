/**
 * Which roadmap weeks a message names, in the languages the chat reads: "week 2", "the second
 * week", "la deuxième semaine", "die erste Woche", "pehla hafta", and more than one at a time:
 * "weeks 1 and 2", "weeks 1-3", "the first two weeks". Progress said with an ordinal word or in
 * another language was asked back ("Which week or item?") although the week was plain.
 */
import { ordinalsInEnglish } from "./position-in-other-languages.ts";
import { toNumber } from "./slots.ts";

/** A roadmap's weeks are its steps too ("step 2", "paso 3", "Schritt 1"). */
const WEEK_WORD = String.raw`(?:weeks?|wks?|semanas?|semaines?|wochen?|haft[ae]|steps?|pasos?|[ée]tapes?|schritte?|passos?|etapas?)`;
/** Number words of the other languages after a week word ("semana dos", "woche zwei"). */
const OTHER_NUMBERS: Record<string, number> = {
  uno: 1,
  una: 1,
  un: 1,
  une: 1,
  eins: 1,
  um: 1,
  ek: 1,
  dos: 2,
  deux: 2,
  zwei: 2,
  dois: 2,
  duas: 2,
  tres: 3,
  três: 3,
  trois: 3,
  drei: 3,
  teen: 3,
  cuatro: 4,
  quatre: 4,
  vier: 4,
  quatro: 4,
  char: 4,
  cinco: 5,
  cinq: 5,
  fünf: 5,
  paanch: 5,
};
const NUMBER = String.raw`(\d+|[\p{L}]+)`;

// Built once: every progress message and "what's in week 3?" reads them.
const FIRST_N = new RegExp(String.raw`\bfirst\s+${NUMBER}\s+${WEEK_WORD}\b`, "u");
const RANGE = new RegExp(
  String.raw`\b${WEEK_WORD}\s*${NUMBER}\s*(?:-|–|to|through|a|à|bis|até)\s*${NUMBER}\b`,
  "u",
);
const AFTER = new RegExp(
  String.raw`\b${WEEK_WORD}\s*#?\s*${NUMBER}((?:\s*(?:,|and|y|e|et|und|aur|&)\s*${NUMBER.replace("(", "(?:")})*)`,
  "gu",
);
const BEFORE = new RegExp(
  String.raw`\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+${WEEK_WORD}\b`,
  "gu",
);

function weekNumber(word: string): number | undefined {
  const plain = word.replace(/(?<=\d)(?:st|nd|rd|th)$/, "");
  // "a week" / "an hour" are durations, never a week's number.
  if (plain === "a" || plain === "an") return undefined;
  const n = toNumber(plain) ?? OTHER_NUMBERS[plain];
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 52 ? n : undefined;
}

function span(from: number, to: number): number[] {
  if (to < from || to - from > 11) return [from];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** The weeks named, in order, without repeats; [] when none is. Works on normalized text. */
export function weeksSaid(t: string): number[] {
  const s = ordinalsInEnglish(t);
  // "the first two weeks", "first 3 weeks": weeks 1..n.
  const firstN = s.match(FIRST_N);
  if (firstN) {
    const n = weekNumber(firstN[1]);
    if (n && n > 1) return span(1, n);
  }
  // "weeks 1-3", "weeks 1 to 3", "semanas 1 a 3".
  const range = s.match(RANGE);
  const from = range && weekNumber(range[1]);
  const to = range && weekNumber(range[2]);
  if (from && to) return span(from, to);
  const found: number[] = [];
  // "week 2", "semana dos", "weeks one and two", "woche 1 und 2".

  for (const m of s.matchAll(AFTER)) {
    const words = [m[1], ...(m[2]?.split(/\s*(?:,|\band\b|\by\b|\be\b|\bet\b|\bund\b|\baur\b|&)\s*/u) ?? [])];
    for (const w of words) {
      const n = w ? weekNumber(w.trim()) : undefined;
      if (n) found.push(n);
    }
  }
  // "the second week", "la second semaine" (ordinals said in English above), "3rd week".

  for (const m of s.matchAll(BEFORE)) {
    const n = weekNumber(m[1]);
    if (n) found.push(n);
  }
  return [...new Set(found)];
}
