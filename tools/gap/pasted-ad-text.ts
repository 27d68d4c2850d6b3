/**
 * A resume that repeats the job ad's own sentences word for word ("Five or more years of payroll
 * processing for employers with 500+ staff" pasted into a summary) says
 * nothing about the person: a copied sentence is no evidence of having done it. Before the
 * analysis reads a profile against an ad, every run of resume text that copies most of one of
 * the ad's sentences (near-verbatim: at least COPIED_SHARE of its words, in order, as shared
 * word triples) is taken out of the summary, headline, bullets and project descriptions, and a
 * skill whose only evidence was such a sentence is left as a name the resume lists (no years,
 * no stated level) — the same as a keyword list, which can earn partial credit but no
 * evidence. Short ad phrases ("SQL Server", "strong communication") are not sentences and are
 * never matched: sharing a skill's name with an ad is what a fitting resume does.
 */
import type { EducationEntry, ProfileSnapshot, UserSkill } from "../../contract/profile.ts";
import type { JobPosting } from "../jobs/types.ts";

/** An ad sentence shorter than this many words is a phrase, not something a resume could paste. */
const MIN_SENTENCE_WORDS = 5;
/**
 * Share of an ad sentence's words a resume run must repeat, in order, to be a copy of it: three
 * quarters, so an 8-word ask pasted with its opening words dropped ("Hands-on experience with
 * automated testing using Java" -> "I bring experience with automated testing using Java") is
 * still the ad's (0.8 missed it on an outside dev pair, branch robust13f).
 */
const COPIED_SHARE = 0.75;
/** A run this long repeated from one ad sentence is a copy, however long that sentence is. */
const LONG_RUN = 8;
/** Words of the resume run that may differ between shared triples (a dropped comma-word, "and"). */
const MAX_GAP = 2;

const WORD = /[\p{L}\p{N}+#]+/gu;

interface Word {
  word: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    word: m[0].toLowerCase(),
    start: m.index!,
    end: m.index! + m[0].length,
  }));
}

const triple = (ws: readonly Word[], i: number) => `${ws[i]!.word} ${ws[i + 1]!.word} ${ws[i + 2]!.word}`;

/** The ad's sentences as word-triple lookups: triple -> the sentences (by index) that hold it. */
interface AdShingles {
  sizes: number[];
  /** Each sentence's words joined by single spaces, padded with a space at both ends. */
  texts: string[];
  triples: Map<string, number[]>;
}

/** Every sentence the analysis reads from the ad: its requirement lines, duties and quoted asks. */
function adSentences(job: JobPosting): string[] {
  return [
    ...(job.requirementLines ?? []).map((l) => l.text),
    ...job.responsibilities,
    ...job.skills.map((s) => s.evidence),
    ...job.experience.map((e) => e.evidence),
    ...(job.education ? [job.education.evidence] : []),
    ...job.culture,
  ].flatMap((t) => (t ?? "").split(/(?<=[.!?;])\s+|\s*[\n•]\s*/));
}

const shinglesByJob = new WeakMap<JobPosting, AdShingles>();

function shinglesOf(job: JobPosting): AdShingles {
  const known = shinglesByJob.get(job);
  if (known) return known;
  const sizes: number[] = [];
  const texts: string[] = [];
  const triples = new Map<string, number[]>();
  const seen = new Set<string>();
  for (const sentence of adSentences(job)) {
    const ws = wordsOf(sentence);
    const key = ws.map((w) => w.word).join(" ");
    if (ws.length < MIN_SENTENCE_WORDS || seen.has(key)) continue;
    seen.add(key);
    const at = sizes.push(ws.length) - 1;
    texts.push(` ${key} `);
    for (let i = 0; i + 2 < ws.length; i++) {
      const t = triple(ws, i);
      const list = triples.get(t) ?? [];
      if (list.at(-1) !== at) list.push(at);
      triples.set(t, list);
    }
  }
  const built = { sizes, texts, triples };
  shinglesByJob.set(job, built);
  return built;
}

/**
 * A resume sentence that is mostly the ad's words: at least PARAPHRASE_SHARE of its words sit
 * in word triples the ad also has, and at least PARAPHRASE_WORDS of them. It catches a copy
 * edited at its edges ("I bring …") of a piece cut from a long ad sentence, which repeats too
 * little of that sentence for the test above. Both thresholds were measured on the real
 * resumes of the dev, team and outside-style pairs against their own ads (eval/paste-overlap.ts):
 * no sentence a person wrote reaches them, though many share skill names and phrases with the ad
 * (nearest: 40% of 15 words). 0.6 caught the same pasted sentences but also a plain summary line
 * against a one-line ad ("Java developer with 5 years of experience …" vs "… a Java Developer
 * with 3+ years of experience in Java": 6 of 10 words in shared triples; experience.test.ts),
 * so the share is 0.7, which loses no pasted sentence 0.6 caught on the measured pairs.
 */
