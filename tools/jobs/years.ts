/**
 * Years of experience as ads state them: "3+ years of Python", "at least 5 years of combined
 * experience in Java or Kotlin", "minimum three years", "2-4 years", "5 yrs".
 */
import { CARDINAL_WORD_PATTERN, parseNumberWord } from "../text/number-words.ts";

const YEARS = new RegExp(
  `\\b(\\d{1,2}(?:[.,]5)?|${CARDINAL_WORD_PATTERN})\\s*(?:\\+|plus)?\\s*(?:(?:-|–|to)\\s*(\\d{1,2})\\s*)?\\+?\\s*(?:years?|yrs?)(?:'|’)?\\b`,
  "i",
);

export interface YearsMention {
  minYears: number;
  /** Offset of the mention inside the sentence. */
  index: number;
  length: number;
  /** Years of experience (not "a 3-year PhD", "founded 25 years ago"). */
  aboutExperience: boolean;
}

export function findYears(sentence: string): YearsMention | undefined {
  const m = YEARS.exec(sentence);
  if (!m) return undefined;
  const value = parseNumberWord(m[1]!);
  // "0-2 years of experience" is an entry-level ask: no minimum, said outright (the range's top
  // must be a real number of years, so "0 years" alone or "0-0" is not read).
  const entryRange = value === 0 && m[2] !== undefined && Number(m[2]) > 0;
  if (value === undefined || (value <= 0 && !entryRange) || value > 30) return undefined;
  const around = sentence.slice(Math.max(0, m.index - 40), m.index + m[0].length + 60);
  const before = sentence.slice(Math.max(0, m.index - 20), m.index);
  const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 40);
  const experienceWords =
    /\b(experience|experienced|background|track record|working|work|professional|in (a|the) similar|developing|programming|hands-on|proficiency|of (python|java|\w+ development))\b/i.test(
      around,
    );
  // "at least 4 years in a UX role", "minimum 3 years in Java EE", "5+ years with Go"
  const statedMinimum =
    // A range ("1-2 years in an agency") states its minimum too.
    (/\b(at least|minimum|min\.?|more than|over)\s*$/i.test(before) ||
      /\+/.test(m[0]) ||
      m[2] !== undefined) &&
    /^\s*(in|of|with|as|using|[a-z]+ing)\b/i.test(after);
  const aboutExperience =
    (experienceWords || statedMinimum) &&
    !/\b(ago|old|of age|history|spans|anniversary|founded|celebrating|contract|scholarship|phd position|position is|period|duration|grant|timeframe|fixed term|employment is|in the last|within the next|-year|year-old|market for|in business|on the market|warranty|holiday|know-how)\b/i.test(
      around,
    );
  return { minYears: value, index: m.index, length: m[0].length, aboutExperience };
}

/** Maps a years ask to the level it implies. */
export function levelForYears(years: number): "beginner" | "intermediate" | "advanced" | "expert" {
  if (years >= 7) return "expert";
  if (years >= 4) return "advanced";
  if (years >= 1) return "intermediate";
  return "beginner";
}

/**
 * A bracketed aside that wishes for one of several things ("5+ years of object-oriented
 * development (an advantage for C#)", "(a plus: Kotlin)") says which option is preferred, not
 * that the whole ask is: it is left out when reading whether the ask is required.
 */
export function withoutAsideCues(text: string): string {
  return text.replace(/\(\s*(?:an?\s+)?(?:advantage|plus|bonus)\s*(?:for|if|in|with|:)[^)]*\)?/gi, " ");
}
