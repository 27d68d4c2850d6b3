/** Past analyses: list them, and compare two (what improved, what still blocks a FIT). */
import { CareerCraftError } from "../../data/errors.ts";
import { compareStored, listHistory } from "../../tools/gap/history.ts";
import { analysisStore } from "./career-deps.ts";
import { defineTool } from "./types.ts";

export const listAnalysesTool = defineTool({
  name: "list_analyses",
  description: "List the person's past analyses, newest first.",
  async run(_args, ctx) {
    const history = await listHistory(analysisStore(ctx.db), ctx.userId);
    return {
      result: { count: history.length, analyses: history.slice(0, 10) },
      parts: history.length
        ? [
            {
              type: "list",
              title: "Your analyses",
              items: history.map((h) => ({
                text: `${h.verdict} — ${h.jobTitle ?? "job"} (readiness ${Math.round(h.readiness)})`,
                detail: h.createdAt.slice(0, 16).replace("T", " "),
              })),
            },
          ]
        : [],
    };
  },
});

export const compareAnalysesTool = defineTool({
  name: "compare_analyses",
  description:
    "Compare two analyses (default: the latest two): what improved, what got worse, what still blocks a FIT.",
  async run(args, ctx) {
    const history = await listHistory(analysisStore(ctx.db), ctx.userId, 2);
    const second = args.second ?? history[0]?.id;
    const first = args.first ?? history.find((h) => h.id !== second)?.id;
    if (!first || !second)
      throw new CareerCraftError(
        "not_found",
        "You need two analyses to compare. Run one now and another after you improve.",
      );
    const c = await compareStored(analysisStore(ctx.db), ctx.userId, first, second);
    return {
      result: {
        readinessBefore: c.scores.readiness.before,
        readinessAfter: c.scores.readiness.after,
        verdictBefore: c.verdict.before,
        verdictAfter: c.verdict.after,
        improved: c.improved.slice(0, 6),
        worsened: c.worsened.slice(0, 6),
        stillBlocking: c.stillBlocking.slice(0, 5).map((g) => g.skill),
        summary: c.summary,
      },
    };
  },
});
