/**
 * A certificate said of the workplace, not the person: "we were an AS9100 certified shop", "our
 * plant is ISO 9001 certified" (trial 2026-12-06: saved as the person's certification "we were
 * AS9100 certified shop"). The standard is what they worked under, a skill they can show; the
 * certificate is the employer's, so no certification entry is made.
 */

/** "we were (an) AS9100 certified shop", "our lab is ISO 17025 certified", "the company was ISO-certified". */
const WORKPLACE_CERTIFIED =
  /\b(?:we|we'?re|our\s+(?:\w+\s+){0,2}?|the\s+(?:shop|plant|company|lab|site|facility|hospital|clinic|factory|firm)\s+)(?:were|was|is|are|have been|got)?\s*(?:an?\s+|fully\s+)?((?:[a-z]{2,5}[\s-]?)?\d[\w/.:-]*|[a-z]{2,5}\d[\w/.:-]*)\s*[- ]certified\b/i;

/** The standard a workplace was certified to, or undefined when the certificate is the person's. */
export function workplaceStandard(raw: string): string | undefined {
  const m = WORKPLACE_CERTIFIED.exec(raw);
  return m?.[1]?.trim() || undefined;
}
