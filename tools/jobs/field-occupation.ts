/**
 * The occupation whose people work in a field named as a field ("culinary arts", "nursing",
 * "journalism", "dentistry", "social work"), read from O*NET's own titles (data/roles): the
 * occupation most of whose typical titles carry the field's words — "Culinary Artist",
 * "Culinary Chef" make culinary arts the chefs' field — leaving out the titles of those who
 * teach, manage or assist in it (every field has its professors and directors; the field's
 * work is its practitioners'). Nothing when no title carries the words: a field O*NET does not
 * know gets an honest answer, not the nearest wrong role (issue 12, lang12).
 */
import { getRoles } from "../../data/roles/index.ts";

export interface FieldOccupation {
  /** O*NET-SOC code of the occupation. */
  code: string;
  /** The occupation's most typical title that carries the field's words ("Culinary Chef"). */
  title: string;
}

/** Titles of those around a field rather than in it. */
const AROUND_THE_FIELD =
  /\b(?:teachers?|professors?|instructors?|educators?|lecturers?|tutors?|managers?|directors?|administrators?|supervisors?|chiefs?|officers?|aides?|helpers?|assistants?|technicians?|coordinators?|clerks?|secretar(?:y|ies))\b/i;

/** A field that is itself the work of those around others' work ("product management", "nursing education"). */
const FIELD_AROUND = /\b(?:teach|manag|direct|administ|supervis|instruct|educat|assist|coordinat|tutor)/i;

const STOP = new Set(["and", "or", "of", "the", "a", "an", "in", "for", "as", "field", "career", "careers"]);

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 1);

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * How a field's name ends past the root it shares with its practitioner ("nurs|ing", "dentist|ry").
 * Not "-ity": it builds fields on other nouns ("hospital|ity" is no hospitalist's field).
 */
const FIELD_ENDING = /^(?:|e|s|y|m|ry|ing|ics?|ure|ine|cy|ogy|ment|ation|tion)$/;
/** How a practitioner's title word ends past that root ("nurs|e", "journalis|t", "law|yer"). */
const PERSON_ENDING =
  /^(?:|s|e|es|r|rs|er|ers|or|ors|t|ts|ist|ists|ian|ians|ant|ants|ent|ents|al|ic|yer|yers)$/;

/**
 * How closely a title word is the field word in another form, 0 when it is not: "nursing" ~
 * "nurse", "dentistry" ~ "dentist", "journalism" ~ "journalist", "arts" ~ "artist", never
 * "astrology" ~ "astronomer" or "banana" ~ "band". A closer form counts more.
 */
function closeness(fieldWord: string, titleWord: string): number {
  if (fieldWord === titleWord) return 1;
  for (let shared = commonPrefix(fieldWord, titleWord); shared >= 3; shared--) {
    if (FIELD_ENDING.test(fieldWord.slice(shared)) && PERSON_ENDING.test(titleWord.slice(shared)))
      return shared / Math.max(fieldWord.length, titleWord.length);
  }
  return 0;
}

let titles: { code: string; title: string; weight: number; words: string[]; official: boolean }[] | undefined;

function allTitles() {
  titles ??= getRoles().roles.flatMap((role) =>
    [[role.title, 1] as [string, number], ...role.titles.map(([t, w]) => [t, w] as [string, number])].map(
      ([title, weight], i) => ({
        code: role.code,
        title,
        weight,
        words: wordsOf(title),
        official: i === 0 || title === role.title,
      }),
    ),
  );
  return titles;
}

/** The occupation a field's practitioners hold, or undefined when no O*NET title carries the field's words. */
export function fieldOccupation(field: string): FieldOccupation | undefined {
  const said = wordsOf(field).filter((w) => !STOP.has(w));
  if (said.length === 0 || said.length > 4) return undefined;
  // "product management", "art teaching": a field that is itself about managing or teaching keeps those titles.
  const around = !FIELD_AROUND.test(said.join(" "));
  const scores = new Map<string, { score: number; best: { title: string; weight: number } }>();
  for (const t of allTitles()) {
    if (around && AROUND_THE_FIELD.test(t.title)) continue;
    const close = said.map((w) => Math.max(0, ...t.words.map((tw) => closeness(w, tw))));
    if (close.some((c) => c === 0)) continue;
    // Cubed: titles that say the field word itself outweigh many that only share its root.
    const weight = t.weight * Math.min(...close) ** 3;
    const entry = scores.get(t.code);
    // Named by a title a person holds ("Registered Nurse"), not the occupation's plural name.
    const naming = t.official ? 0 : t.weight;
    if (!entry) scores.set(t.code, { score: weight, best: { title: t.title, weight: naming } });
    else {
      entry.score += weight;
      if (naming > entry.best.weight) entry.best = { title: t.title, weight: naming };
    }
  }
  let top: [string, { score: number; best: { title: string } }] | undefined;
  for (const entry of scores) if (!top || entry[1].score > top[1].score) top = entry;
  return top ? { code: top[0], title: top[1].best.title } : undefined;
}

let headUses: Map<string, number> | undefined;

/**
 * The word for the person who does a field's work, as O*NET's titles spell it: "teaching" ->
 * "teacher", "logistics" -> "logistician", "plumbing" -> "plumber", "law" -> "lawyer". The
 * person is the word a title ends with (its head: "Line Cook", "Account Manager"), so the
 * field's root inside titles ("Account" of "Account Manager") is not read as one; the form
 * most titles end with wins ("cook" over "cooker").
 */
export function practitionerWord(fieldWord: string): string | undefined {
  const word = fieldWord.toLowerCase();
  if (word.length < 3) return undefined;
  if (!headUses) {
    headUses = new Map();
    for (const t of allTitles()) {
      const head = t.words.at(-1);
      if (head) headUses.set(head, (headUses.get(head) ?? 0) + 1);
    }
  }
  let best: { word: string; uses: number } | undefined;
  for (const [w, uses] of headUses) {
    if (w === word || w.endsWith("s") || closeness(word, w) === 0) continue;
    if (!best || uses > best.uses) best = { word: w, uses };
  }
  return best?.word;
}
