/**
 * "how did I do?", "was that any good?", "what's my score?" right after a practice answer ask
 * for that answer's score again, not a generic hint (trial 2026-12-06 F13, sdet and paths); so do
 * "how would you grade me on this?", "rate me", "what would you give that out of 10?" (conv16u).
 * Only the whole message, and only with a practice question in focus: after a fit check the
 * same words ask about the fit (the model's reading stays).
 */
import type { Focus } from "../graph/focus.ts";
import { asksRecapOfAnswers } from "./answers-recap-asked.ts";
import { call, type Outcome } from "./types.ts";

const HOW_DID_I_DO =
  /^(?:(?:so|ok(?:ay)?|and|well|hmm+|alright|right)[\s,!.]+)*(?:how(?:'d|’d| did|d) i (?:do|go)(?: (?:on|with|in) (?:that|it|this|the|my)(?: (?:last|latest|previous|final))?(?: (?:one|answer|question|response|try|attempt))?)?|how (?:would|will|do|did) you (?:grade|rate|score|mark|judge) (?:me|my answer|that|this|it)(?: on (?:that|it|this)(?: one)?)?|(?:grade|rate|score|mark) me(?: on (?:that|it|this)(?: one)?)?|what would you (?:give|score|rate) (?:me|that|this|it)(?: out of (?:\d+|ten))?|how(?:'d| did) (?:that|it|my (?:last |latest |previous )?(?:answer|response|reply)) (?:go|score|rate|do)|what did my (?:last |latest )?(?:answer|response) (?:get|score)|c'[ée]tait comment(?: ma (?:derni[eè]re )?r[ée]ponse)?|qu[eé] tal (?:estuvo |fue )?mi (?:[uú]ltima )?respuesta|wie war meine (?:letzte )?antwort|como foi (?:a )?minha (?:[uú]ltima )?resposta|how (?:was|is) (?:that|it|my answer)|how did i score|what(?:'s| is| was) my score|what (?:score )?did i (?:get|score)|did i do (?:ok|okay|well|good|alright|fine)|(?:was|is) (?:that|it|my answer) (?:ok|okay|good|any good|alright|fine)|my score\??|score\??|c[oó]mo lo hice|c[oó]mo me fue|qu[eé] tal lo hice|comment j'ai fait|c'[ée]tait comment|wie war (?:ich|das|meine antwort)|como (?:eu )?me sa[ií]|como foi)[\s?!.]*$/iu;

/**
 * A practice answer named outright ("my last practice answer", "the mock interview answer",
 * "mi respuesta de práctica"): with its score or how it went asked, the recap in any topic
 * (conv13u: asked with nothing in focus, it was asked back which analysis was meant).
 */
const PRACTICE_ANSWER =
  /\b(?:practice|mock|training)\s+(?:interview\s+)?(?:answers?|responses?|replies|reply|rounds?|sessions?)\b|\binterview\s+(?:practice\s+)?answers?\b|\brespuestas?\s+de\s+(?:pr[aá]ctica|entrenamiento)|\br[ée]ponses?\s+d['’]entra[iî]nement|[üu]bungsantwort|\brespostas?\s+de\s+treino|\bpractice\s+(?:ka|ke|ki)\s+(?:answer|jawab)/iu;
// A recap asked by name ("recap my last practice round", "un bilan de mes réponses d'entraînement"; conv15u).
const HOW_IT_WENT =
  /\b(?:recap\w*|summar\w*|rundown|debrief|review|go over|resumen|r[ée]cap\w*|bilan|zusammenfassung|r[üu]ckblick|resumo|score[ds]?|grade[ds]?|marks?|points?|rating|rated|how (?:did|'d) i do|how did (?:it|that|they) go|how (?:was|were) (?:it|they)|feedback|nota|puntuaci[oó]n|note|bewert\w*|punkte|pontua[cç][aã]o)\b/iu;

/** The recap of the latest practice answer when the whole message asks how it went. */
export function practiceRecapAsked(raw: string, focus: Focus): Outcome | undefined {
  if (PRACTICE_ANSWER.test(raw) && HOW_IT_WENT.test(raw) && raw.split(/\s+/).length <= 16)
    return { calls: [call("practice_recap", {})] };
  const asks = HOW_DID_I_DO.test(raw.trim()) || asksRecapOfAnswers(raw); // "feedback on my answers so far"
  if (!focus.questionId || focus.topic !== "question" || !asks) return undefined;
  return { calls: [call("practice_recap", {})] };
}
