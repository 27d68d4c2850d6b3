/**
 * "What should I say when they ask why I want to leave?": the question the person names, found in
 * the bank's field-neutral set so its key points can be shown and the answer practised. Only that
 * set: the questions people name by heart (why leaving, greatest weakness, salary expectations)
 * are asked in every field.
 *
 * Not the topic search (search.ts): it strips asking words, which here are the question itself
 * ("tell me about yourself" became "yourself" and found "where do you see yourself"; "do you have
 * any questions for us" became nothing). A named question is compared whole with each question's
 * text, by meaning (the configured embedder, as stored in pgvector) and by the share of its words
 * the question has. Nothing when neither is close: "how do I answer questions on hash maps" must
 * not get "why are you leaving".
 */
import { StemmerEn } from "@nlpjs/lang-en-min";
import { GENERAL_ROLE } from "../../data/questions/roles.ts";
import type { InterviewQuestion } from "../../data/questions/types.ts";
import { isZeroVector } from "../../data/repositories/questions.ts";
import type { Asker } from "./bookmarks.ts";
import type { InterviewContext } from "./context.ts";

/**
 * A named question's nearest text by meaning scored 0.35-0.58 with the offline embedder, a topic
 * the set lacks 0.06-0.25 (asked-question.int.test.ts lists both kinds).
 */
const MIN_MEANING = 0.33;
/** Or most of its words in the question's text: named nearly word for word. */
const MIN_WORDS = 0.75;

const stemmer = new StemmerEn();
/** Every word, asking words too (they are the question here), by its Porter2 stem: leave ~ leaving. */
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => stemmer.stemWord(w) as string);

/** Share of the asked words the question's text has. */
function wordShare(asked: string[], text: string): number {
  if (asked.length === 0) return 0;
  const has = new Set(words(text));
  return asked.filter((w) => has.has(w)).length / asked.length;
}

export async function askedQuestion(
  ic: InterviewContext,
  asker: Asker,
  asked: string,
): Promise<InterviewQuestion | undefined> {
  const [vector] = await ic.embedder.embed([asked]);
  return (
    (await nearestNamed(
      ic,
      asked,
      vector,
      { role: GENERAL_ROLE, organizationId: asker.organizationId },
      false,
    )) ??
    // A field's own named question ("walk me through your portfolio", trial14 §8: "no question
    // like that"): any set, but only when it is close both by meaning and by most of its words.
    (await nearestNamed(ic, asked, vector, { organizationId: asker.organizationId }, true))
  );
}

async function nearestNamed(
  ic: InterviewContext,
  asked: string,
  vector: number[] | undefined,
  filters: { role?: string; organizationId: string | null },
  both: boolean,
): Promise<InterviewQuestion | undefined> {
  const pool = await ic.questions.list(filters, 2000);
  const meaning = new Map<string, number>();
  if (vector && !isZeroVector(vector)) {
    const near = await ic.questions.candidates({ vector, filters, perPart: Math.min(pool.length, 200) });
    for (const c of near) meaning.set(c.question.id, c.vectorScore || 0);
  }
  const said = words(asked);
  let best: { question: InterviewQuestion; score: number } | undefined;
  for (const question of pool) {
    const m = meaning.get(question.id) ?? 0;
    const w = wordShare(said, question.text);
    const close = both ? m >= MIN_MEANING && w >= MIN_WORDS : m >= MIN_MEANING || w >= MIN_WORDS;
    if (!close) continue;
    const score = m + w;
    if (!best || score > best.score) best = { question, score };
  }
  return best?.question;
}
