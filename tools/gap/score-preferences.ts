/**
 * location, salary and cultureFit: the job against what the person said they want. Each
 * says "not enough data" when either side is silent rather than guessing.
 */

import { readFileSync } from "node:fs";
import type { ProfileSnapshot } from "../../contract/profile.ts";
import { toYearly } from "../jobs/salary.ts";
import { CULTURE_SIGNALS } from "../jobs/signals.ts";
import type { JobPosting } from "../jobs/types.ts";
import { hasPayExpectation, payWords } from "../profile/pay-words.ts";
import { withCityNames } from "../resume/fields/places.ts";
import type { PreferenceNeed, ScoreDetail } from "./types.ts";

const notEnough = (
  explanation: string,
  evidence: string[] = [],
  weight = 0,
  needs?: PreferenceNeed,
): ScoreDetail => ({
  score: null,
  enoughData: false,
  explanation: `Not enough data: ${explanation}`,
  evidence,
  weight,
  ...(needs ? { needs } : {}),
});

// Read as a file, not imported: the compiled build that `npm start` runs copies data files
// beside the code, and Node 20 needs import attributes the build does not keep.
const rates = JSON.parse(
  readFileSync(new URL("../../data/fx/reference-rates.json", import.meta.url), "utf8"),
) as { asOf: string; perEur: Record<string, number> };
const PER_EUR: Record<string, number> = rates.perEur;

/** An amount in `from` expressed in `to` at the reference rates; undefined for an unknown code. */
export function convertCurrency(amount: number, from: string, to: string): number | undefined {
  if (from === to) return amount;
  const a = PER_EUR[from];
  const b = PER_EUR[to];
  return a && b ? (amount / a) * b : undefined;
}

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

/**
 * A described role ("I want to be a data engineer, remote, around $120k") has no pay, place or
 * culture of its own: whatever it carries the person said, so comparing it with their
 * preferences would compare them with themselves (and asked "The ad offers $120k — what pay do
 * you expect?"). Scored against real ads only; nothing to ask.
 */
function describedRole(what: string, said: string | undefined, weight: number): ScoreDetail {
  return notEnough(
    `a described role has no ${what} of its own${said ? `; ${said} is what you want, compared when you check a real ad` : "; yours is compared when you check a real ad"}.`,
    said ? [`you: ${said}`] : [],
    weight,
  );
}

export function scoreLocation(profile: ProfileSnapshot, job: JobPosting): ScoreDetail {
  if (job.source === "role_profile") {
    const { remote, desiredLocation } = profile.preferences;
    // A place or mode stated after the role was described is what they want now.
    const stated = [remote, desiredLocation && `in ${desiredLocation}`].filter(Boolean).join(" ");
    const described = [job.workMode, job.location && `in ${job.location}`].filter(Boolean).join(" ");
    return describedRole("place", stated || described || undefined, 0.04);
  }
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
  if (!where && !wants)
    return notEnough(
      `you have not said where you want to work or whether you want remote, hybrid or on-site work (the role is ${job.workMode ?? "on-site"}${job.location ? ` in ${job.location}` : ""}).`,
      [`ad: ${job.workMode ?? "on-site"}${job.location ? ` in ${job.location}` : ""}`],
      0.04,
      "workMode",
    );
  // "Cologne" and "Köln" are one place: each side also in the city's GeoNames name.
  const jobPlace = placeWords(withCityNames(job.location));
  const samePlace = [...placeWords(withCityNames(where))].some((w) => jobPlace.has(w));
  // "Utrecht, Netherlands" and "Amsterdam, Netherlands" share the country, not the place: when
  // both name a town and the towns differ, it is the same country or state, another town.
  const town = (s: string | undefined) => placeWords(withCityNames(s?.split(",")[0]));
  const bothNameTowns = Boolean(where?.includes(",") && job.location?.includes(","));
  const sameTown = [...town(where)].some((w) => town(job.location).has(w));
  const sameRegionOnly = samePlace && bothNameTowns && !sameTown;
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
  // "could relocate to Manchester" and the role is in Manchester: a place they said they would move to.
  const moveTo = (profile.preferences.relocateTo ?? []).find((p) =>
    [...placeWords(withCityNames(p))].some((w) => jobPlace.has(w)),
  );
  if (moveTo && (!samePlace || sameRegionOnly))
    return {
      score: 95,
      enoughData: true,
      explanation: `The role is in ${job.location}, a place you said you would relocate to${where ? ` (you are in ${where})` : ""}.`,
      evidence: [
        `ad: ${mode} in ${job.location}`,
        ...(where ? [`you: ${where}`] : []),
        `you: would relocate to ${moveTo}`,
      ],
      weight: 0.04,
    };
  if (!where)
    return notEnough(
      `you have not said where you live or want to work, to compare with ${job.location}.`,
      [`ad: ${job.location}`],
      0.04,
      "location",
    );
  const relocate = profile.preferences.relocate;
  // Evidence, weight and the relocation question of a place the person would move or commute to.
  const movePart = {
    evidence: [
      `ad: ${mode} in ${job.location}`,
      `you: ${where}`,
      ...(relocate !== undefined ? [`you: ${relocate ? "open to relocating" : "not relocating"}`] : []),
    ],
    weight: 0.04,
    ...(relocate === undefined ? { needs: "relocation" as const } : {}),
  };
  if (sameRegionOnly)
    return {
      score: relocate === true ? 90 : relocate === false ? 50 : 70,
      enoughData: true,
      explanation: `The role is in ${job.location}; you are in ${where}: the same region, another town (a ${mode === "hybrid" ? "commute on office days" : "daily commute"} or a move).${relocate === undefined ? " Say whether you would relocate to make this score firmer." : ""}`,
      ...movePart,
    };
  if (samePlace)
    return {
      score: 100,
      enoughData: true,
      explanation: `The role is in ${job.location}, where you are.`,
      evidence: [`ad: ${mode} in ${job.location}`, `you: ${where}`],
      weight: 0.04,
    };
  return {
    score: relocate === true ? 80 : relocate === false ? 15 : 40,
    enoughData: true,
    explanation:
      relocate === true
        ? `The role is in ${job.location}; you are in ${where} and open to relocating.`
        : relocate === false
          ? `The role is in ${job.location}; you are in ${where} and would rather not relocate.`
          : `The role is in ${job.location}; you are in ${where} (a move or commute). Say whether you would relocate to make this score firmer.`,
    ...movePart,
  };
}