const PARAPHRASE_SHARE = 0.7;
const PARAPHRASE_WORDS = 5;

/**
 * Per resume sentence (cut at sentence ends, bullets and quote marks, so a parser's quote
 * `described: "…"` is read as its quoted sentence): its words, and how many of them sit in a
 * word triple the ad has.
 */
export function adOverlap(
  text: string,
  job: JobPosting,
): { start: number; end: number; words: number; covered: number }[] {
  const ad = shinglesOf(job);
  const out: { start: number; end: number; words: number; covered: number }[] = [];
  for (const m of text.matchAll(/[^.!?;\n•▪●"]+[.!?;]?/gu)) {
    const ws = wordsOf(m[0]);
    if (ws.length < 3) continue;
    const covered = new Set<number>();
    for (let i = 0; i + 2 < ws.length; i++)
      if (ad.triples.has(triple(ws, i)))
        covered
          .add(i)
          .add(i + 1)
          .add(i + 2);
    out.push({
      start: m.index! + ws[0]!.start,
      end: m.index! + ws.at(-1)!.end,
      words: ws.length,
      covered: covered.size,
    });
  }
  return out;
}

/** Character ranges of `text` that copy one of the ad's sentences near-verbatim. */
export function pastedRanges(text: string, job: JobPosting): [number, number][] {
  const ad = shinglesOf(job);
  const ws = wordsOf(text);
  if (ad.sizes.length === 0 || ws.length < 3) return [];
  const ranges: [number, number][] = adOverlap(text, job)
    .filter((s) => s.covered >= PARAPHRASE_WORDS && s.covered >= PARAPHRASE_SHARE * s.words)
    .map((s) => [s.start, s.end]);
  // For each ad sentence, the resume word positions covered by triples it shares.
  const covered = new Map<number, Set<number>>();
  for (let i = 0; i + 2 < ws.length; i++)
    for (const s of ad.triples.get(triple(ws, i)) ?? []) {
      const set = covered.get(s) ?? new Set<number>();
      set
        .add(i)
        .add(i + 1)
        .add(i + 2);
      covered.set(s, set);
    }
  for (const [s, set] of covered) {
    const positions = [...set].sort((a, b) => a - b);
    // Runs of covered words with small gaps; a run repeating most of the sentence is a copy.
    let from = 0;
    for (let k = 1; k <= positions.length; k++) {
      if (k < positions.length && positions[k]! - positions[k - 1]! <= MAX_GAP + 1) continue;
      if (k - from >= Math.min(COPIED_SHARE * ad.sizes[s]!, LONG_RUN))
        ranges.push([ws[positions[from]!]!.start, ws[positions[k - 1]!]!.end]);
      from = k;
    }
  }
  // Overlapping finds of one passage (both tests, or two ad sentences) are one range.
  const merged: [number, number][] = [];
  for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** `text` with the runs that copy the ad taken out (undefined when nothing of it is left). */
function withoutPasted(text: string, job: JobPosting): string | undefined {
  const ranges = pastedRanges(text, job).sort((a, b) => a[0] - b[0]);
  if (ranges.length === 0) return text;
  let out = "";
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) out += text.slice(at, start);
    at = Math.max(at, end);
  }
  out = `${out}${text.slice(at)}`
    .replace(/\s+([.,;:!?])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
  return /[\p{L}\p{N}]/u.test(out) ? out : undefined;
}

/**
 * A degree read from the ad's own words: no school and no dates, and its name is written, word
 * for word, in one of the ad's sentences ("Bachelor's degree in Computer Science" cut from
 * "Bachelor's degree in Computer Science or related field"). A degree a person holds comes with
 * where or when.
 */
function copiedDegree(entry: EducationEntry, job: JobPosting): boolean {
  if (entry.institution?.trim() || entry.start || entry.end) return false;
  const said = (text: string | undefined) => {
    const words = wordsOf(text ?? "").map((w) => w.word);
    return words.length >= 3 ? ` ${words.join(" ")} ` : undefined;
  };
  const names = [said(entry.degree), said([entry.degree, entry.field].filter(Boolean).join(" "))];
  const texts = shinglesOf(job).texts;
  return names.some((n) => n !== undefined && texts.some((t) => t.includes(n)));
}

const SKILL_NOTE = "named only in sentences copied from the job ad";

/** A skill whose only mention was a sentence copied from the ad: the ad's word, not the person's. */
export function copiedFromAd(s: UserSkill): boolean {
  return s.proficiencyReason === SKILL_NOTE;
}

/** The phrase a stated level was read from ('stated: stated "Hands-on"' -> "hands-on"). */
const statedPhrase = (s: UserSkill) => /stated "([^"]+)"/.exec(s.proficiencyReason)?.[1]?.toLowerCase();

