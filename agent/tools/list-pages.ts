/**
 * Long lists shown a page at a time, one service for every list the chat shows (skills,
 * reminders, gaps, applications, bookmarks, interview questions): the first page now, the
 * rest on "more" / "page 2" / "show all". Where the list stands is kept in the
 * conversation's focus (checkpointed, so it survives a restart); every reply says how far
 * it is ("6-10 of 23") and offers "Show more" as a quick reply that is a whole message.
 * Each kind's items are read by page-readers.ts; show_more (more-tools.ts) goes on with them.
 */
import type { QuickRepliesPart, ReplyPart } from "../../contract/conversation.ts";
import type { ListKind, ListPage } from "../graph/focus.ts";

export const PAGE_SIZE = 5;
/** Items per reply: skills and gaps are one short line each, so their page holds ten. */
export const PAGE_SIZES: Record<ListKind, number> = {
  questions: PAGE_SIZE,
  applications: PAGE_SIZE,
  reminders: PAGE_SIZE,
  skills: 10,
  gaps: 10,
};
/** A search keeps this many ranked questions for later pages; past it, asking again narrows better. */
export const MAX_LISTED = 50;
/** "show all" shows at most this many in one reply (a longer list goes on with "more"). */
export const SHOW_ALL_MAX = 50;

/** What the person asked for: the next page (nothing said), a page by number, or the rest at once. */
export interface PageWanted {
  page?: number;
  all?: boolean;
}

/**
 * The page state after the first page of a list, or null (clears it) for an empty list. A list
 * one page holds is kept too (shown = total), so "more" right after it says that was all of them
 * rather than "There is no list to go on with" or being read as something else (conv12n: "more"
 * after five questions on teamwork ended a practice session that was not running).
 */
export function firstPage(page: Omit<ListPage, "shown">, shown: number): ListPage | null {
  return page.total > 0 ? { ...page, shown: Math.min(shown, page.total) } : null;
}

/**
 * The items [from, to) a request means. "more" goes on from where the list stopped; "page 3"
 * is that page however far it was shown; "show all" is the rest (all of it again once every
 * item was shown). An empty range past the end says the list is done.
 */
export function pageRange(page: ListPage, wanted: PageWanted): { from: number; to: number } {
  const size = PAGE_SIZES[page.kind];
  if (wanted.page !== undefined) {
    const from = Math.max(0, (Math.floor(wanted.page) - 1) * size);
    return { from, to: Math.min(page.total, from + size) };
  }
  if (wanted.all) {
    const from = page.shown >= page.total ? 0 : page.shown;
    return { from, to: Math.min(page.total, from + SHOW_ALL_MAX) };
  }
  return { from: page.shown, to: Math.min(page.total, page.shown + size) };
}

/** How many items are left after the first `shown` of `total`. */
export const leftAfter = (shown: number, total: number) => Math.max(0, total - shown);

/**
 * "Show more" (and "Show all" when more than a page is left) as quick replies, each a
 * whole message the planner reads as a request for more while the list is in focus.
 */
export function moreReplies(shown: number, total: number, kind: ListKind): QuickRepliesPart | undefined {
  const left = leftAfter(shown, total);
  if (left === 0) return undefined;
  return {
    type: "quickReplies",
    options: [
      { id: "show_more", label: `Show more (${left} left)`, text: "show more" },
      ...(left > PAGE_SIZES[kind] ? [{ id: "show_all", label: "Show all", text: "show all" }] : []),
    ],
  };
}

/** A list reply's parts with the "Show more" replies joined to its own quick replies, if any. */
export function withMoreReplies(
  parts: ReplyPart[],
  shown: number,
  total: number,
  kind: ListKind,
): ReplyPart[] {
  const more = moreReplies(shown, total, kind);
  if (!more) return parts;
  const own = parts.findIndex((p) => p.type === "quickReplies");
  if (own < 0) return [...parts, more];
  const merged = parts[own] as QuickRepliesPart;
  return parts.map((p, i) => (i === own ? { ...merged, options: [...more.options, ...merged.options] } : p));
}
