/**
 * What a message that logs an application says besides the application (new-user trial
 * 2026-12-06, finding 4): "I applied to Kroger 3 weeks ago and never heard back, should I
 * follow up?" logged the role "should I follow up?" at a company "Kroger 3"; "I applied to
 * kroger twice by accident, I mean I applied to Kroger for store manager on nov 10" logged a
 * company "kroger twice by". The day is taken out before the company is read, a question is
 * never the role, a self-correction inside the message is read from where it starts, and a
 * question about following up is answered.
 */
import { DATE } from "./rules-tracking.ts";

/**
 * "…, I mean I applied to …", "… scratch that, I applied to …": the message again from its
 * correction ("actually" and "sorry" are left out: "…, actually I applied to Y too" adds one).
 */
const SELF_CORRECTION =
  /(?:^|[,.;!]\s*|\s+)(?:i mean|i meant|scratch that|correction)[,:]?\s+(?=(?:i\s+)?(?:applied|apply|put in|sent)\b)/i;

/** The part of the message after a correction of itself that logs an application, if any. */
export function afterSelfCorrection(raw: string): string | undefined {
  const m = SELF_CORRECTION.exec(raw);
  if (!m || m.index === 0) return undefined;
  const rest = raw.slice(m.index + m[0].length).trim();
  return rest.length > 5 ? rest : undefined;
}

/** The message with the day said taken out, so a company never ends in it ("Kroger 3 weeks ago"). */
export const withoutDay = (raw: string): string =>
  raw
    .replace(new RegExp(DATE.source, "gi"), " ")
    .replace(/\s+([,.;!?])/g, "$1")
    .replace(/\s{2,}/g, " ");

/** A piece that asks something ("should I follow up?") is never a role. */
export const asksSomething = (piece: string): boolean =>
  /\?\s*$/.test(piece) ||
  /^\s*(?:should|shall|can|could|do|does|did|is|are|was|will|would|what|how|when|why|any)\b/i.test(piece);

/** "should I follow up?", "is it ok to follow up", "worth chasing them?": asks whether to follow up. */
export const asksWhetherToFollowUp = (raw: string): boolean =>
  /\b(?:should|shall|can|do|is it (?:ok|okay|worth|too (?:early|soon|late))(?: to)?|worth)\b[^.?!]{0,30}\b(?:follow(?:ing)?[- ]?up|chas(?:e|ing)|reach(?:ing)? out|email(?:ing)? them|ping(?:ing)? them|nudg(?:e|ing))\b/i.test(
    raw,
  );
