/**
 * location, salary and cultureFit: the job against what the person said they want. Each
 * says "not enough data" when either side is silent rather than guessing.
 */

import type { ProfileSnapshot } from "../../contract/profile.ts";
import { toYearly } from "../jobs/salary.ts";
import { CULTURE_SIGNALS } from "../jobs/signals.ts";
import type { JobPosting } from "../jobs/types.ts";
import type { ScoreDetail } from "./types.ts";

const notEnough = (explanation: string, evidence: string[] = [], weight = 0): ScoreDetail => ({
  score: null,
  enoughData: false,
  explanation: `Not enough data: ${explanation}`,
  evidence,
  weight,
});

const placeWords = (s: string | undefined) =>
  new Set(
    (s ?? "")
      .toLowerCase()
      .split(/[^a-z\u00c0-\u024f]+/)
      .filter(
        (w) =>
          w.length > 2 &&
          !["the", "and", "area", "remote", "hybrid", "office", "greater", "city"].includes(w),
      ),
  );

export function scoreLocation(profile: ProfileSnapshot, job: JobPosting): ScoreDetail {
  const wants = profile.preferences.remote;
  const where = profile.preferences.desiredLocation ?? profile.contact.location;
  if (job.workMode === "remote") {
    if (wants === "onsite")
      return {
        score: 60,
        enoughData: true,
        explanation: "The role is remote; you prefer on-site work.",
        evidence: ["ad: remote"],
        weight: 0.04,
      };
    return {
      score: 100,
      enoughData: true,
      explanation: "The role is remote, so where you live does not limit it.",
      evidence: ["ad: remote", ...(wants ? [`you: ${wants}`] : [])],
      weight: 0.04,
    };
  }
  if (!job.workMode && !job.location)
    return notEnough("the ad states neither a location nor remote/on-site.", [], 0.04);
  if (!where && !wants) return notEnough("your profile has no location or work-mode preference.", [], 0.04);
  const jobPlace = placeWords(job.location);
  const samePlace = [...placeWords(where)].some((w) => jobPlace.has(w));
  const mode = job.workMode ?? "onsite";
  if (wants === "remote")
    return {
      score: mode === "hybrid" ? 50 : 30,
      enoughData: true,
      explanation: `You prefer remote work; the role is ${mode}.`,
      evidence: [`ad: ${mode}${job.location ? ` in ${job.location}` : ""}`],
      weight: 0.04,
    };
  if (!job.location)
    return notEnough(
      `the role is ${mode} but the ad names no place to compare with yours.`,
      [`ad: ${mode}`],
      0.04,
    );
  if (!where)
    return notEnough(
      "your profile has no location to compare with the job's.",
      [`ad: ${job.location}`],
      0.04,
    );
  return {
    score: samePlace ? 100 : 40,
    enoughData: true,
    explanation: samePlace
      ? `The role is in ${job.location}, where you are.`
      : `The role is in ${job.location}; you are in ${where} (a move or commute).`,
    evidence: [`ad: ${mode} in ${job.location}`, `you: ${where}`],
    weight: 0.04,
  };
}

export function scoreSalary(profile: ProfileSnapshot, job: JobPosting): ScoreDetail {
  const p = profile.preferences;
  if (!job.salary) return notEnough("the ad states no salary.", [], 0.03);
  if (p.salaryMin === undefined)
    return notEnough("you have not stated a salary expectation.", [`ad: ${job.salary.text}`], 0.03);
  const jobCurrency = job.salary.currency;
  const myCurrency = p.salaryCurrency;
  if (jobCurrency && myCurrency && jobCurrency !== myCurrency)
    return notEnough(
      `the ad pays in ${jobCurrency} and your expectation is in ${myCurrency}; no exchange rates are used.`,
      [`ad: ${job.salary.text}`],
      0.03,
    );
  const offered = toYearly(job.salary.max ?? job.salary.min ?? 0, job.salary.period);
  const wanted = toYearly(p.salaryMin, p.salaryPeriod ?? "year");
  const ratio = wanted === 0 ? 1 : offered / wanted;
  const score = ratio >= 1 ? 100 : Math.max(0, Math.round(100 - (1 - ratio) * 350));
  return {
    score,
    enoughData: true,
    explanation:
      ratio >= 1
        ? `The top of the range (${Math.round(offered).toLocaleString("en")} a year) meets your ${Math.round(wanted).toLocaleString("en")}.`
        : `The top of the range (${Math.round(offered).toLocaleString("en")} a year) is ${Math.round((1 - ratio) * 100)}% under your ${Math.round(wanted).toLocaleString("en")}.`,
    evidence: [
      `ad: ${job.salary.text}`,
      `you: at least ${p.salaryMin} ${myCurrency ?? ""} per ${p.salaryPeriod ?? "year"}`.replace(/\s+/g, " "),
    ],
    weight: 0.03,
  };
}

/** A stated value ("I want remote-first, learning") mapped to the same tags ads are read into. */
export function valueTags(values: string[]): string[] {
  const tags = new Set<string>();
  for (const v of values) {
    const lower = v.toLowerCase();
    const direct = CULTURE_SIGNALS.find(([tag]) => tag === lower);
    if (direct) tags.add(direct[0]);
    for (const [tag, pattern] of CULTURE_SIGNALS) if (pattern.test(v)) tags.add(tag);
  }
  return [...tags].sort();
}

export function scoreCulture(profile: ProfileSnapshot, job: JobPosting): ScoreDetail {
  const wanted = valueTags(profile.preferences.values ?? []);
  if (wanted.length === 0) return notEnough("you have not stated what you value in a workplace.", [], 0.03);
  if (job.culture.length === 0) return notEnough("the ad says nothing about culture or values.", [], 0.03);
  const shared = wanted.filter((t) => job.culture.includes(t));
  const score = Math.round((100 * shared.length) / wanted.length);
  return {
    score,
    enoughData: true,
    explanation: `${shared.length} of the ${wanted.length} things you value show up in the ad.`,
    evidence: [`you value: ${wanted.join(", ")}`, `ad signals: ${job.culture.join(", ")}`],
    weight: 0.03,
  };
}
