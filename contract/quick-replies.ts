/**
 * One row of quick replies per reply. A turn can yield several quickReplies parts (an
 * analysis: "Show more" under its gap list, the pay question's chips, then the planner's
 * next steps); shown one by one they made two rows in the widget, and chat platforms kept
 * only the last (the "Show more" chip was lost). Every channel joins them with this, in the
 * order they came, a chip that sends the same words as an earlier one dropped.
 */
import type { QuickRepliesPart } from "./conversation.ts";

export function joinQuickReplies(
  earlier: QuickRepliesPart | undefined,
  next: QuickRepliesPart,
): QuickRepliesPart {
  if (!earlier) return next;
  const sends = new Set(earlier.options.map((o) => o.text.trim().toLowerCase()));
  return {
    type: "quickReplies",
    options: [...earlier.options, ...next.options.filter((o) => !sends.has(o.text.trim().toLowerCase()))],
  };
}
