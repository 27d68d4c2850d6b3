/**
 * A fit question the model read as a roadmap request (trial14 §6): "soy apta ahora?", "no,
 * quiero saber si soy apta, no un roadmap". The fit words of the chat's languages in every
 * form (feminine and plural: apta, aptos, aptes, qualificada), and a plan named only to be
 * refused, make it the fit check.
 */

/** Words that ask whether the person fits, in any form. */
const FIT_ASKED =
  /(?<![\p{L}])(?:apt[oa]s?|aptes?|id[oó]ne[oa]s?|encaj\w*|encaix\w*|geeignet\w*|qualifi(?:ed|cad[oa]s?|ée?s?)|cualificad[oa]s?|calificad[oa]s?|(?:a |good |right |strong )fit|passe ich|sirvo)(?![\p{L}])/iu;

/** A roadmap or plan named to be refused: "no un roadmap", "not a plan", "pas un plan", "keinen Plan". */
const PLAN_REFUSED =
  /(?<![\p{L}])(?:no|not|pas|nicht|keinen?|não|nao|sin|without|instead of|rather than|en vez de|en lugar de|au lieu d[e'])\s+(?:(?:quiero|quero|want|need|veux|will|necesito|preciso)\s+)?(?:(?:un|una|a|an|the|my|mi|el|le|la|um|uma|einen?)\s+)?(?:road\s?-?map|plan(?:o|es)?|hoja de ruta|roteiro|feuille de route|fahrplan|lernplan)(?![\p{L}])/iu;

/** A plan asked for: without a refusal, "plan" or "roadmap" in the message is the request. */
const PLAN_WORD =
  /(?<![\p{L}])(?:road\s?-?map|plan\w*|hoja de ruta|ruta|roteiro|feuille de route|fahrplan)(?![\p{L}])/iu;

/** "soy apta", "sou apto", "je suis apte", "bin ich geeignet": being fit said of oneself. */
const SELF_FIT =
  /(?<![\p{L}])(?:soy|estoy|sou|estou|suis|bin ich|ich bin)\s+(?:ya\s+|j[aá]\s+|ahora\s+|agora\s+|maintenant\s+|jetzt\s+)?(?:apt[oa]s?|aptes?|id[oó]ne[oa]s?|geeignet|qualifi\w+|cualificad[oa]s?)(?![\p{L}])/iu;

/** True when the message asks whether the person fits, not for a plan. */
export function fitAskedNotPlan(raw: string): boolean {
  if (!FIT_ASKED.test(raw) && !SELF_FIT.test(raw)) return false;
  if (PLAN_REFUSED.test(raw)) return true;
  return SELF_FIT.test(raw) && !PLAN_WORD.test(raw);
}
