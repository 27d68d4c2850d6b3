/**
 * "and the week after that?", "what about the next week", "the one before that": a roadmap
 * week named by where it sits from the week just talked about (issue 12, paged replies). The
 * week in focus is the one last named or shown (`focus.week`), else the roadmap's current one.
 * Read only while the conversation is about a roadmap, and never from a message that reports
 * progress or asks for something else ("remind me next week", "I'll finish it next week").
 */
import type { Focus } from "../graph/focus.ts";
import { toNumber } from "./slots.ts";

const AFTER =
  /\b(?:(?:the\s+)?(?:week|one)\s+after\s+(?:that|this|it|the\s+(?:next|current)(?:\s+one)?)|(?:the\s+)?(?:next|following)\s+(?:week|one)|week\s+after)\b|^(?:(?:and|ok|okay|then)\s+)?(?:the\s+)?next(?:\s+(?:please|pls|plz))?[\s?.!]*$/;
const BEFORE =
  /\b(?:(?:the\s+)?(?:week|one)\s+before\s+(?:that|this|it)|(?:the\s+)?previous\s+(?:week|one)|week\s+before)\b|^(?:(?:and|ok|okay|then)\s+)?(?:the\s+)?(?:previous|back)(?:\s+(?:please|pls|plz))?[\s?.!]*$/;
/** Words that report or plan rather than ask to see ("done", "finish", "remind"). */
const NOT_A_LOOK =
  /\b(?:done|did|finish\w*|complet\w*|mark\w*|remind\w*|will|i'll|gonna|going to|by|until|apply\w*|interview\w*)\b/;

/** Only a week named, in the chat's languages: "y la semana 3?", "et la semaine 3", "und Woche 3?". */
const ONLY_WEEK =
  /^(?:(?:and|y|e|et|und|aur|ok|okay|what about|how about|what's in|y en|e na)\s+)?(?:(?:the|la|a|le|die|der)\s+)?(?:week|semana|semaine|woche|hafta)\s+(\d{1,2})(?:\s+(?:then|please|pls))?[\s?.!]*$/;
/** Only a position right after a week was shown: "and the third?" after "what's in week 2". */
const ONLY_ORDINAL =
  /^(?:(?:and|ok|okay|so|what about|how about)[\s,]+)?(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(\d{1,2})(?:st|nd|rd|th))(?:\s+(?:one|week))?[\s?.!]*$/;

/** The roadmap week the message points to by position, or undefined when it points to none. */
export function relativeWeek(t: string, focus: Focus): number | undefined {
  if (focus.topic !== "roadmap" || !focus.roadmapId) return undefined;
  const named = t.match(ONLY_WEEK);
  if (named) return Number(named[1]) || undefined;
  // A bare position after a week was shown is another week (the model read the third gap).
  const ordinal =
    focus.lastIntent === "show_roadmap" && focus.week !== undefined ? t.match(ONLY_ORDINAL) : null;
  if (ordinal) return ordinal[2] ? Number(ordinal[2]) || undefined : toNumber(ordinal[1]!);
  if (t.split(/\s+/).length > 9 || NOT_A_LOOK.test(t)) return undefined;
  const step = AFTER.test(t) ? 1 : BEFORE.test(t) ? -1 : 0;
  if (!step) return undefined;
  const base = focus.week ?? focus.currentWeek ?? 1;
  // "the next one" right after "what's in week 2?" is week 3; a week before the first is none.
  const week = base + step;
  return week >= 1 ? week : undefined;
}

/**
 * Whether the message continues a progress report: "and the week after that" after "finished
 * week 1" (said, like "and week 2"); asked ("…?") it asks to see that week.
 */
export const continuesProgress = (raw: string, focus: Focus) =>
  focus.lastIntent === "record_progress" && /^(?:and|also|plus)\b/i.test(raw.trim()) && !raw.includes("?");
