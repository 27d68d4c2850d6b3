/**
 * A bookmark to take away named by what it is about or by its place among the bookmarks:
 * "unbookmark the one about conflict", "remove the bookmark on teamwork", "delete my 2nd
 * bookmark". The planner only reads what was said; which bookmark that is, and whether the
 * words fit several, is the bookmarks service's (tools/interviews/bookmark-described.ts).
 * "it", "that one" and a bare "the 2nd" under a list stay with the question in focus.
 */
import { ordinalIndex } from "./slot-words.ts";

export type SaidBookmark = {
  about?: string;
  position?: number;
};

/** A place said of the bookmarks themselves: "my 2nd bookmark", "the last bookmarked question". */
const PLACE_OF_BOOKMARK =
  /\b(first|second|third|fourth|fifth|last|latest|newest|\d{1,2}(?:st|nd|rd|th)|#\d{1,2})\s+(?:bookmark(?:ed)?(?:\s+question)?|saved\s+question)s?\b/;
/** "the one about conflict", "the bookmark on teamwork", "the question regarding deadlines". */
const ABOUT =
  /\b(?:about|on|regarding|re|concerning|covering)\s+(.+?)\s*(?:\b(?:from|off|out of)\s+(?:my|the)\s+.*)?[.!?]*$/;
/** "the teamwork one", "the conflict question". */
const NAMED_ONE = /\bthe\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:one|question|bookmark)\b/u;
/** Words that point rather than describe: these leave the choice to the focus. */
const POINTING =
  /^(?:it|that|this|these|those|first|second|third|fourth|fifth|last|latest|next|other|same|bookmarked|saved|starred|\d+(?:st|nd|rd|th)?)$/;
const FILLER = /^(?:the|a|an|my|that|this|one|question|bookmark|bookmarked|please|pls)$/;

function description(words: string | undefined): string | undefined {
  const kept = (words ?? "").split(/\s+/).filter((w) => w && !FILLER.test(w));
  if (kept.length === 0 || kept.every((w) => POINTING.test(w))) return undefined;
  return kept.join(" ");
}

/** What the removal names, or undefined when it only points ("remove it", "delete that one"). */
export function saidBookmark(t: string): SaidBookmark | undefined {
  const about = description(t.match(ABOUT)?.[1]) ?? description(t.match(NAMED_ONE)?.[1]);
  if (about) return { about };
  // "my 2nd bookmark": a place among the bookmarks, not in whatever list is on screen. "the
  // first one from my bookmarks" points at a list shown and stays with the focus.
  const place = PLACE_OF_BOOKMARK.exec(t)?.[1];
  if (!place) return undefined;
  if (/^(?:last|latest|newest)$/.test(place)) return { position: -1 };
  const i = ordinalIndex(place.replace(/^#/, "number "));
  return i === undefined ? undefined : { position: i < 0 ? -1 : i + 1 };
}