/** The skill as a name the resume lists: nothing it did stands behind it. */
function listedOnly(s: UserSkill): UserSkill {
  const { years: _, lastUsed: __, ...rest } = s;
  return {
    ...rest,
    evidence: [],
    proficiency: "beginner",
    proficiencyReason: SKILL_NOTE,
    proficiencyStated: false,
    validated: false,
  };
}

/**
 * Skills read from the resume with what the copied sentences gave them taken away: an evidence
 * line that names the skill only inside a copy is dropped; a skill left with none is a listed
 * name; a level "stated" by the phrase of a copied sentence that names the skill ("Hands-on
 * payroll processing…") is no statement of the person's.
 */
/** The first of the person's own lines that names the skill (the parser quotes only its first mention). */
function ownLineNaming(name: string, ownTexts: readonly string[]): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  const word = new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, "i");
  return ownTexts.find((t) => word.test(t));
}

function skillsWithoutCopies(
  skills: UserSkill[],
  job: JobPosting,
  ownTexts: readonly string[],
): { skills: UserSkill[]; changed: number } {
  // What the person said in chat or typed in is theirs; a parsed resume's evidence is read.
  const read = (s: UserSkill) => s.source !== "manual" && s.source !== "chat";
  const copiedLines = new Set<string>();
  const kept = new Map<UserSkill, string[]>();
  for (const s of skills.filter(read)) {
    const own = s.evidence.filter((line) => {
      if (pastedRanges(line, job).length === 0) return true;
      copiedLines.add(line.toLowerCase());
      return (withoutPasted(line, job)?.toLowerCase() ?? "").includes(s.name.toLowerCase());
    });
    kept.set(s, own);
  }
  let changed = 0;
  const out = skills.map((s) => {
    const own = kept.get(s);
    if (!own) return s;
    if (own.length < s.evidence.length) {
      changed++;
      if (own.length > 0) return { ...s, evidence: own };
      // The copy came first and took the quote; the person's own line naming it still stands.
      const line = ownLineNaming(s.name, ownTexts);
      return line ? { ...s, evidence: [line.slice(0, 300)] } : listedOnly(s);
    }
    const phrase = statedPhrase(s);
    const name = s.name.toLowerCase();
    // The phrase and the name together in a copied line, or in one of the ad's own sentences
    // ("very strong interpersonal skills"): a level word with nothing done behind it, said in
    // the ad's words, is the ad's, not the person's (the copy itself may sit in no profile line).
    const said = (l: string) => l.includes(phrase!) && l.includes(name);
    const statedByCopy =
      s.evidence.length === 0 &&
      s.proficiencyStated &&
      phrase !== undefined &&
      ([...copiedLines].some(said) || shinglesOf(job).texts.some(said));
    if (!statedByCopy) return s;
    changed++;
    return listedOnly(s);
  });
  return { skills: out, changed };
}

export interface PastedAdText {
  profile: ProfileSnapshot;
  /** How many resume passages copied the ad (0: the profile is returned unchanged). */
  passages: number;
}

/** The profile with every near-verbatim copy of the ad's sentences read as no evidence. */
export function withoutPastedAdText(profile: ProfileSnapshot, job: JobPosting): PastedAdText {
  let passages = 0;
  const clean = (text: string | undefined): string | undefined => {
    if (!text) return text;
    const out = withoutPasted(text, job);
    if (out !== text) passages++;
    return out;
  };
  const summary = clean(profile.summary);
  const headline = clean(profile.headline);
  const experience = profile.experience.map((e) => ({
    ...e,
    bullets: e.bullets.map(clean).filter((b): b is string => b !== undefined),
  }));
  const projects = profile.projects.map((p) => {
    const description = clean(p.description);
    const { description: _, ...rest } = p;
    return description ? { ...rest, description } : rest;
  });
  const education = profile.education.filter((e) => !copiedDegree(e, job));
  passages += profile.education.length - education.length;
  const ownTexts = [
    summary,
    headline,
    ...experience.flatMap((e) => [e.title, ...e.bullets]),
    ...projects.map((p) => [p.name, "description" in p ? p.description : undefined].join(" ")),
  ].filter((t): t is string => !!t);
  const read = skillsWithoutCopies(profile.skills, job, ownTexts);
  passages += read.changed;
  const skills = read.skills;
  if (passages === 0) return { profile, passages };
  const { summary: _s, headline: _h, ...rest } = profile;
  return {
    profile: {
      ...rest,
      ...(summary ? { summary } : {}),
      ...(headline ? { headline } : {}),
      education,
      experience,
      projects,
      skills,
    },
    passages,
  };
}
