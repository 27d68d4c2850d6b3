/**
 * Replies to saving and removing a bookmark; a removal named in words that fit several
 * bookmarks lists them (the quick replies remove one by its place).
 */
import type { ToolResults } from "../tools/results.ts";
import { plural } from "./variety.ts";

const clip = (text: string) => (text.length > 120 ? `${text.slice(0, 117).trimEnd()}...` : text);

export const BOOKMARK_REPLIES: {
  bookmark_question: (r: ToolResults["bookmark_question"]) => string;
  remove_bookmark: (r: ToolResults["remove_bookmark"]) => string;
} = {
  bookmark_question: (r) =>
    r.alreadySaved
      ? `That one is already in your bookmarks: "${clip(r.text)}".`
      : `Bookmarked: "${clip(r.text)}". Say "show my bookmarks" to see them all.`,
  remove_bookmark: (r) =>
    r.removed
      ? `Removed from your bookmarks: "${clip(r.text)}". Say "show my bookmarks" to see the rest.`
      : `${plural(r.choices.length, "bookmarked question")} fit "${r.about}"; I removed none. Which one goes? ${r.choices
          .map((c) => `${c.place}. "${clip(c.text)}"`)
          .join("; ")}.`,
};

/** The saved jobs beside the bookmarked questions: how many (listed below the questions), or where they go. */
export const savedJobsWords = (saved: number | undefined): string =>
  saved === undefined
    ? ""
    : saved === 0
      ? ' No saved jobs yet: say "save the <role> job at <company>" (with its link if you like) to keep one.'
      : ` ${saved === 1 ? "Your saved job is" : `Your ${plural(saved, "saved job")} are`} listed too; "show my saved jobs" shows only those.`;
