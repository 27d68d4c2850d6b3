/**
 * Career questions the intent model reads beside the point (trial13 §12, §1): what a role
 * pays ("how much do X earn", "combien je peux gagner ?": read as negotiation or thanks), what a
 * role grows into (read as neighbouring occupations by shared tools), how to get taken on to
 * train in a trade (a school, a franchise, an apprenticeship: asked back with unrelated choices,
 * or given office networking), and a requirement disputed as wrong for the role ("that's wrong, I
 * don't need photoshop for this": the explanation repeated). Each is answered in words from the
 * person's data (tools/advice, words in career-answer-words.ts). English, French, Spanish,
 * Portuguese and German, and common Hinglish; lines for the intent model are in the note.
 */
import type { Focus } from "../graph/focus.ts";
import { type Outcome, say } from "./types.ts";

/** A question about what a job pays (not a negotiation, an offer or the person's own expectation). */
const PAY = [
  /\bhow much (?:do|does|did|can|could|would|will|might)\b.{0,60}\b(?:earn|make|get paid|paid|take home)\b/,
  /\bwhat (?:do|does|can|could)\b.{0,60}\b(?:earn|make|get paid)\b/,
  /\bwhat(?:'s| is| are)? (?:the )?(?:average |typical |usual |median |starting )?(?:salary|salaries|pay|wages?|earnings|income)\b.{0,40}\b(?:of|for|like|as)\b/,
  /\b(?:average|typical|usual|median|starting) (?:salary|pay|wages?|earnings)\b/,
  /\bis (?:it|the job|that) (?:well|badly|poorly) paid\b|\bhow well paid\b|\bdoes it pay (?:well|enough)\b/,
  /\bcombien\b.{0,60}\b(?:gagn\w*|pay\w*|touch\w*|salaire)|\bquel (?:est le )?salaire\b/u,
  /\bcu[aá]nto\b.{0,60}\b(?:gan\w*|pag\w*|cobr\w*)|\b(?:qu[eé]|cu[aá]l es el) (?:sueldo|salario)\b/u,
  /\bquanto\b.{0,60}\b(?:ganh\w*|pag\w*|receb\w*)|\bqual (?:[eé] )?o sal[aá]rio\b/u,
  /\bwie ?viel\b.{0,60}\b(?:verdien\w*|bezahl\w*|gehalt)|\bwas verdient\b/u,
  /\bkitn[ai] (?:kama\w*|milt\w*|paisa|salary)|\bsalary kitni\b/,
];
/** Pay spoken of as the person's own deal: negotiation, an offer, their expectation or ask, a score. */
const OWN_DEAL =
  /\b(?:negotiat\w*|counter\w*|offer(?:ed)?|expect\w*|score|my (?:salary|pay|raise)|(?:should|do|can|could) i (?:ask|aim|request|put)|ask(?:ing)? for|gano|ganho|gagne|verdiene|mentir|lie|l[üu]gen|n[eé]goci\w*|negoci\w*|verhandl\w*)\b/u;

/** What a role grows into: seniority, a lead or manager step, a specialisation. */
const GROWTH = [
  /\bgrow (?:into|in(?:to)? (?:my|the|this) (?:career|role|job))\b|\bgrow from\b/,
  /\b(?:career )?ladder\b|\bcareer progression\b|\bprogression (?:path|route)s?\b/,
  /\b(?:move|step|level) up\b.{0,30}\b(?:from|as|in|after)\b|\bget promoted\b|\bpromotion path\b/,
  /\bwhat(?:'s| is| comes)? (?:the )?next (?:step|level|rung)\b.{0,30}\b(?:after|for|from|as)\b/,
  /(?<!\p{L})[ée]voluer (?:vers|en tant que?|comme)(?!\p{L})|(?<!\p{L})[ée]volution de carri[eè]re/u,
  /\b(?:crecer|ascender|progresar) (?:como|hacia|a|en)\b|\bplan de carrera\b/u,
  /\b(?:crescer|progredir|evoluir) (?:como|para|na)\b|\bplano de carreira\b/u,
  /\b(?:aufsteigen|weiterentwickeln)\b|\bkarriereleiter\b|\bkarrierestufe\b/u,
];

/** How to get taken on to train or work in a trade: a school, a franchise, an apprenticeship. */
const TRAINING_PLACE =
  /(?<!\p{L})(?:schools?|franchises?|franchis\w+|apprenticeships?|apprentices?|trainee(?:ship)?s?|training (?:provider|centre|center|place|scheme)s?|academ(?:y|ies)|workshops?|garages?|salons?|firms? (?:to|that) (?:trains?|takes?)|take (?:me )?on|escuela|autoescuela|[ée]cole|auto-?[ée]cole|escola|fahrschule|ausbildung)(?!\p{L})/u;
const HOW_TO_FIND = [
  /\bhow (?:do|can|could|should|would) (?:i|you|one|someone)\b.{0,40}\b(?:find|get (?:taken on|into|accepted|a place)|join|approach|contact|start (?:with|at)|choose|pick|network\w*)\b/,
  /\b(?:where|who) (?:do|can|could|should) i\b.{0,30}\b(?:train|apply|start|find|ask)\b/,
  /\bnetwork\w*\b/,
  /\b(?:comment|o[uù]) (?:trouver|chercher|contacter)\b|\bc[oó]mo (?:encuentro|encontrar|busco|buscar|contacto|contactar)\b|\bcomo (?:encontro|encontrar|procuro|procurar|contacto|contactar)\b|\bwie finde ich\b/u,
];

/** A requirement named and said to be wrong or not needed for the role. */
const DISPUTED = [
  /\b(?:do ?n[o']?t|dont|doesn'?t|does not|never) (?:need|use|require|have to (?:know|use))\b.{1,40}\b(?:to (?:teach|do|be|work|become|drive|get|start)|for (?:this|that|the|a|an|my) (?:job|role|work|position|trade)|for (?:an? )?\w+(?:ing|er|or|ist|ian)s?)\b/,
  /\b(?:isn'?t|is not|aren'?t|are not|not) (?:needed|required|necessary|relevant|part of (?:it|the job|this job))\b/,
  /\b(?:nobody|no one|no driving instructor|no \w+ (?:ever )?) (?:uses?|needs?)\b/,
  /\b(?:that'?s|thats|this is|that is) (?:wrong|not right|nonsense|rubbish|ridiculous|absurd)\b.{0,80}\b(?:need|needs|needed|require\w*|use)\b/,
  /\bno (?:necesito|hace falta)\b|\bje n'ai pas besoin\b|\bn[aã]o preciso\b|\bbrauche ich nicht\b|\bbrauche kein\w*\b/u,
];

export function careerQuestion(raw: string, focus: Focus): Outcome | undefined {
  const t = raw.toLowerCase().replace(/[’‘]/g, "'");
  if (t.length > 260) return undefined;
  if (PAY.some((re) => re.test(t)) && !OWN_DEAL.test(t)) return say("advice", undefined, "pay_question");
  if (GROWTH.some((re) => re.test(t))) return say("advice", undefined, "career_growth");
  // The place to train is what the question asks about: "I've taught at secondary schools for 10
  // years … where do I start?" names a school as the past, and asks where to start a move (trial17
  // §4, trial18 §3: a trade's advice, the target lost). Place and question in one sentence.
  const sentences = t.split(/(?<=[.?!;])\s+/);
  if (sentences.some((x) => TRAINING_PLACE.test(x) && HOW_TO_FIND.some((re) => re.test(x))))
    return say("advice", undefined, "trade_entry");
  // Only a job in focus has requirements to dispute.
  if (focus.jobId && DISPUTED.some((re) => re.test(t)))
    return say("advice", undefined, "requirement_disputed");
  return undefined;
}
