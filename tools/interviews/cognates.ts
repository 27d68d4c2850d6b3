/**
 * A topic word said in Spanish, French, Portuguese or German whose English cognate the bank uses:
 * "consentimiento" -> "consent", "informado" -> "informed", "clínicos" -> "clinical". The bank is
 * written in English and the offline embedder reads English words, so "ensayos clínicos …
 * consentimiento informado" found nothing (trial14 §8). A word the bank does not use gets the bank's
 * word whose stem it starts with (five letters or more, at least ~half the word): the shared stem
 * of a cognate. Words the bank uses, and words with no cognate in it, stay as written. Only the
 * search reads the result; the topic said back is the person's own words.
 */
import { loadGlovePack } from "../../data/embeddings/glove-pack.ts";
import { loadQuestionBank } from "../../data/questions/load.ts";
import { senseStem, senseWords } from "./sense-index.ts";

const MIN_STEM = 5;
const MIN_SHARE = 0.45;

let vocabulary: Map<string, string> | undefined;

/** The shipped bank's stems, each with a word as the bank writes it. */
function bankVocabulary(): Map<string, string> {
  if (vocabulary) return vocabulary;
  const out = new Map<string, string>();
  for (const q of loadQuestionBank().questions)
    for (const w of senseWords([q.text, ...q.keyPoints].join(" ")))
      if (/^[a-z]+$/.test(w) && !out.has(senseStem(w))) out.set(senseStem(w), w);
  vocabulary = out;
  return out;
}

const plain = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");

/** A word of the offline English vocabulary ("accessibility") is searched as it is. */
function isEnglish(word: string): boolean {
  try {
    return loadGlovePack().index.has(word.toLowerCase().replace(/[^\p{L}]/gu, ""));
  } catch {
    return false;
  }
}

/**
 * "interveiw", "questons": one letter swapped, dropped or doubled from an English word is that
 * word misspelt, not another language's ("interveiw" became "inter" and turned a request for
 * questions into a topic).
 */
function misspeltEnglish(core: string): boolean {
  const near = new Set<string>();
  for (let i = 0; i < core.length; i++) {
    near.add(core.slice(0, i) + core.slice(i + 1));
    if (i + 1 < core.length) near.add(core.slice(0, i) + core[i + 1] + core[i] + core.slice(i + 2));
    for (const c of "abcdefghijklmnopqrstuvwxyz") near.add(core.slice(0, i) + c + core.slice(i));
  }
  for (const w of near) if (w !== core && w.length > MIN_STEM && isEnglish(w)) return true;
  return false;
}

/** The bank's cognate of a word it does not use, or undefined. */
function cognate(word: string, vocab: Map<string, string>): string | undefined {
  const core = plain(word);
  if (core.length < MIN_STEM + 2 || vocab.has(senseStem(core)) || isEnglish(word)) return undefined;
  if (misspeltEnglish(core)) return undefined;
  let best: string | undefined;
  for (const stem of vocab.keys())
    if (
      stem.length >= MIN_STEM &&
      stem.length >= core.length * MIN_SHARE &&
      core.startsWith(stem) &&
      (!best || stem.length > best.length)
    )
      best = stem;
  return best ? vocab.get(best) : undefined;
}

/** The text with each word the bank does not use put as its cognate ("consentimiento" -> "consent"). */
export function withBankCognates(text: string): string {
  const vocab = bankVocabulary();
  return text
    .split(/\s+/)
    .map((token) => {
      const found = cognate(token, vocab);
      return found ?? token;
    })
    .join(" ");
}
