/**
 * Job-search analytics computed from per-application facts: counts, rates, the funnel,
 * time to first response and weekly volume. Pure so the same numbers back the chat
 * reply, the CLI and the charts; what-made-a-difference lives in response-factors.ts.
 */
import type { ApplicationFacts } from "../../data/repositories/application-records.ts";
import { addDays, daysBetween } from "./dates.ts";
import { compareResponseFactors, type FactorComparison } from "./response-factors.ts";
import {
  type ApplicationStatus,
  isResponse,
  PIPELINE,
  pipelineRank,
  STATUS_LABELS,
  STATUSES,
} from "./status.ts";

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

export function computeAnalytics(facts: ApplicationFacts[], options: AnalyticsOptions): ApplicationAnalytics {
  const countsByStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ApplicationStatus, number>;
  for (const f of facts) countsByStatus[f.status] += 1;

  const submitted = facts.filter((f) => f.appliedOn !== null);
  const reached = (f: ApplicationFacts, stage: ApplicationStatus) =>
    f.furthestStatus !== null && pipelineRank(f.furthestStatus) >= pipelineRank(stage);
  const responded = submitted.filter((f) => f.firstResponseOn !== null || isResponse(f.status));
  const interviewed = submitted.filter((f) => reached(f, "phone_screen"));
  const offered = submitted.filter((f) => reached(f, "offer"));
  const awaiting = submitted.filter(
    (f) =>
      f.firstResponseOn === null &&
      f.status === "applied" &&
      daysBetween(f.appliedOn!, options.today) < options.followUpDays,
  );

  const rate = (part: number) => (submitted.length === 0 ? null : part / submitted.length);
  const funnel = buildFunnel(submitted, reached);
  const responseDays = responded
    .filter((f) => f.firstResponseOn !== null)
    .map((f) => Math.max(0, daysBetween(f.appliedOn!, f.firstResponseOn!)));
  const weeks = weeklyVolume(submitted, options.today);
  const factors = compareResponseFactors(
    submitted,
    (f) => f.firstResponseOn !== null || isResponse(f.status),
  );

  const analytics: ApplicationAnalytics = {
    total: facts.length,
    submitted: submitted.length,
    countsByStatus,
    responded: responded.length,
    awaitingResponse: awaiting.length,
    responseRate: rate(responded.length),
    interviewRate: rate(interviewed.length),
    offerRate: rate(offered.length),
    funnel,
    medianDaysToFirstResponse: median(responseDays),
    applicationsPerWeek: weeks,
    averagePerWeek: weeks.length === 0 ? null : submitted.length / weeks.length,
    factors,
    insights: [],
  };
  analytics.insights = describeInsights(analytics);
  return analytics;
}

function buildFunnel(
  submitted: ApplicationFacts[],
  reached: (f: ApplicationFacts, stage: ApplicationStatus) => boolean,
): FunnelStage[] {
  const stages: FunnelStage[] = [];
  for (const status of FUNNEL_STAGES) {
    // Every sent application counts as "applied" even when it skipped straight to a later stage.
    const count =
      status === "applied" ? submitted.length : submitted.filter((f) => reached(f, status)).length;
    const previous = stages.at(-1);
    stages.push({
      status,
      label: STATUS_LABELS[status],
      count,
      conversionFromPrevious: previous && previous.count > 0 ? count / previous.count : null,
      shareOfApplied: submitted.length > 0 ? count / submitted.length : null,
    });
  }
  return stages;
}

/** Monday (YYYY-MM-DD) of the ISO week a day falls in. */
export function weekStart(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** Counts per week from the first application's week to this week, empty weeks included. */
function weeklyVolume(submitted: ApplicationFacts[], today: string): WeekVolume[] {
  if (submitted.length === 0) return [];
  const counts = new Map<string, number>();
  let first = weekStart(today);
  for (const f of submitted) {
    const week = weekStart(f.appliedOn!);
    counts.set(week, (counts.get(week) ?? 0) + 1);
    if (week < first) first = week;
  }
  const last = weekStart(today);
  const weeks: WeekVolume[] = [];
  for (let week = first; week <= last; week = addDays(week, 7)) {
    weeks.push({ weekStart: week, count: counts.get(week) ?? 0 });
  }
  return weeks;
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