/** How far under a pay target ("around 120k") still counts as near it: 10%. */
const TARGET_SLACK = 0.1;

const money = (x: number, currency: string | undefined) =>
  `${Math.round(x).toLocaleString("en")}${currency ? ` ${currency}` : ""}`;

/**
 * The ad's range against the person's expectation, both as yearly pay in the ad's currency
 * (another currency converted at the reference rates of data/fx, said to be approximate).
 */
export function scoreSalary(profile: ProfileSnapshot, job: JobPosting): ScoreDetail {
  const p = profile.preferences;
  if (job.source === "role_profile") {
    // What they said last wins: an expectation stated after the role was described.
    const stated = payWords(p);
    return describedRole("pay range", stated ?? (job.salary && `about ${job.salary.text}`), 0.03);
  }
  if (!job.salary) return notEnough("the ad states no salary.", [], 0.03);
  if (!hasPayExpectation(p))
    return notEnough(
      'you have not said what pay you expect (for example "at least 60,000 EUR a year").',
      [`ad: ${job.salary.text}`],
      0.03,
      "salary",
    );
  const jobCurrency = job.salary.currency;
  const myCurrency = p.salaryCurrency;
  const target = jobCurrency ?? myCurrency;
  // A target ("around 120k") is met by pay near it; a minimum only by pay at or above it.
  const point = p.salaryTarget !== undefined;
  const wantedOwn = toYearly(p.salaryTarget ?? p.salaryMin ?? 0, p.salaryPeriod ?? "year");
  const wanted = jobCurrency && myCurrency ? convertCurrency(wantedOwn, myCurrency, jobCurrency) : wantedOwn;
  if (wanted === undefined)
    return notEnough(
      `the ad pays in ${jobCurrency} and your expectation is in ${myCurrency}, a pair with no reference rate.`,
      [`ad: ${job.salary.text}`],
      0.03,
    );
  const converted = jobCurrency && myCurrency && jobCurrency !== myCurrency;
  const top = toYearly(job.salary.max ?? job.salary.min ?? 0, job.salary.period);
  const bottom = toYearly(job.salary.min ?? job.salary.max ?? 0, job.salary.period);
  const ratio = wanted === 0 ? 1 : top / wanted;
  // The whole range meets the expectation: 100; only its top does: the pay is negotiable, 90.
  // A target is met by a range that reaches it; pay within TARGET_SLACK under it loses little.
  const score = point
    ? ratio >= 1
      ? 100
      : ratio >= 1 - TARGET_SLACK
        ? Math.round(100 - (1 - ratio) * 150)
        : Math.max(0, Math.round(100 - TARGET_SLACK * 150 - (1 - TARGET_SLACK - ratio) * 350))
    : bottom >= wanted
      ? 100
      : ratio >= 1
        ? 90
        : Math.max(0, Math.round(100 - (1 - ratio) * 350));
  const yours = `your ${money(wanted, target)}${converted ? ` (${money(wantedOwn, myCurrency)} at the reference rates of ${rates.asOf}, approximate)` : ""}`;
  const range =
    bottom === top ? `${money(top, target)} a year` : `${money(bottom, target)}–${money(top, target)} a year`;
  return {
    score,
    enoughData: true,
    explanation: point
      ? ratio >= 1
        ? `The range (${range}) reaches ${yours} target.`
        : `The top of the range (${range}) is ${Math.round((1 - ratio) * 100)}% under ${yours} target.`
      : bottom >= wanted
        ? `The whole range (${range}) meets ${yours}.`
        : ratio >= 1
          ? `The top of the range (${range}) meets ${yours}; the bottom does not, so it depends on the offer.`
          : `The top of the range (${range}) is ${Math.round((1 - ratio) * 100)}% under ${yours}.`,
    evidence: [`ad: ${job.salary.text}`, `you: ${payWords(p)}`],
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
  if (job.source === "role_profile")
    return describedRole("workplace culture", job.culture.length ? job.culture.join(", ") : undefined, 0.03);
  const wanted = valueTags(profile.preferences.values ?? []);
  // An ad silent on culture is what is missing, whatever the person values: "you have not said
  // what you value" would send them to state values that could not be scored either.
  if (job.culture.length === 0) return notEnough("the ad says nothing about culture or values.", [], 0.03);
  if (wanted.length === 0)
    return notEnough(
      `you have not said what you value in a workplace (the ad signals ${job.culture.join(", ")}).`,
      [`ad signals: ${job.culture.join(", ")}`],
      0.03,
      "values",
    );
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
