/**
 * "same thing but in Berlin", "same again but for Python", "same role but remote", "what about
 * Paris instead?": the last
 * request again with one thing changed (issue 12, dialogue state). The change alone is not a
 * request of its own ("in Berlin" read as a location preference, "remote" as a remote
 * preference), and the request alone would repeat itself; together they are the last
 * request with the new detail. A target job keeps its title: "same thing" is that role.
 */
import { preferencesIn } from "../../tools/gap/stated-preferences.ts";
import type { Focus } from "../graph/focus.ts";

const SAME_BUT =
  /^(?:(?:ok(?:ay)?|and|now|then)[\s,]+)?(?:the\s+)?same(?:\s+(?:thing|again|one|role|job|search|list|question|kind))?[\s,]*(?:but|except)\s+(.+?)[\s.!]*$/i;

/** "what about in Paris instead?", "how about remote instead": the change, said as an alternative. */
const INSTEAD =
  /^(?:(?:ok(?:ay)?|and|now|then|hmm+)[\s,]+)?(?:what|how)\s+about\s+(.+?)[\s,]+instead[\s.!?]*$/i;

/** The change a "same … but …" message asks for, or undefined when it is not one. */
export function sameButChange(raw: string): string | undefined {
  const text = raw.trim();
  return (
    (SAME_BUT.exec(text) ?? INSTEAD.exec(text))?.[1]?.replace(/\s+(?:please|pls|plz)$/i, "").trim() ||
    undefined
  );
}

/** The message the last request would be with the change: a target keeps its title. */
export function lastRequestChanged(lastIntent: string, change: string, focus: Focus): string {
  if (lastIntent !== "set_dream_job" || !focus.jobTitle) return change;
  // "what about Porto instead": a bare name is a place; a change that says no place, pay or
  // work mode ("what about data scientist instead") is another role.
  const stated = (text: string) => Object.keys(preferencesIn(text)).length > 0;
  const place = /^\p{Lu}/u.test(change) && stated(`in ${change}`);
  const wants = stated(change) || /\d/.test(change) ? change : place ? `in ${change}` : undefined;
  if (!wants) return `I want to be a ${change}`;
  // The title alone before a comma: "Back End Engineer based in Madrid" read as one title
  // matched another role (Web Developer); the change after the comma is what the role wants.
  return `I want to be a ${focus.jobTitle}, ${wants}`;
}
