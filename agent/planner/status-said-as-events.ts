/**
 * News of an application said as what happened rather than with a stage's name: the employer
 * "wants a call", "asked for a quick chat", "quiere una llamada"; the person "got a no",
 * "recebi um não", "j'ai eu un non", "hab ein Nein bekommen". The application was found and
 * the person was asked "What happened with X: a phone screen, an interview …?" although the
 * message said it (conv12s, a kind of blind9's misses). Read on the normalised, lower-cased text
 * only after the stage words (slot-words.ts, slots.ts) found nothing.
 */
import type { Status } from "./slots.ts";

/** A "no" received, in the chat's languages: the application was turned down. */
const A_NO_RECEIVED =
  /(?<![\p{L}])(?:(?:got|get|received|had|gotten|getting)\s+(?:a|another|the|my)\s+(?:no|nope|thanks but no thanks)|(?:recebi|tive|levei|ganhei)\s+(?:um|mais um|outro)\s+n[aã]o|(?:recib[ií]|tuve|me dieron|me llevé)\s+(?:un|otro)\s+no|(?:me\s+)?dijeron\s+que\s+no|(?:me\s+)?disseram\s+que\s+n[aã]o|(?:j['’]ai\s+(?:eu|reçu)|on\s+m['’]a\s+dit)\s+(?:un\s+)?non|(?:ils?|elles?)\s+m['’]ont\s+dit\s+non|(?:ein|noch ein)\s+nein\s+(?:bekommen|erhalten|gekriegt)|(?:bekam|kriegte|erhielt)\s+(?:ein|noch ein)\s+nein|mana\s+ho\s+gaya|naa\s+(?:bol|keh)\s+di(?:ya)?)(?![\p{L}])/iu;

/**
 * The employer asks to talk: a first call, which the tracker calls a phone screen. Also "they want
 * to talk", "got a call with them on the 14th", "sie wollen Dienstag telefonieren", "call rakha hai"
 * (chat12u: asked "What happened with …?").
 */
const WANTS_A_CALL =
  /(?<![\p{L}])(?:wants?|wanted|would like|asked (?:me )?(?:for|to (?:have|do|set up|schedule|book))|invited me (?:to|for))\s+(?:a|an|to have a|to do a)?\s*(?:quick |short |first |intro(?:ductory)? |15[- ]?min(?:ute)? |30[- ]?min(?:ute)? )?(?:call|chat|phone call|zoom|video call|teams call)(?![\p{L}])|(?<![\p{L}])(?:quiere|quieren|me pidieron)\s+(?:una|hacer una|tener una)\s+(?:llamada|videollamada)|(?:quer|querem|pediram)\s+(?:uma|fazer uma|marcar uma)\s+(?:liga[cç][aã]o|chamada|call)|(?:veut|veulent|m['’]ont propos[eé])\s+(?:un|faire un)\s+(?:appel|call|échange)|(?:wollen|will|möchte|möchten)\s+(?:ein|einen)\s+(?:anruf|call|gespr[äa]ch|telefonat)|(?:wants?|wanted|would like|wanna)\s+to\s+(?:talk|speak|chat|hop on a call)|(?:set up|scheduled|booked|got|have)\s+a\s+(?:call|chat|zoom)\s+(?:with|for)|(?:wollen|möchten)\s+(?:[\p{L}]+\s+){0,3}telefonieren|call\s+(?:rakh[aie]|fix\s+ki(?:ya|i)|schedule\s+ki(?:ya|i))|baat\s+karna\s+chaht?e/iu;

/**
 * Turned down, said of oneself in the passive or as "did not pass": "fui reprovado", "não passei",
 * "no pasé", "no me seleccionaron", "pas retenue", "wurde abgelehnt", "didn't make the cut"
 * (conv12t: "What happened with Fui?").
 */
const TURNED_DOWN =
  /(?<![\p{L}])(?:reprovad[oa]s?|descartad[oa]s?|(?:me|nos)\s+descart(?:ó|o|aron|ou|aram)|n[aã]o (?:passei|fui (?:selecionad|aprovad|escolhid)[oa])|no (?:pas[eé]|me (?:seleccionaron|eligieron|escogieron|cogieron)|qued[eé] seleccionad[oa])|(?:pas|non) (?:[ée]t[ée] )?retenue?s?|(?:wurde|bin) (?:abgelehnt|nicht genommen)|abgelehnt|didn'?t make (?:the|it past the) cut|did not make the cut)(?![\p{L}])/iu;

/**
 * Silence said in the chat's languages: "never answered me", "ne m'a jamais répondu", "c'est mort",
 * "nunca me contestaron", "hat sich nie gemeldet", "nunca me responderam", "koi jawab nahi aaya",
 * "radio silence", "crickets" (conv15u: the French one was asked "What happened with …?").
 */
const SILENCE =
  /(?<![\p{L}])(?:never (?:answered|replied|responded|got back|called back|wrote back)|radio silence|crickets|(?:it'?s|its|that'?s) (?:dead|a dead end)|ne m['’]ont? jamais (?:r[ée]pondu|rappel[ée]|recontact[ée])|(?:aucune|pas de|jamais de) r[ée]ponse|c['’]est mort|nunca (?:me |nos )?(?:respondi[oó]|respondieron|contest[oó]|contestaron|llamaron|escribieron)|(?:ni|sin) (?:una )?respuesta|(?:hat|haben) sich (?:nie|nicht mehr|nie wieder) gemeldet|keine (?:antwort|rückmeldung|r[üu]ckmeldung)|nunca (?:me |nos )?(?:respond(?:eu|eram)|retorn(?:ou|aram)|ligaram)|(?:sem|nenhuma) resposta|(?:koi )?(?:jawab|reply|response) (?:nahi|nahin) (?:aaya|aya|mila|diya))(?![\p{L}])/iu;

/** Turned down said so: read before the stage words, as "no pasé la entrevista" names an interview. */
export const saysTurnedDown = (t: string): boolean => TURNED_DOWN.test(t);

/** The stage a message says by what happened, when it names no stage. */
export function statusSaidAsEvent(t: string): Status | undefined {
  if (A_NO_RECEIVED.test(t) || TURNED_DOWN.test(t)) return "rejected";
  if (SILENCE.test(t)) return "ghosted";
  // "final call", "second chat": a later round, which the stage words read.
  if (WANTS_A_CALL.test(t) && !/\b(?:final|last|second|2nd|third|next)\s+(?:call|chat)\b/.test(t))
    return "phone_screen";
  return undefined;
}
