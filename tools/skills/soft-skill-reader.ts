/**
 * The soft-skill reader: finds soft skills in what a line says someone did or will do, with the
 * words that show it. "Trained 6 new sales reps on discovery calls" is mentoring (ESCO "train
 * employees": a person is trained); "Negotiated multi-year contracts" is negotiation; "You will
 * coach a team of account executives" asks mentoring. The cues (verb lemma + the objects it
 * takes) are compiled from ESCO's labels by scripts/build-soft-skill-reader.ts into
 * data/soft-skills/reader.json. A bare list ("Communication, Teamwork") has no behaviour in it
 * and gives nothing: naming a skill is the extractor's business (extract.ts), not evidence.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

interface ReaderCue {
  skills: string[];
  objects: "*" | string[];
}

interface ReaderData {
  persons: string[];
  cues: Record<string, ReaderCue[]>;
}

export interface SoftSkillHit {
  skillId: string;
  /** The words that show it: the verb through its object ("Trained 6 new sales reps"). */
  phrase: string;
}

const DATA_FILE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../data/soft-skills/reader.json",
);

let loaded: { cues: Map<string, ReaderCue[]>; persons: Set<string> } | undefined;

function data() {
  if (!loaded) {
    const raw = JSON.parse(readFileSync(DATA_FILE, "utf8")) as ReaderData;
    loaded = { cues: new Map(Object.entries(raw.cues)), persons: new Set(raw.persons) };
  }
  return loaded;
}

/** Past forms that do not follow the rules below. */
const IRREGULAR: Readonly<Record<string, string>> = {
  led: "lead",
  taught: "teach",
  spoke: "speak",
  spoken: "speak",
  wrote: "write",
  written: "write",
  made: "make",
  drew: "draw",
  drawn: "draw",
  swayed: "sway",
};

/** Base forms a word may be of ("trained" -> train, "negotiated" -> negotiate, "planned" -> plan). */
export function baseForms(word: string): string[] {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return [IRREGULAR[w]];
  const out = [w];
  const stem = (suffix: string) =>
    w.endsWith(suffix) && w.length > suffix.length + 2 ? w.slice(0, -suffix.length) : "";
  for (const suffix of ["ed", "ing", "es", "s"]) {
    const s = stem(suffix);
    if (!s) continue;
    out.push(s, `${s}e`);
    if (/([bdgklmnprt])\1$/.test(s)) out.push(s.slice(0, -1));
    if (s.endsWith("i")) out.push(`${s.slice(0, -1)}y`);
  }
  return out;
}

/** Singular of a noun, as the build stores objects. */
function nounForms(word: string): string[] {
  const w = word.toLowerCase();
  const out = [w];
  if (w.endsWith("ies")) out.push(`${w.slice(0, -3)}y`);
  if (/(ches|shes|xes|sses)$/.test(w)) out.push(w.slice(0, -2));
  if (w.endsWith("s") && !w.endsWith("ss")) out.push(w.slice(0, -1));
  if (w === "people" || w === "salespeople") out.push("person");
  return out;
}

/** A verb followed by this word says what something caused, not what someone did ("led to 15% more replies"). */
const RESULT_SENSE: Readonly<Record<string, string>> = { lead: "to" };

/** How far after the verb its object may sit ("trained 6 new sales reps on"). */
const OBJECT_WINDOW = 6;
/** Clause breaks: an object never lies beyond one. */
const CLAUSE = /[.;:!?•|\n]/;

const WORD = /[A-Za-z][A-Za-z'-]*|[.;:!?•|\n]/g;

/** A profile's lines are read once for every soft skill an analysis looks for, and again per job. */
const CACHE_LIMIT = 5_000;
const cache = new Map<string, SoftSkillHit[]>();

/** Soft skills a text shows through behaviour, each with the words that show it. */
export function readSoftSkills(text: string): SoftSkillHit[] {
  const cached = cache.get(text);
  if (cached) return cached;
  const hits = read(text);
  cache.set(text, hits);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  return hits;
}

function read(text: string): SoftSkillHit[] {
  const { cues, persons } = data();
  const tokens = [...text.matchAll(WORD)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const hits: SoftSkillHit[] = [];
  const seen = new Set<string>();
  tokens.forEach((t, i) => {
    if (CLAUSE.test(t.word)) return;
    // A capitalised word inside a sentence is part of a name or title ("Marketing Leads",
    // "Safety Training Program"), not something done.
    if (i > 0 && !CLAUSE.test(tokens[i - 1]!.word) && /^[A-Z]/.test(t.word)) return;
    for (const base of baseForms(t.word)) {
      for (const cue of cues.get(base) ?? []) {
        let end = t.end;
        if (RESULT_SENSE[base] === tokens[i + 1]?.word.toLowerCase()) continue;
        if (cue.objects !== "*") {
          const wanted = cue.objects;
          let found = -1;
          for (let j = i + 1; j < tokens.length && j <= i + OBJECT_WINDOW; j++) {
            if (CLAUSE.test(tokens[j]!.word)) break;
            const forms = nounForms(tokens[j]!.word);
            if (forms.some((f) => wanted.includes(f) || (wanted.includes("@person") && persons.has(f)))) {
              found = j;
              break;
            }
          }
          if (found < 0) continue;
          end = tokens[found]!.end;
        }
        for (const skillId of cue.skills) {
          if (seen.has(skillId)) continue;
          seen.add(skillId);
          hits.push({ skillId, phrase: text.slice(t.start, end) });
        }
      }
    }
  });
  return hits;
}
