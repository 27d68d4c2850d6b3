/**
 * What the employer offers to teach is not a must-have: "eager to work with Kotlin — we'll help
 * you ramp up", "we will train you on our ERP", "you'll get up to speed on Terraform with us".
 * Read as asks, such items made the tools they name required skills a FIT person lacked. The ad
 * still wishes for them, so they stay asks, as nice-to-haves. The few ways ads say so, as words.
 */
const TAUGHT = new RegExp(
  [
    String.raw`\b(?:we(?:'ll|’ll| will| can| are happy to|'re happy to)|happy to|glad to)\s+(?:help\s+you\s+(?:to\s+)?(?:ramp\s+up|get\s+up\s+to\s+speed|learn|get\s+started|pick\s+(?:it|them)\s+up)|get\s+you\s+up\s+to\s+speed|bring\s+you\s+up\s+to\s+speed|teach\s+you|train\s+you|show\s+you\s+the\s+ropes)\b`,
    String.raw`\b(?:training|coaching|mentoring|onboarding)\s+(?:on|in)\s+[^.;]{1,60}\s+(?:is|will\s+be)\s+(?:provided|given)\b`,
    String.raw`\bwilling(?:ness)?\s+to\s+learn\b|\beager\s+to\s+learn\b|\bkeen\s+to\s+learn\b`,
  ].join("|"),
  "i",
);

/** The sentence offers to teach what it names (so it names no must-have). */
export function offersToTeach(text: string): boolean {
  return TAUGHT.test(text);
}
