/**
 * Job-search analytics from the aggregated counts (aggregate.ts defines them, the
 * repository computes them in SQL): rates, the funnel, time to first response and
 * weekly volume. Pure so the same numbers back the chat reply, the CLI and the charts;
 * what-made-a-difference lives in response-factors.ts.
 */
import type { ApplicationAggregates, ApplicationFacts } from "../../data/repositories/application-records.ts";
import { aggregateFacts, mondayOf } from "./aggregate.ts";
import { addDays } from "./dates.ts";
import { compareResponseFactors, type FactorComparison } from "./response-factors.ts";
import { type ApplicationStatus, PIPELINE, pipelineRank, STATUS_LABELS, STATUSES } from "./status.ts";

export interface FunnelStage {
  status: ApplicationStatus;
  label: string;
  /** Applications that reached this stage or a later one. */
  count: number;
  /** Share of the previous stage that made it here (null for the first stage or when the previous is 0). */
  conversionFromPrevious: number | null;
  /** Share of all submitted applications. */
  shareOfApplied: number | null;
}

export interface WeekVolume {
  /** Monday of the week, YYYY-MM-DD. */
  weekStart: string;
  count: number;
}

export interface ApplicationAnalytics {
  total: number;
  /** Applications actually sent (saved ones and those withdrawn before sending excluded). */
  submitted: number;
  countsByStatus: Record<ApplicationStatus, number>;
  responded: number;
  /** Sent within the follow-up window and not answered yet: too early to count as silence. */
  awaitingResponse: number;
  responseRate: number | null;
  interviewRate: number | null;
  offerRate: number | null;
  funnel: FunnelStage[];
  medianDaysToFirstResponse: number | null;
  applicationsPerWeek: WeekVolume[];
  averagePerWeek: number | null;
  factors: FactorComparison[];
  /** Plain-language findings, most useful first. */
  insights: string[];
}

export interface AnalyticsOptions {
  /** Today as YYYY-MM-DD in the person's zone (weekly volume runs up to this week). */
  today: string;
  /** Days without an answer before an application counts as silent (the follow-up window). */
  followUpDays: number;
}

const FUNNEL_STAGES = PIPELINE.filter((s) => s !== "saved");

export function computeAnalytics(
  agg: ApplicationAggregates,
  options: AnalyticsOptions,
): ApplicationAnalytics {
  const countsByStatus = Object.fromEntries(STATUSES.map((s) => [s, agg.countsByStatus[s] ?? 0])) as Record<
    ApplicationStatus,
    number
  >;
  const reached = (stage: ApplicationStatus) => agg.reachedByStage[pipelineRank(stage)] ?? 0;
  const rate = (part: number) => (agg.submitted === 0 ? null : part / agg.submitted);
  const weeks = weeklyVolume(agg.weeks, options.today);
  const analytics: ApplicationAnalytics = {
    total: agg.total,
    submitted: agg.submitted,
    countsByStatus,
    responded: agg.responded,
    awaitingResponse: agg.awaiting,
    responseRate: rate(agg.responded),
    interviewRate: rate(reached("phone_screen")),
    offerRate: rate(reached("offer")),
    funnel: buildFunnel(agg.submitted, reached),
    medianDaysToFirstResponse: weightedMedian(agg.responseDays),
    applicationsPerWeek: weeks,
    averagePerWeek: weeks.length === 0 ? null : agg.submitted / weeks.length,
    factors: compareResponseFactors(agg.groups),
    insights: [],
  };
  analytics.insights = describeInsights(analytics);
  return analytics;
}

/** The same analytics from per-application facts (the reference the SQL aggregates are tested against). */
export function analyticsOfFacts(facts: ApplicationFacts[], options: AnalyticsOptions): ApplicationAnalytics {
  return computeAnalytics(aggregateFacts(facts, options), options);
}

function buildFunnel(submitted: number, reached: (stage: ApplicationStatus) => number): FunnelStage[] {
  const stages: FunnelStage[] = [];
  for (const status of FUNNEL_STAGES) {
    // Every sent application counts as "applied" even when it skipped straight to a later stage.
    const count = status === "applied" ? submitted : reached(status);
    const previous = stages.at(-1);
    stages.push({
      status,
      label: STATUS_LABELS[status],
      count,
      conversionFromPrevious: previous && previous.count > 0 ? count / previous.count : null,
      shareOfApplied: submitted > 0 ? count / submitted : null,
    });
  }
  return stages;
}

/** Monday (YYYY-MM-DD) of the ISO week a day falls in. */
export const weekStart = mondayOf;

/** Counts per week from the first application's week to this week, empty weeks included. */
function weeklyVolume(counted: [string, number][], today: string): WeekVolume[] {
  if (counted.length === 0) return [];
  const counts = new Map(counted);
  const last = mondayOf(today);
  const first = counted.reduce((min, [week]) => (week < min ? week : min), last);
  const weeks: WeekVolume[] = [];
  for (let week = first; week <= last; week = addDays(week, 7)) {
    weeks.push({ weekStart: week, count: counts.get(week) ?? 0 });
  }
  return weeks;
}

/** Median of values given as [value, how many times]; the mean of the middle two for an even count. */
export function weightedMedian(histogram: [number, number][]): number | null {
  const sorted = [...histogram].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const at = (index: number) => {
    let seen = 0;
    for (const [value, n] of sorted) {
      seen += n;
      if (index < seen) return value;
    }
    return sorted.at(-1)![0];
  };
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const percent = (value: number | null) => (value === null ? "n/a" : `${Math.round(value * 100)}%`);

function describeInsights(a: ApplicationAnalytics): string[] {
  if (a.submitted === 0) {
    return a.total === 0
      ? ["No applications tracked yet: add one to start seeing your numbers."]
      : [`${a.total} saved but none sent yet; numbers start once you apply.`];
  }
  const lines: string[] = [];
  lines.push(
    `${a.submitted} sent, ${a.responded} answered (${percent(a.responseRate)}), ` +
      `interviews from ${percent(a.interviewRate)}, offers from ${percent(a.offerRate)}.`,
  );
  if (a.medianDaysToFirstResponse !== null) {
    lines.push(`Companies typically answered in ${a.medianDaysToFirstResponse} days (median).`);
  }
  if (a.awaitingResponse > 0) {
    lines.push(`${a.awaitingResponse} recent applications are still inside the normal waiting time.`);
  }
  const weakest = weakestStep(a.funnel);
  if (weakest) lines.push(weakest);
  for (const factor of a.factors) if (factor.finding) lines.push(factor.finding);
  return lines;
}

/** The funnel step that loses the most, once at least a few applications reached it. */
function weakestStep(funnel: FunnelStage[]): string | null {
  let worst: FunnelStage | null = null;
  let worstFrom: FunnelStage | null = null;
  for (let i = 1; i < funnel.length - 1; i++) {
    const stage = funnel[i];
    if (funnel[i - 1].count < 3 || stage.conversionFromPrevious === null) continue;
    if (!worst || stage.conversionFromPrevious < worst.conversionFromPrevious!) {
      worst = stage;
      worstFrom = funnel[i - 1];
    }
  }
  if (!worst || !worstFrom) return null;
  return (
    `Biggest drop: ${worstFrom.label.toLowerCase()} to ${worst.label.toLowerCase()} ` +
    `(${worst.count} of ${worstFrom.count}, ${percent(worst.conversionFromPrevious)}).`
  );
}
