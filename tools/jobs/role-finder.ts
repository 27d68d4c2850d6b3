/**
 * Finds the O*NET role profile a free-text description names ("data engineer",
 * "front end developer", "RN"): the title whose words all appear in the text, preferring
 * longer and more typical titles. Pure over the compiled role data.
 */
import { StemmerEn } from "@nlpjs/lang-en-min";
import type { RoleCores } from "../../data/roles/cores.ts";
import { CURATED_TITLES } from "../../data/roles/curated-titles.ts";
import type { RoleExtras } from "../../data/roles/extras.ts";
import { withRoleAcronymsSpelled } from "../../data/roles/role-acronyms.ts";
import type { CompiledRoles, RoleProfile } from "../../data/roles/types.ts";
import { editDistance } from "../text/edit-distance.ts";
import { acronymReadAsWord } from "./acronym-title.ts";
import type { RoleFinder, RoleFinderOptions, RoleMatch } from "./dream-role.ts";
import { vagueTitleWords } from "./vague-titles.ts";

const STOP = new Set("a an the of and or for in at to i want be become as job role".split(" "));

/**
 * Title abbreviations people type ("ops manager", "customer service rep", "web dev"): read
 * as the words they stand for, in the text and in the titles alike.
 */
const ABBREVIATIONS: Record<string, string> = {
  ops: "operations",
  mgr: "manager",
  mngr: "manager",
  mgmt: "management",
  rep: "representative",
  reps: "representatives",
  dev: "developer",
  devs: "developers",
  engr: "engineer",
  asst: "assistant",
  coord: "coordinator",
  sr: "senior",
  jr: "junior",
};

/**
 * A stop word written in capitals is an acronym, not a stop word: O*NET's "OR Tech", "OR Nurse"
 * (operating room). Dropped as "or", the title was "Tech" alone, and "tech recruiting" found a
 * surgical technologist (lead's new-user trial 2026-12-06e, item 4).
 */
const ACRONYM_STOP = /\b(?:OR|AT|IT|AN|AS)\b/g;

