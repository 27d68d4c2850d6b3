/**
 * The recap of the practice so far asked in other words than "how did I do?": about the answers
 * given ("how did I do on my answers so far?", "give me feedback on how I've been answering",
 * "how am I doing overall with these?"), in the chat's languages. While a question waited for
 * its answer, the first was scored as that answer (0/100) and the second got a hint (conv12t, a
 * kind of blind10's misses). Read only with a practice question in focus; short messages only,
 * so an answer that mentions feedback stays an answer.
 */
import type { Focus } from "../graph/focus.ts";
import { call, type Outcome } from "./types.ts";

/** The answers given so far, or how they were given, named. */
const ANSWERS_SO_FAR =
  /\b(?:(?:my|the|these|those|all my)\s+(?:answers|responses|replies)|(?:my|the|that)\s+(?:last|latest|previous|earlier)\s+(?:answer|response|reply)|(?:ma|mi|meine|minha)\s+(?:derni[eè]re\s+|[uú]ltima\s+|letzte\s+)?(?:r[ée]ponse|respuesta|antwort|resposta)|how i(?:'ve| have)? (?:been )?(?:answer(?:ed|ing)|respond(?:ed|ing)|doing)|so far|overall|until now|up to now)\b/i;
/** Asking how it went, or for feedback on it. */
const HOW_OR_FEEDBACK =
  /\b(?:how (?:did|do|am|have|'?ve) i|how(?:'s| is| are) (?:it|my|i)|feedback|review|recap|summary|sum up|rate|grade|score|verdict|how (?:well|good|bad)|how(?:'d|’d|d) (?:i|it|my)|comment|c[oó]mo|qu[eé] tal|wie|como|kaisa|kaise)\b/i;

/** The same in Spanish, French, German, Portuguese and Hindi in Latin script. */
const ELSEWHERE =
  /(?<![\p{L}])(?:c[oó]mo (?:voy|lo estoy haciendo|me (?:ha|está) ido)|c[oó]mo (?:fueron|van) mis respuestas|(?:dame|quiero) (?:un )?(?:feedback|comentarios|una valoraci[oó]n) (?:de|sobre) mis respuestas|comment (?:je m'en sors|[çc]a se passe|sont mes r[ée]ponses)|(?:un )?(?:retour|bilan) sur mes r[ée]ponses|wie (?:mache ich mich|l[äa]uft(?:'s| es)|waren meine antworten|sind meine antworten)|(?:feedback|r[üu]ckmeldung) zu meinen antworten|como (?:estou indo|eu estou me saindo|foram minhas respostas|est[aã]o minhas respostas)|(?:me d[aáê]|quero) (?:um )?(?:feedback|retorno) (?:das|sobre as|sobre minhas) respostas|mere (?:answers|jawab) kaise (?:the|hain|rahe))(?![\p{L}])/iu;

/**
 * "how'd I do?", "howd i do on that one": the whole message asking how it went, with the
 * contraction people type (conv12u, a kind of blind11's misses: it was scored as the answer).
 */
const HOW_D_I_DO =
  /^(?:(?:so|ok(?:ay)?|and|well|hm+|alright)[\s,!.]+)*how(?:'d|’d|d| did) i (?:do|go)(?: on (?:that|it|this|those|these)(?: ones?)?)?(?: then| there| so far)?[\s?!.]*$/i;

/** Whether a short message asks how the practice answers went so far. */
export function asksRecapOfAnswers(raw: string): boolean {
  const t = raw.trim();
  if (t.split(/\s+/).length > 14) return false;
  return HOW_D_I_DO.test(t) || ELSEWHERE.test(t) || (ANSWERS_SO_FAR.test(t) && HOW_OR_FEEDBACK.test(t));
}

/** practice_recap when the message asks for it and a practice question is in focus. */
export function answersRecapAsked(raw: string, focus: Focus): Outcome | undefined {
  if (!focus.questionId || focus.topic !== "question" || !asksRecapOfAnswers(raw)) return undefined;
  return { calls: [call("practice_recap", {})] };
}
