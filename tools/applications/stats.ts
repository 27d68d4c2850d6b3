/**
 * The person's job-search numbers and, on request, the charts for them.
 */
import type { ChartPart } from "../../agent/conversation/types.ts";
import { type ApplicationAnalytics, computeAnalytics } from "./analytics.ts";
import { applicationCharts } from "./charts.ts";
import { type ApplicationsContext, requireUser, todayOf } from "./context.ts";

export async function applicationStats(ctx: ApplicationsContext): Promise<ApplicationAnalytics> {
  await requireUser(ctx);
  const today = todayOf(ctx); // also validates the time zone before it reaches SQL
  const facts = await ctx.store.applications.facts(ctx.userId, ctx.timeZone);
  return computeAnalytics(facts, { today, followUpDays: ctx.followUpDays });
}

export async function applicationStatsWithCharts(
  ctx: ApplicationsContext,
): Promise<{ analytics: ApplicationAnalytics; charts: ChartPart[] }> {
  const analytics = await applicationStats(ctx);
  return { analytics, charts: await applicationCharts(analytics) };
}