const words = (s: string) =>
  s
    .replace(ACRONYM_STOP, (w) => `${w.toLowerCase()}_`)
    .toLowerCase()
    .replace(/front[\s-]?end/g, "frontend")
    .replace(/back[\s-]?end/g, "backend")
    .replace(/full[\s-]?stack/g, "fullstack")
    .split(/[^a-z0-9+#_]+/)
    .map((w) => (Object.hasOwn(ABBREVIATIONS, w) ? ABBREVIATIONS[w]! : w))
    .filter((w) => w.length > 0 && !STOP.has(w));

/** A curated title outranks any O*NET title with up to one more word (score = 10 per word + 5 x weight). */
export const CURATED_WEIGHT = 3.5;

/** Plural-insensitive word key ("engineers" = "engineer"). */
const key = (w: string) => (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w);

/** The words of a text or title as the finder compares them (stop words dropped, plurals folded). */
export const wordKeys = (text: string): string[] => words(text).map(key);

/** The words of a text that name a role, grades ("senior", "junior") left out. */
export const ungradedKeys = (text: string): string[] => wordKeys(text).filter((w) => !GRADE_WORDS.has(w));

interface IndexedTitle {
  role: RoleProfile;
  title: string;
  weight: number;
  keys: string[];
  curated: boolean;
}

/** Words that grade a role rather than name another one: "senior web designer" is a web designer. */
export const GRADE_WORDS: ReadonlySet<string> = new Set([
  "senior",
  "junior",
  "lead",
  "principal",
  "staff",
  "entry",
  "level",
  "i",
  "ii",
  "iii",
  "iv",
]);

/**
 * Words that rank a role without naming it ("UX lead", "head of design"): dropped, and the
 * rest read again, when no title holds the words as said.
 */
const RANK_WORDS = new Set([...GRADE_WORDS, "head", "senior", "chief"]);

/** Choices offered for a role said too vaguely ("designer", "data lead"). */
const MAX_CHOICES = 4;

type Candidate = Pick<IndexedTitle, "keys" | "weight"> & { role: Pick<RoleProfile, "code"> };

/** A field named in fewer words than this ("data") is too vague to stand for one practitioner's title. */
const MIN_FIELD_WORDS = 2;

const scoreOf = (t: Candidate) => t.keys.length * 10 + t.weight * 5;

/** Highest score, then lowest occupation code, then the title listed first (lower order). */
function better(a: Candidate, aOrder: number, b: Candidate, bOrder: number): boolean {
  const sa = scoreOf(a);
  const sb = scoreOf(b);
  return (
    sa > sb || (sa === sb && (a.role.code < b.role.code || (a.role.code === b.role.code && aOrder < bOrder)))
  );
}

/**
 * The title that names the role, among the titles whose words are all in the text (in
 * listing order). The best score wins; then a title that holds all of the winner's words and
 * names the role more fully takes its place ("nurse practitioner" over the curated "nurse"),
 * unless what it adds only grades the role ("senior"). The curated bonus is for titles of
 * the same or nearly the same length whose words merely also occur in the text.
 */
export function pickTitle<T extends Candidate>(
  matches: readonly { t: T; order: number }[],
  keepsOccupation?: (best: T, added: readonly string[]) => boolean,
): T | undefined {
  let best: { t: T; order: number } | undefined;
  for (const m of matches) if (!best || better(m.t, m.order, best.t, best.order)) best = m;
  while (best) {
    const held = new Set(best.t.keys);
    let fuller: { t: T; order: number } | undefined;
    for (const m of matches) {
      if (m.t.keys.length <= held.size || !best.t.keys.every((k) => m.t.keys.includes(k))) continue;
      if (m.t.keys.every((k) => held.has(k) || GRADE_WORDS.has(k))) continue;
      // What the fuller title adds may be a kind the best one's occupation already has a common
      // title for ("backend" of a software engineer: "backend developer"): no other occupation then.
      const added = m.t.keys.filter((k) => !held.has(k));
      if (m.t.role.code !== best.t.role.code && keepsOccupation?.(best.t, added)) continue;
      if (!fuller || better(m.t, m.order, fuller.t, fuller.order)) fuller = m;
    }
    if (!fuller) break;
    best = fuller;
  }
  return best?.t;
}

type TitleMatches = { t: IndexedTitle; order: number }[];

/**
 * Titles whose words (as `keysOf` gives them) are all among a text's words. A title matches
 * only when every one of its words is in the text, so it is enough to look at titles
 * through their rarest word: each title is filed under that one word, and a query visits
 * only the titles filed under its own words (tens instead of every O*NET title — the scan
 * took ~4 ms a turn).
 */
function titleIndex(
  titles: readonly IndexedTitle[],
  keysOf: (t: IndexedTitle, index: number) => string[],
): (present: ReadonlySet<string>) => TitleMatches {
  const keys = titles.map(keysOf);
  const frequency = new Map<string, number>();
  for (const k of keys) for (const w of new Set(k)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const byRarestKey = new Map<string, number[]>();
  keys.forEach((k, index) => {
    if (k.length === 0) return;
    const rarest = k.reduce((a, b) => (frequency.get(b)! < frequency.get(a)! ? b : a));
    const list = byRarestKey.get(rarest);
    if (list) list.push(index);
    else byRarestKey.set(rarest, [index]);
  });
  return (present) => {
    const matches: TitleMatches = [];
    for (const w of present)
      for (const index of byRarestKey.get(w) ?? [])
        if (keys[index]!.every((k) => present.has(k))) matches.push({ t: titles[index]!, order: index });
    return matches;
  };
}

const stemmer = new StemmerEn();
const stemCache = new Map<string, string>();
/** The English (Snowball) stem: "designer", "designers" and "design" are all "design". */
export function stemOf(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stemmer.stemWord(word) as string;
    if (stemCache.size < 20_000) stemCache.set(word, s);
  }
  return s;
}

/**
 * A word no title uses, read as the one title word it is a slip of the keyboard from: one
 * edit for 6-8 letters, two from 9 (shorter words have too many neighbours), same first
 * letter, and only when a single title word is that close.
 */
function spelledAsTitle(
  word: string,
  known: ReadonlySet<string>,
  byInitial: ReadonlyMap<string, readonly string[]>,
): string {
  if (known.has(word) || word.length < 6 || /\d/.test(word)) return word;
  const max = word.length >= 9 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = max + 1;
  let ties = 0;
  for (const candidate of byInitial.get(word[0]!) ?? []) {
    const d = editDistance(word, candidate, bestDistance);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
      ties = 1;
    } else if (d === bestDistance && d <= max) ties++;
  }
  return best && ties === 1 ? best : word;
}

/**
 * `extras` (data/roles/role-extras.json) adds each occupation's duties and other titles and
 * the technologies too common to ask; without it a role is its technologies alone.
 */
export function createRoleFinder(
  compiled: CompiledRoles,
  extras?: RoleExtras,
  cores?: RoleCores,
): RoleFinder {
  const generic: ReadonlySet<string> = new Set(extras?.generic ?? []);
  const titles: IndexedTitle[] = [];
  // The curated common titles first, weighted above O*NET's own titles of the same length.
  const byCode = new Map(compiled.roles.map((r) => [r.code, r]));
  for (const [title, code] of CURATED_TITLES) {
    const role = byCode.get(code);
    if (role) titles.push({ role, title, weight: CURATED_WEIGHT, keys: wordKeys(title), curated: true });
  }
  const onet = compiled.roles.flatMap((role) =>
    [[role.title, 1] as [string, number], ...role.titles].map(([title, weight]) => ({
      role,
      title,
      weight,
      keys: wordKeys(title),
      curated: false,
    })),
  );
  // A one-word title that names an activity ("Management", "Farming" among O*NET's titles of
  // other occupations) is no practitioner: "cafe manager" read through it as a military leader.
  const activity = (t: { title: string }) => /^\p{L}+(?:ment|ing)$/iu.test(t.title.trim());
  for (const t of onet) if (t.keys.length > 0 && !activity(t)) titles.push(t);
  const vague = vagueTitleWords(onet);
  const exact = titleIndex(titles, (t) => t.keys);
  // Said loosely ("UX design", "account executve"): misspelt words read as the title word
  // one or two letters away, then every word compared by its English stem, so a field's
  // name finds its practitioner's title ("design" -> designer, "nursing" -> nurse). Only
  // when no title matches word for word, so a title said exactly is never re-read.
  const stems = titles.map((t) => t.keys.map(stemOf));
  const loose = titleIndex(titles, (_, i) => stems[i]!);
  const known = new Set(titles.flatMap((t) => t.keys));
  const byInitial = new Map<string, string[]>();
  for (const w of known) byInitial.set(w[0]!, [...(byInitial.get(w[0]!) ?? []), w]);

  // A field's name said alone ("move into customer success"): the title that is those words
  // and one more ("customer success manager"), read only when nothing matches otherwise.
  let byWord: Map<string, number[]> | undefined;
  const practitionerOf = (said: readonly string[]): TitleMatches => {
    if (said.length < MIN_FIELD_WORDS) return [];
    if (!byWord) {
      byWord = new Map();
      titles.forEach((t, index) => {
        for (const k of new Set(t.keys)) byWord!.set(k, [...(byWord!.get(k) ?? []), index]);
      });
    }
    const words = new Set(said);
    const rarest = [...words].reduce((a, b) =>
      (byWord!.get(b)?.length ?? 0) < (byWord!.get(a)?.length ?? 0) ? b : a,
    );
    return (byWord.get(rarest) ?? [])
      .filter((index) => {
        const keys = titles[index]!.keys;
        return keys.length === words.size + 1 && [...words].every((w) => keys.includes(w));
      })
      .map((index) => ({ t: titles[index]!, order: index }));
  };

  const curatedTitles = titles.filter((t) => t.curated);
  // The words of each occupation's common titles: a fuller O*NET title of another occupation
  // does not take a common title's place for words its own common titles hold (pickTitle).
  const curatedWords = new Map<string, Set<string>>();
  for (const t of curatedTitles)
    curatedWords.set(t.role.code, new Set([...(curatedWords.get(t.role.code) ?? []), ...t.keys]));
  const keepsOccupation = (best: IndexedTitle, added: readonly string[]) =>
    best.curated && added.every((k) => curatedWords.get(best.role.code)?.has(k) || GRADE_WORDS.has(k));
  // A field said in one word with a rank ("UX lead", "frontend lead"): the one common title
  // that is that word and one more ("ux designer"); when several are ("data lead"), none, and
  // the choices are offered. Never for the word alone: "python" is a skill, not a developer.
  const curatedPractitionerOf = (said: readonly string[]): TitleMatches => {
    if (said.length !== 1) return [];
    const found = curatedTitles.filter((t) => t.keys.length === 2 && t.keys.includes(said[0]!));
    return new Set(found.map((t) => t.role.code)).size === 1
      ? [{ t: found[0]!, order: titles.indexOf(found[0]!) }]
      : [];
  };

  // A field named with a slip ("customer sucess"), when nothing else was found: its practitioner.
  const respeltField = (said: string[]): IndexedTitle | undefined => {
    const spelled = said.map((w) => spelledAsTitle(w, known, byInitial));
    const found = spelled.some((w, i) => w !== said[i]) ? practitionerOf(spelled) : [];
    return found.length > 0 ? pickTitle(found) : undefined;
  };

  const isTitleWord = (w: string) => {
    const keys = wordKeys(w);
    return keys.length > 0 && keys.every((k) => known.has(k));
  };
  const find = (text: string, options?: RoleFinderOptions): RoleMatch | undefined => {
    // "SWE", "DS roles": a role acronym is read with the title it stands for.
    const all = wordKeys(withRoleAcronymsSpelled(text, isTitleWord));
    const found = findTitle(all, options);
    const unranked = all.filter((w) => !RANK_WORDS.has(w));
    const picked =
      found ??
      (unranked.length > 0 && unranked.length < all.length
        ? findTitle(unranked, options, true)
        : undefined) ??
      (options?.loose === false ? undefined : respeltField(all));
    if (!picked || (!options?.vague && saidTooVaguely(picked))) return undefined;
    if (acronymReadAsWord(picked.title, text, ungradedKeys(text))) return undefined;
    const zone = picked.role.jobZone !== null ? compiled.zones[picked.role.jobZone] : undefined;
    const extra = extras?.roles[picked.role.code];
    return {
      role: picked.role,
      ...(zone ? { zone } : {}),
      matchedTitle: picked.title,
      ...(picked.curated ? { curated: true } : {}),
      ...(extra ? { extra } : {}),
      generic,
      ...(cores ? { cores } : {}),
    };
  };

  // A one-word O*NET title shared by many occupations ("Designer", "Engineer") is a guess
  // when common titles offer a choice: asked about instead (see `choices`).
  const saidTooVaguely = (t: IndexedTitle) => {
    if (t.curated) return false;
    const naming = t.keys.filter((k) => !GRADE_WORDS.has(k));
    return naming.length === 1 && vague.has(naming[0]!) && choices(naming[0]!).length >= 2;
  };

  /**
   * The common titles a vague role could mean, one per occupation, most common first: those
   * holding the words as said, or (when none does) those holding their stems
   * ("design lead": the designers).
   */
  const choices = (text: string): string[] => {
    const said = wordKeys(text).filter((w) => !RANK_WORDS.has(w));
    if (said.length === 0) return [];
    const holding = (wordsOf: (t: IndexedTitle) => string[], wanted: string[]) =>
      curatedTitles.filter((t) => wanted.every((w) => wordsOf(t).includes(w)));
    const exactly = holding((t) => t.keys, said);
    const found = exactly.length > 0 ? exactly : holding((t) => t.keys.map(stemOf), said.map(stemOf));
    const byCode = new Map<string, string>();
    for (const t of found) if (!byCode.has(t.role.code)) byCode.set(t.role.code, t.title);
    return [...byCode.values()].slice(0, MAX_CHOICES);
  };

  const findTitle = (
    said: string[],
    options?: RoleFinderOptions,
    ranked = false,
  ): IndexedTitle | undefined => {
    // An English title inside a sentence in another language ("quiero ser clinic manager"):
    // read loosely only when every word is a word of some English title, so a word of that
    // language ("analyste", "données") is never respelt or stemmed into an English one.
    if (options?.englishWordsOnly && !said.every((w) => known.has(w))) return undefined;
    const spelled = options?.loose === false ? said : said.map((w) => spelledAsTitle(w, known, byInitial));
    const exactMatches = exact(new Set(said));
    // A corrected word may complete a fuller title than the words said exactly ("nurse
    // practioner" is a nurse practitioner, not a nurse): both readings compete then.
    const corrected = spelled.some((w, i) => w !== said[i]);
    const matches =
      exactMatches.length > 0 && !corrected
        ? exactMatches
        : options?.loose === false
          ? exactMatches
          : [...exactMatches, ...loose(new Set(spelled.map(stemOf)))];
    const found = matches.length > 0 ? matches : practitionerOf(said);
    const fallback = found.length > 0 || !ranked ? found : curatedPractitionerOf(said);
    return fallback.length > 0 ? pickTitle(fallback, keepsOccupation) : undefined;
  };

  return Object.assign(find, { choices });
}
