/**
 * A piece of the ad that only states the pay ("$95k-$120k + stock options", "€48,000 - €56,000
 * a year plus bonus") is the offer, not an ask: read as one it became a gap the person "does not
 * show" (new-user trial F9.2). An exact format: a salary the salary reader finds (tools/jobs
 * salary.ts), and nothing else in the piece but words of pay and its extras.
 */
import { parseSalary } from "../jobs/salary.ts";

/**
 * Words that go with a stated pay and ask nothing of the candidate, the kind of employment it is
 * paid for among them ("Full or part time, earn up to £35,000": the offer, trial13 finding 4).
 */
const PAY_WORDS =
  /\b(?:salary|pay|base|gross|net|compensation|total|ote|doe|dependent|depending|on|experience|range|plus|and|with|\+|equity|stock|options?|rsus?|shares?|bonus(?:es)?|commission|benefits?|per|a|an|the|year|yr|annum|annually|month|monthly|hour|hourly|week|weekly|day|daily|p\.?a\.?|usd|eur|gbp|inr|cad|aud|k|competitive|generous|package|sign-?on|relocation|earn|earnings?|up|to|or|full|part|time|flexible|hours)\b/gi;

/** True when the text states pay and nothing else. */
export function statesPayOnly(text: string): boolean {
  if (!parseSalary(text)) return false;
  const rest = text
    .replace(/[$€£₹]?\s?\d[\d,.]*\s*(?:k|m|lakhs?|lpa)?/gi, " ")
    .replace(PAY_WORDS, " ")
    .replace(/[^\p{L}]+/gu, " ")
    .trim();
  return rest.length === 0;
}
