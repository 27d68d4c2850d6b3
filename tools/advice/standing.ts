/**
 * Where the person stands, for plain questions that are not requests ("is it too late at my
 * age?", "do I still qualify after 6 years out?", "how many years did you count?", "hi again,
 * where was I?"): the target, the last verdict with its readiness and top gaps, the roles and
 * years the profile counts, the break it shows, the roadmap week they are on (and whether the
 * roadmap is for the target they have now) and the next reminder. Only stored facts: the words
 * are the agent's, and no figure is made up here.
 */
import type { Queryable } from "../../data/db/types.ts";
import { createAnalysesRepository } from "../../data/repositories/analyses.ts";
import { ApplicationsRepository } from "../../data/repositories/applications.ts";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { RemindersRepository } from "../../data/repositories/reminders.ts";
import { yearsCovered } from "../resume/fields/years.ts";
import { createRoadmapService, progressSummary, withProgress } from "../roadmap/service.ts";
import type { Roadmap } from "../roadmap/types.ts";
import { careerBreak } from "./career-break.ts";
import type { Standing } from "./types.ts";

interface AnalysisShape {
  job?: { title?: string };
  gaps?: { skill: string }[];
  scoreDetails?: { experience?: { explanation?: string } };
}

export async function standingFacts(db: Queryable, userId: string, now: Date): Promise<Standing> {
  const analyses = createAnalysesRepository(db);
  const [profile, job, analysis, roadmap, reminders] = await Promise.all([
    createProfileRepository(db).load(userId),
    analyses.latestJob(userId),
    analyses.latestAnalysis<AnalysisShape>(userId),
    analyses.latestRoadmap<Roadmap>(userId),
    new RemindersRepository(db).pendingFor(userId, 20),
  ]);
  const timeZone = await new RemindersRepository(db).timeZoneOf(userId);
  const roles = profile.experience
    .filter((e) => e.title || e.company)
    .map((e) => ({
      ...(e.title ? { title: e.title } : {}),
      ...(e.company ? { company: e.company } : {}),
      ...(e.start ? { start: e.start } : {}),
      ...(e.end && !e.current ? { end: e.end } : {}),
      current: Boolean(e.current),
      ...(e.start ? { years: yearsCovered([e], now) } : {}),
    }));
  // The analysis is of the target only when it was run on the latest job.
  const current = analysis && job && analysis.jobId === job.id ? analysis : undefined;
  const brk = careerBreak(profile.experience, now);
  const standing: Standing = {
    ...(job?.title ? { target: job.title } : {}),
    roles,
    totalYears: profile.totalYearsExperience ?? 0,
    ...(timeZone ? { timeZone } : {}),
    ...(brk ? { careerBreak: brk } : {}),
  };
  if (current)
    standing.verdict = {
      verdict: current.verdict,
      readiness: Math.round(current.readiness),
      topGaps: (current.result.gaps ?? []).slice(0, 3).map((g) => g.skill),
      ...(current.result.scoreDetails?.experience?.explanation
        ? { experience: current.result.scoreDetails.experience.explanation }
        : {}),
    };
  if (roadmap) {
    const summary = progressSummary(withProgress(roadmap));
    const planned = await createRoadmapService(db).plannedFor(userId, roadmap);
    standing.roadmap = {
      weeks: roadmap.weeks,
      ...(summary.currentWeek
        ? { currentWeek: summary.currentWeek.week, weekTitle: summary.currentWeek.title }
        : {}),
      ...(planned.planned ? { forTarget: planned.planned } : {}),
      stale: planned.stale,
    };
  }
  const next = reminders
    .filter((r) => r.dueAt.getTime() >= now.getTime())
    .sort((a, b) => +a.dueAt - +b.dueAt)[0];
  // pendingFor reads application reminders only (the person's own ones are not standing facts).
  if (next?.applicationId && next.kind !== "personal") {
    const app = await new ApplicationsRepository(db).get(userId, next.applicationId);
    standing.nextReminder = {
      kind: next.kind,
      dueAt: next.dueAt.toISOString(),
      ...(next.subjectAt ? { subjectAt: next.subjectAt.toISOString() } : {}),
      ...(app ? { company: app.company } : {}),
    };
  }
  return standing;
}
