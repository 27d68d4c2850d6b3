/**
 * Lines that state what the job gives, not what it asks: "Salary: £65,000 – £80,000 + equity,
 * 30 days holiday", "Compensation: $95k base + 15% variable", "Benefits: pension, 25 days off"
 * (trial14 §5: a pay line under the asks became a requirement gap and a roadmap item). Pay,
 * benefits and holiday are never requirements, wherever in the ad they stand.
 */
import { parseSalary } from "./salary.ts";

/** A label that opens a line of the offer ("Salary:", "Pay range -", "Perks:", "Holiday:"). */
const OFFER_LABEL =
  /^\s*(?:[-•*▪●]\s*)?(?:(?:base |annual |gross |target )?(?:salary|salaries|compensation|pay|remuneration|wages?|ote|on[- ]target earnings|package|pay range|salary range|base pay|benefits?|perks?|holidays?|vacation|annual leave|paid time off|pto|pension|equity|bonus)(?: and benefits| & benefits| range| band)?)\s*[:\-–—]\s*/i;

/**
 * Words of pay and its extras: what is left of an offer line once they and the figures are
 * taken out is nothing.
 */
const OFFER_WORDS =
  /\b(?:salary|pay|base|gross|net|compensation|total|ote|doe|dependent|depending|on|experience|range|plus|and|with|equity|stock|options?|rsus?|shares?|bonus(?:es)?|commission|variable|benefits?|per|a|an|the|of|year|yr|annum|annually|month|monthly|hour|hourly|week|weekly|day|daily|days|p\.?a\.?|usd|eur|gbp|inr|cad|aud|k|competitive|generous|package|sign-?on|relocation|earn|earnings?|up|to|or|full|part|time|flexible|hours|holidays?|vacation|annual|leave|paid|off|pto|pension|401k|healthcare|health|dental|vision|insurance|medical|private|matched|match|contribution|allowance|budget|learning|wellbeing|gym|bank|public|enhanced|parental|statutory)\b/gi;

/** True when the text states pay, benefits or time off and asks nothing of the candidate. */
export function statesOfferOnly(text: string): boolean {
  if (!parseSalary(text) && !OFFER_LABEL.test(text)) return false;
  const rest = text
    .replace(OFFER_LABEL, " ")
    .replace(/[$€£₹]?\s?\d[\d,.]*\s*(?:k|m|lakhs?|lpa)?%?/gi, " ")
    .replace(OFFER_WORDS, " ")
    .replace(/[^\p{L}]+/gu, " ")
    .trim();
  return rest.length === 0;
}

/** A line of the offer: labelled as pay or benefits, or a stated pay with its extras and nothing else. */
export function isOfferLine(text: string): boolean {
  if (statesOfferOnly(text)) return true;
  const label = OFFER_LABEL.exec(text);
  // "Salary: competitive, plus a learning budget": labelled pay with words of the offer.
  return label !== null && !/\b(?:must|required|experience (?:in|with)|years? of|degree)\b/i.test(text);
}
