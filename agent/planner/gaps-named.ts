/**
 * Whether a message names the person's gaps or weak points ("my gaps", "weak areas", "what I'm
 * missing", "the things I'm bad at", "brechas", "Lücken"): questions or practice aimed at them
 * are questions on the gaps (questions_for_gaps), not a search or the target role's general set.
 * One reader for the question plans and the practice-for-the-role reading.
 */
const NAMES_GAPS =
  /\b(?:gaps?|weak\w*|missing|lack\w*|brechas?|lacunes?|l[üu]cken|lacunas?|(?:i'?m|i\s+am|i\s+was)\s+(?:bad|not\s+good|rusty)\s+at|i\s+(?:suck\s+at|struggle\s+with))\b/;

export function namesGaps(t: string): boolean {
  return NAMES_GAPS.test(t);
}
