/**
 * "I turned down the Rippling offer", "said no to their offer": declining an offer is
 * withdrawing (tools/applications/status.ts), read before the words for a no and for an offer
 * (new-user trial 2026-12-06: it was read as an offer again, "already marked offer").
 */
export const DECLINED_OFFER =
  /\b(?:turned down|declined|rejected|passed on|said no to|refused)\s+(?:the|their|an?|this|that|my)\s+(?:[\w-]+\s+){0,3}offer\b|\bturned (?:it|them|the offer|their offer) down\b/;
