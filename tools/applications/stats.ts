/**
 * The person's job-search numbers and, on request, the charts for them.
 */
import type { ChartPart } from "../../contract/conversation.ts";
import { type ApplicationAnalytics, computeAnalytics } from "./analytics.ts";
import { type ApplicationsContext, todayOf, unknownUser } from "./context.ts";

export async function applicationStats(ctx: ApplicationsContext): Promise<ApplicationAnalytics> {
  const today = todayOf(ctx); // also validates the time zone before it reaches SQL
  const aggregates = await ctx.store.applications.aggregates(ctx.userId, {
    today,
    followUpDays: ctx.followUpDays,
    timeZone: ctx.timeZone ?? "UTC",
  });
  // The user check rides along in the same query: one round trip for the whole answer.
  if (!aggregates) throw unknownUser(ctx);
  return computeAnalytics(aggregates, { today, followUpDays: ctx.followUpDays });
}

export async function applicationStatsWithCharts(
  ctx: ApplicationsContext,
): Promise<{ analytics: ApplicationAnalytics; charts: ChartPart[] }> {
  const analytics = await applicationStats(ctx);
  // Loaded on demand: the charting libraries are heavy and most callers only need numbers.
  const { applicationCharts } = await import("./charts.ts");
  return { analytics, charts: await applicationCharts(analytics) };
}
