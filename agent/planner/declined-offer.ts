/**
 * "I turned down the Rippling offer", "said no to their offer": declining an offer is
 * withdrawing (tools/applications/status.ts), read before the words for a no and for an offer
 * (new-user trial 2026-12-06: it was read as an offer again, "already marked offer").
 */
export const DECLINED_OFFER =
  /\b(?:turned down|declined|rejected|passed on|said no to|refused)\s+(?:the|their|an?|this|that|my)\s+(?:[\w-]+\s+){0,3}offer\b|\bturned (?:it|them|the offer|their offer) down\b|\brechac\p{L}*\s+(?:la|su|esa)\s+oferta\b|\brefus\p{L}*\s+(?:leur|l'|son|sa|cette)\s*offre\b|\bangebot\b.{0,40}\babgelehnt\b|\brecus\p{L}*\s+(?:a|sua|essa)\s+(?:proposta|oferta)\b/u;
