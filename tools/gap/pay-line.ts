/**
 * A piece of the ad that only states the pay ("$95k-$120k + stock options", "€48,000 - €56,000
 * a year plus bonus", "£80,000 + equity, 30 days holiday") is the offer, not an ask: read as one
 * it became a gap the person "does not show" (new-user trial F9.2, trial14 §5). One reader of
 * offer lines, the job-ad reader's (tools/jobs/offer-lines.ts).
 */
export { statesOfferOnly as statesPayOnly } from "../jobs/offer-lines.ts";
