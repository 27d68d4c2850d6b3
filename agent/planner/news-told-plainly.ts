/**
 * News of a tracked application told as a plain statement, which the model read as a request to
 * list applications ("X ha rechazado mi candidatura" filtered the list by "rejected" and said none
 * was there) or could not place. A statement that names a stage or outcome (the status readers in
 * slot-words.ts, slots.ts, status-said-as-events.ts), asks nothing and names no list is news about
 * that application (conv15u, a kind of blind14's misses: Spanish and French outcomes).
 */
import { asksToSee } from "./operation-words.ts";
import { extraStatus } from "./slot-words.ts";
import type { Status } from "./slots.ts";
import { extractStatus } from "./slots.ts";

/** A question in the chat's languages: a mark, or a question word first. */
const ASKS =
  /[?¿]|^(?:what|which|how|who|when|where|do|does|did|is|are|can|could|qu[eé]|cu[aá]l\w*|c[oó]mo|quels?|quelles?|combien|welche\w*|wie|was|quais|qual|quantas?|kya|kaun|kitne)\b/iu;
/** Words that ask for the list or a count rather than tell news. */
const LIST_WORDS =
  /\b(?:list|show|see|display|how many|lista|mu[eé]strame|ens[eé]ñame|montre|affiche|zeig\w*|liste|mostra|dikhao)\b/iu;

/** The status a plain statement tells, or undefined when it asks, lists or names none. */
export function statusToldPlainly(t: string): Status | undefined {
  const text = t.trim();
  if (ASKS.test(text) || LIST_WORDS.test(text) || asksToSee(text)) return undefined;
  const status = extraStatus(text) ?? extractStatus(text);
  return status === "applied" || status === "saved" ? undefined : status;
}
