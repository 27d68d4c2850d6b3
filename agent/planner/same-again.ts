/**
 * "same thing but in Berlin", "same again but for Python", "same role but remote": the last
 * request again with one thing changed (issue 12, dialogue state). The change alone is not a
 * request of its own ("in Berlin" read as a location preference, "remote" as a remote
 * preference), and the request alone would repeat itself; together they are the last
 * request with the new detail. A target job keeps its title: "same thing" is that role.
 */
import type { Focus } from "../graph/focus.ts";

const SAME_BUT =
  /^(?:(?:ok(?:ay)?|and|now|then)[\s,]+)?(?:the\s+)?same(?:\s+(?:thing|again|one|role|job|search|list|question|kind))?[\s,]*(?:but|except)\s+(.+?)[\s.!]*$/i;

/** The change a "same … but …" message asks for, or undefined when it is not one. */
export function sameButChange(raw: string): string | undefined {
  return (
    SAME_BUT.exec(raw.trim())?.[1]
      ?.replace(/\s+please$/i, "")
      .trim() || undefined
  );
}

/** The message the last request would be with the change: a target keeps its title. */
export function lastRequestChanged(lastIntent: string, change: string, focus: Focus): string {
  if (lastIntent === "set_dream_job" && focus.jobTitle) return `${focus.jobTitle} ${change}`;
  return change;
}
