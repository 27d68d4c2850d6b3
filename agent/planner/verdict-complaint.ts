/**
 * "this verdict is garbage", "your scores are a joke, useless bot", "ce résultat c'est n'importe
 * quoi": a complaint about the analysis in focus (or the agent) that asks for nothing. The model
 * read such a line as a request to analyse again (conv14u, a kind of blind13's misses): it is
 * answered in words — scores come from the profile and the job, and what would move them —
 * never with a tool. A question or a request in the same message ("why is it so low", "rerun it")
 * is read as before.
 */
import { type Outcome, say } from "./types.ts";

/** Words that run something down, in the chat's languages. */
const RUNS_DOWN =
  /(?<![\p{L}])(?:garbage|trash|rubbish|nonsense|bs|bullshit|b\.s\.|a joke|ridiculous|crap|crappy|useless|stupid|dumb|broken|bogus|worthless|pointless|terrible|awful|a scam|sucks|basura|una mierda|in[uú]til|rid[ií]culo|nul(?:le)?|n'importe quoi|de la merde|quatsch|schwachsinn|m[üu]ll|nutzlos|lixo|bakwas|bekaar|faltu)(?![\p{L}])/iu;
/** What is run down: the verdict, a score, the analysis, or the agent itself. */
const ABOUT =
  /(?<![\p{L}])(?:verdict|score|scores|result|results|analysis|rating|this|that|you|you'?re|u|ur|bot|robot|app|tool|ai|veredicto|resultado|puntuaci[oó]n|r[ée]sultat|note|ergebnis|bewertung|pontua[cç][aã]o)(?![\p{L}])/iu;
/** A question or request beside the complaint: then the message asks something after all. */
const ASKS =
  /\?|(?<![\p{L}])(?:why|how|what|which|rerun|re-run|again|redo|check|add|show|explain|fix|change|update|tell|give|can you|could you|pls|please|por qu[eé]|pourquoi|warum|por que|kyun)(?![\p{L}])/iu;

export function complaintAboutVerdict(raw: string, analysed: boolean): Outcome | undefined {
  const text = raw.trim();
  if (!analysed || text.split(/\s+/).length > 16) return undefined;
  if (!RUNS_DOWN.test(text) || !ABOUT.test(text) || ASKS.test(text)) return undefined;
  return say("refusal_scores");
}
