/**
 * Long lists shown a page at a time: the first page now, the rest on "more". Where the list
 * stands is kept in the conversation's focus (checkpointed, so it survives a restart) and
 * every reply says how far it is ("6-10 of 23").
 */
import type { ListPage } from "../graph/focus.ts";

export const PAGE_SIZE = 5;
/** A search keeps this many ranked questions for later pages; past it, asking again narrows better. */
export const MAX_LISTED = 50;

/** The page state after the first page of a list, or null (clears it) when one page holds it all. */
export function firstPage(page: Omit<ListPage, "shown">, shown: number): ListPage | null {
  return page.total > shown ? { ...page, shown } : null;
}

/** "from-to of total" numbers for the reply. */
export function pagePosition(page: ListPage, before: number): { from: number; to: number; total: number } {
  return { from: before + 1, to: page.shown, total: page.total };
}
