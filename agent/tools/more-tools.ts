/**
 * "more" / "next" / "show the rest" after a long list: the next page of the last list the
 * person was shown (questions or applications), from where the checkpointed focus says it
 * stopped. The questions of a search are kept by id, so the next page is the same ranking,
 * and "bookmark the 7th" afterwards names the 7th of the list as shown.
 */
import { listApplications } from "../../tools/applications/index.ts";
import { interviewsFor } from "../../tools/interviews/service.ts";
import { appsContext, listPart, summary } from "./application-tools.ts";
import { brief, questionList } from "./interview-tools.ts";
import { PAGE_SIZE } from "./list-pages.ts";
import { defineTool } from "./types.ts";

export const showMoreTool = defineTool({
  name: "show_more",
  description:
    "Show the next page of the last long list the person was shown (interview questions, bookmarks or applications).",
  async run(_args, ctx) {
    const page = ctx.focus.page;
    if (!page) return { result: { kind: null, count: 0, from: 0, to: 0, total: 0 } };
    const before = page.shown;
    if (before >= page.total)
      return { result: { kind: page.kind, count: 0, from: before, to: before, total: page.total } };
    if (page.kind === "questions") {
      const ic = await interviewsFor(ctx.db, ctx.config);
      const who = await ic.asker(ctx.userId);
      const ids = page.ids ?? [];
      // A question deleted since (an organization's import removed) is skipped, not an error.
      const questions = await ic.questions.getMany(ids.slice(before, before + PAGE_SIZE), who.organizationId);
      const shown = Math.min(before + PAGE_SIZE, ids.length);
      return {
        result: {
          kind: page.kind,
          count: questions.length,
          from: before + 1,
          to: shown,
          total: page.total,
          questions: questions.map(brief),
        },
        parts: questions.length ? [questionList(page.title, questions)] : [],
        focus: { page: { ...page, shown }, questionIds: ids.slice(0, shown) },
      };
    }
    const { items, total } = await listApplications(appsContext(ctx), {
      status: page.status,
      ...(page.company ? { search: page.company } : {}),
      limit: PAGE_SIZE,
      offset: before,
    });
    const shown = before + items.length;
    return {
      result: {
        kind: page.kind,
        count: items.length,
        from: before + 1,
        to: shown,
        total,
        applications: items.map(summary),
      },
      parts: items.length ? [listPart(items, page.title)] : [],
      focus: { page: { ...page, shown, total } },
    };
  },
});
