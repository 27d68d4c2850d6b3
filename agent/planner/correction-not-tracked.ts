/**
 * The reply to a correction that names no application the person tracks, or one they say is
 * someone else's (application-corrected.ts): nothing was changed, and how to name the right one.
 */
/** The reply when a correction names no application the person tracks: what was left, and how. */
export function correctionNotTrackedText(detail: string | undefined): string {
  if (detail === "someone_else")
    return `I only track your own applications, so I haven't changed anything. If one on your list isn't yours, say "delete the <company> application"; "show my applications" lists them.`;
  if (detail)
    return `I don't track an application to "${detail.slice(0, 80)}", so I haven't changed anything. "show my applications" lists the ones I track; say which one to fix, e.g. "the Acme application was for the analyst role, not engineer".`;
  return `Which application should I correct? I haven't changed anything. Name it, e.g. "the Acme application was with Globex, not Acme" or "I applied to Acme on Tuesday, not Monday".`;
}
