/**
 * "I also worked as a bank teller at First Union for 3 years, it's not on my resume", "forgot
 * to mention I was a receptionist at a dental office for 2 yrs, not on the cv": a past job the
 * resume left out, told so it is added — an experience entry (conv12o, a blind5 class: read as
 * asking to misstate one's years — "don't stretch your years" — or as an application logged).
 * Asking whether one may add it ("can I put it on my resume?") is not telling it.
 */
import { call, type Outcome } from "./types.ts";

/** The resume said to lack it, in the chat's languages. */
const NOT_ON_RESUME =
  /\b(?:(?:is|it'?s|that'?s|its|thats|was|wasn'?t|isn'?t)\s+)?(?:not|never)\s+(?:on|in|listed\s+on)\s+(?:my|the)\s+(?:resume|cv|r[ée]sum[ée])\b|\b(?:missing|left\s+off|left\s+out)\s+(?:from|of)?\s*(?:my|the)\s+(?:resume|cv)\b|\bno\s+(?:est[aá]|aparece)\s+en\s+mi\s+(?:cv|curr[ií]culum)\b|\bpas\s+(?:sur|dans)\s+mon\s+cv\b|\bnicht\s+(?:im|in\s+meinem)\s+lebenslauf\b|\bn[aã]o\s+(?:est[aá]\s+)?(?:no|em)\s+meu\s+curr[ií]culo\b/i;

/** A job held, said in the past: "I (also) worked as …", "I was a … at …", "trabajé como …". */
const PAST_JOB =
  /\b(?:i\s+(?:also\s+)?(?:worked|was|interned|volunteered)\s+(?:as|at|for|an?)\b|i'?ve\s+(?:also\s+)?worked\s+(?:as|at)\b|trabaj[eé]\s+(?:como|de|en)\b|j'?ai\s+(?:aussi\s+)?travaill[eé]\s+(?:comme|chez)\b|ich\s+(?:habe\s+)?(?:auch\s+)?(?:als|bei)\s+\S+.*gearbeitet\b|trabalhei\s+(?:como|na|no|em)\b)/i;

/** Asking leave rather than telling ("can I add …?", "should I put …"). */
const ASKS = /\b(?:can|could|should|may|shall)\s+i\b|\bis\s+it\s+(?:ok|okay|fine|bad)\b|\?\s*$/i;

export function jobMissingFromResume(raw: string): Outcome | undefined {
  if (!NOT_ON_RESUME.test(raw) || !PAST_JOB.test(raw) || ASKS.test(raw)) return undefined;
  return { calls: [call("add_profile_entry", { kind: "experience", text: raw.trim().slice(0, 2000) })] };
}
