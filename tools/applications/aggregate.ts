/**
 * The definition of every count the analytics use, written over per-application facts.
 * The repository computes the same aggregates in SQL for speed (one small row instead
 * of a thousand); tests hold the two to the same answers.
 */
import type {
  ApplicationAggregates,
  ApplicationFacts,
  ResponseFactor,
} from "../../data/repositories/application-records.ts";
import { daysBetween } from "./dates.ts";
import { normaliseSource, readinessBucket, verdictLabel } from "./response-factors.ts";
import { isResponse, PIPELINE, pipelineRank } from "./status.ts";

export interface AggregateOptions {
  /** Today (YYYY-MM-DD) in the person's zone. */
  today: string;
  followUpDays: number;
}

export function gotResponse(f: ApplicationFacts): boolean {
  return f.firstResponseOn !== null || isResponse(f.status);
}

export function aggregateFacts(facts: ApplicationFacts[], options: AggregateOptions): ApplicationAggregates {
  const countsByStatus: ApplicationAggregates["countsByStatus"] = {};
  for (const f of facts) countsByStatus[f.status] = (countsByStatus[f.status] ?? 0) + 1;
  const sent = facts.filter((f) => f.appliedOn !== null);

  const reachedByStage = PIPELINE.map(
    (stage) =>
      sent.filter((f) => f.furthestStatus !== null && pipelineRank(f.furthestStatus) >= pipelineRank(stage))
        .length,
  );
  const responseDays = new Map<number, number>();
  const weeks = new Map<string, number>();
  const groups = new Map<string, ApplicationAggregates["groups"][number]>();
  const count = (factor: ResponseFactor, label: string | null, responded: boolean) => {
    const key = `${factor}\u0000${label}`;
    const group = groups.get(key) ?? { factor, label, submitted: 0, responded: 0 };
    group.submitted += 1;
    if (responded) group.responded += 1;
    groups.set(key, group);
  };
  let responded = 0;
  let awaiting = 0;
  for (const f of sent) {
    const answered = gotResponse(f);
    if (answered) responded += 1;
    if (
      f.firstResponseOn === null &&
      f.status === "applied" &&
      daysBetween(f.appliedOn!, options.today) < options.followUpDays
    ) {
      awaiting += 1;
    }
    if (f.firstResponseOn !== null) {
      const days = Math.max(0, daysBetween(f.appliedOn!, f.firstResponseOn));
      responseDays.set(days, (responseDays.get(days) ?? 0) + 1);
    }
    const week = mondayOf(f.appliedOn!);
    weeks.set(week, (weeks.get(week) ?? 0) + 1);
    count("analysis_readiness", readinessBucket(f.analysisReadiness), answered);
    count("analysis_verdict", verdictLabel(f.analysisVerdict), answered);
    count("source", normaliseSource(f.source), answered);
  }
  return {
    total: facts.length,
    countsByStatus,
    submitted: sent.length,
    responded,
    awaiting,
    reachedByStage,
    responseDays: [...responseDays.entries()].sort((a, b) => a[0] - b[0]),
    weeks: [...weeks.entries()].sort((a, b) => a[0].localeCompare(b[0])),
    groups: [...groups.values()],
  };
}

/** Monday (YYYY-MM-DD) of the ISO week a day falls in. */
export function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const back = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}
