/**
 * "more" / "page 2" / "show all" after a long list: that page of the last list the person
 * was shown (skills, reminders, gaps, applications, bookmarks, interview questions), from
 * the checkpointed focus (list-pages.ts), read by the list's own reader (page-readers.ts).
 */
import type { ListPage } from "../graph/focus.ts";
import { pageRange, withMoreReplies } from "./list-pages.ts";
import { PAGE_READERS } from "./page-readers.ts";
import { defineTool } from "./types.ts";

export const showMoreTool = defineTool({
  name: "show_more",
  description:
    "Show the next page of the last long list the person was shown (skills, reminders, gaps, applications, bookmarks or interview questions); `page` for a page by number, `all` for the rest at once.",
  async run(args, ctx) {
    const page = ctx.focus.page;
    if (!page) return { result: { kind: null, count: 0, from: 0, to: 0, total: 0 } };
    const { from, to } = pageRange(page, args);
    if (from >= to)
      return {
        result: { kind: page.kind, count: 0, from, to: Math.min(from, page.total), total: page.total },
      };
    const read = await PAGE_READERS[page.kind](page, from, to, ctx);
    const end = from + read.count;
    // "more" goes on from the page just shown: after "page 1" again, the next is page 2.
    const next: ListPage = { ...page, total: read.total, shown: end };
    return {
      result: {
        kind: page.kind,
        count: read.count,
        from: from + 1,
        to: end,
        total: read.total,
        ...read.items,
      },
      parts: withMoreReplies(read.parts, end, read.total, page.kind),
      focus: { ...read.focus, page: next },
    };
  },
});
