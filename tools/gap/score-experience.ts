/**
 * experience score: relevant years against the years the job asks (stated, or typical for
 * its seniority when the ad states none), plus years per skill where the ad asks them
 * ("3+ years of Python"). Relevant = the role evidences one of the job's required skills or
 * shares a specific title word with it; overlapping roles are merged so two parallel jobs do
 * not count twice, and internships and part-time work count for less (tools/experience).
 * Years per skill come only from roles or statements that back that skill (./experience.ts).
 */

import type { ExperienceEntry, ProfileSnapshot } from "../../contract/profile.ts";
import { countYears, describeRole } from "../experience/roles.ts";
import { looksLikeInstruction } from "../jobs/signals.ts";
import type { JobPosting } from "../jobs/types.ts";
import { TYPICAL_YEARS } from "../jobs/typical-years.ts";
import { dutyExperienceScore } from "./duty-experience.ts";
import type { RequirementEvidence } from "./evidence.ts";
import {
  hasDatedRoles,
  isEvidenced,
  roleEvidences,
  summaryClaims,
  yearsForRequirement,
} from "./experience.ts";
import { experienceKinds, isOneOfKinds } from "./experience-kinds.ts";
import { dutiesReadAsField, fieldWorkWeight } from "./field-work.ts";
import type { GroupResult } from "./match.ts";
import { jobOccupations, occupationKinship, occupationsOfTitle } from "./occupation-kinship.ts";
import { relatedByMeaning } from "./related-work.ts";
import type { SkillGraph } from "./skill-graph.ts";
import { GENERIC_TITLE_WORDS } from "./title-closeness.ts";
import { ADJACENT_WEIGHT, isLeadGrade, titleKinship } from "./title-kinship.ts";
import { isLedTrade } from "./trade-kinship.ts";
import type { ScoreDetail } from "./types.ts";
import { mostYearsOfAsks } from "./years-of-asks.ts";

function monthIndex(date: string | undefined): number | undefined {
  if (!date) return undefined;
  const m = /^(\d{4})(?:-(\d{1,2}))?/.exec(date);
  if (!m) return undefined;
  return Number(m[1]) * 12 + (m[2] ? Number(m[2]) - 1 : 0);
}

/** The latest month any date in the profile mentions: "now" without reading the clock. */
export function latestProfileMonth(profile: ProfileSnapshot): number | undefined {
  let latest: number | undefined;
  for (const e of profile.experience) {
    for (const d of [e.start, e.end]) {
      const m = monthIndex(d);
      if (m !== undefined && (latest === undefined || m > latest)) latest = m;
    }
  }
  return latest;
}

/**
 * A title word with the trade's agent or activity ending taken off, so the doer and the work
 * read as one trade: "Researcher" ~ "Research Fellow", "Teacher" ~ "Teaching Assistant",
 * "Recruiter" ~ "Recruiting Coordinator", "Designer" ~ "Design Lead" (an outside dev pair's
 * professor and visiting research fellow read "no role shares the trade" of a senior
 * researcher ad). A stem that is a generic title word ("Leader" -> "lead") keeps the word whole.
 */
function tradeStem(word: string): string {
  const stem = word.replace(/(?:ers?|ings?)$/, "");
  return stem.length >= 4 && stem !== word && !GENERIC_TITLE_WORDS.has(stem) ? stem : word;
}

function titleWords(title: string | undefined): Set<string> {
  return new Set(
    (title ?? "")
      .toLowerCase()
      .split(/[^a-z0-9+#.]+/)
      .filter((w) => w.length > 1 && !GENERIC_TITLE_WORDS.has(w))
      .map(tradeStem),
  );
}

/**
 * "Over 10 years of experience" in the headline or summary: used when the roles carry no
 * usable dates, so a resume whose dates did not parse is not read as zero experience.
 */
export function statedYears(profile: ProfileSnapshot): number {
  const text = `${profile.headline ?? ""}\n${profile.summary ?? ""}`;
  const m =
    /\b(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:years?|yrs)(?:\s+and\s+\d+\s+months?)?\s+(?:of\s+)?(?:\w+\s+){0,3}?(?:experience|exp\b)/i.exec(
      text,
    );
  if (!m) return 0;
  const years = Number.parseFloat(m[1]!);
  return years > 0 && years <= 50 ? years : 0;
}

/** Months covered by a set of [start, end) intervals, overlaps counted once. */
function mergedMonths(intervals: [number, number][]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let months = 0;
  let cursor = Number.NEGATIVE_INFINITY;
  for (const [s, e] of sorted) {
    const from = Math.max(s, cursor);
    if (e > from) months += e - from;
    cursor = Math.max(cursor, e);
  }
  return months;
}

/**
 * The month a current role runs to, read from the profile rather than the clock: the
 * profile's total years (computed by the resume parser against its today) minus the months of
 * the finished roles is how long the current role has run since the finished ones ended.
 */
export function impliedNow(profile: ProfileSnapshot): number | undefined {
  const latest = latestProfileMonth(profile);
  const finished: [number, number][] = [];
  const currentStarts: number[] = [];
  for (const e of profile.experience) {
    const start = monthIndex(e.start);
    if (start === undefined) continue;
    if (e.current || !e.end) currentStarts.push(start);
    else {
      const end = monthIndex(e.end);
      if (end !== undefined && end >= start) finished.push([start, end]);
    }
  }
  if (currentStarts.length === 0) return latest;
  const exclusive = Math.max(0, profile.totalYearsExperience * 12 - mergedMonths(finished));
  const finishedEnd = finished.length ? Math.max(...finished.map(([, e]) => e)) : Number.NEGATIVE_INFINITY;
  const anchor = Math.max(Math.min(...currentStarts), finishedEnd);
  return Math.max(latest ?? 0, anchor + exclusive);
}

/**
 * The roles that count toward the job: they evidence one of its skills or share its trade —
 * a word of its title, or a word the ad's opening keeps coming back to (JobPosting.focus: a
 * "Director of Finance" is relevant to a cost-controller ad that is all about finance, though
 * no title word is shared).
 */
export function relevantRoles(
  graph: SkillGraph,
  profile: ProfileSnapshot,
  job: JobPosting,
  byMeaning: boolean,
): (ExperienceEntry & { weight?: number; adjacentBecause?: string })[] {
  const jobIds = new Set(
    job.skills
      .filter((s) => s.type !== "soft" && s.kind === "required")
      .flatMap((s) => [s.skillId, ...s.alternatives]),
  );
  // A role profile's other titles count too (an "Attorney" role is relevant to "Lawyer").
  const jobTitles = [job.title, ...(job.alsoCalled ?? [])].filter((t): t is string => !!t);
  const jobTitle = new Set([...jobTitles, ...(job.focus ?? [])].flatMap((t) => [...titleWords(t)]));
  // "3+ years in customer success, account management or another customer-facing role": a
  // role of any kind the ask names is relevant, though it shares neither skill nor title with
  // the job (an account executive's years toward a customer-success ad).
  const kinds = experienceKinds(job, graph);
  const jobCodes = jobOccupations(graph, job);
  // The field the job's own title names (its technologies' occupations are wider: many trades use them).
  const fieldCodes = jobTitles.flatMap((t) => occupationsOfTitle(t));
  return profile.experience.flatMap((e) => {
    if (isOneOfKinds(graph, e, kinds)) return [e];
    const read = readRole(e);
    // A role counted for its words, tools or O*NET title, whose title and duties read as a
    // neighbouring occupation, is adjacent work, not the field's (field-work.ts: a technical
    // support engineer toward a software engineer ad); the trade a job leads stays in full.
    if (read.length === 0 || (read[0]!.weight ?? 1) <= ADJACENT_WEIGHT || isLedTrade(e.title, jobCodes))
      return read;
    return (fieldWorkWeight(e, fieldCodes) ?? 1) < 1 ? [{ ...read[0]!, weight: ADJACENT_WEIGHT }] : read;
  });

  function readRole(e: ExperienceEntry): (ExperienceEntry & { weight?: number; adjacentBecause?: string })[] {
    if (roleEvidences(graph, e, jobIds) || [...titleWords(e.title)].some((w) => jobTitle.has(w)))
      // A role whose occupation is of another SOC family used the job's tools or shares a word
      // of its title, but was another trade's work (an environmental engineer's C# script
      // toward a software career): counted as adjacent, not the same work.
      // A sales representative toward a sales manager is the trade the job leads: counted in full.
      return occupationKinship(e.title, jobCodes) === "foreign" && !isLedTrade(e.title, jobCodes)
        ? [{ ...e, weight: ADJACENT_WEIGHT }]
        : [e];
    // The same work under another name or grade (O*NET: a warehouse supervisor's occupation
    // also goes by "warehouse operations manager"): its dated months count at reduced weight,
    // in full when it is the trade the job manages and not a lead's grade (an account
    // executive's selling toward a sales manager; a shift supervisor stays adjacent).
    const kinship = titleKinship(e.title, jobTitles);
    if (kinship > 0 && !isLeadGrade(e.title) && isLedTrade(e.title, jobCodes)) return [e];
    if (kinship === 0) {
      // The role's duties name a skill the job requires in the taxonomy's spellings (a digital
      // advertising executive's "search engine optimisation" toward an SEO content ad): the
      // same years the skill's own evidence counts, at an adjacent role's weight.
      if (roleEvidences(graph, e, jobIds, true)) return [{ ...e, weight: ADJACENT_WEIGHT }];
      // Nothing named links them, but the role's title and duties read best as the field's own
      // occupation (field-work.ts): its work under another name, counted as adjacent.
      const field = byMeaning ? dutiesReadAsField(e, fieldCodes) : undefined;
      if (field)
        return [
          {
            ...e,
            weight: ADJACENT_WEIGHT,
            adjacentBecause: `its duties read as ${field.toLowerCase()} work`,
          },
        ];
      // Nothing named links them, but the role's title and duties read as the job's occupation
      // (related-work.ts: a special-education teacher toward a school counselor): adjacent work.
      const related = byMeaning ? relatedByMeaning(e, job) : undefined;
      return related ? [{ ...e, weight: related.weight, adjacentBecause: related.because }] : [];
    }
    return kinship === 1 ? [e] : [{ ...e, weight: kinship }];
  }
}

/**
 * Relevant years: the relevant roles' months, overlaps merged, an internship or part-time
 * month counting half (an internship at most a year); a current role runs to `asOfMonth`.
 */
export function relevantYears(
  graph: SkillGraph,
  profile: ProfileSnapshot,
  job: JobPosting,
  asOfMonth: number | undefined,
  byMeaning = true,
): { years: number; roles: string[]; byMeaningYears: number } {
  // Without an explicit "as of" date, a current role ends where the profile's own total
  // (computed by the resume parser against its today) says: total minus the finished roles.
  const now = asOfMonth ?? impliedNow(profile);
  const roles = relevantRoles(graph, profile, job, byMeaning);
  const count = countYears(roles, now);
  // The part that stands only on a reading of meaning (related-work.ts), from the same roles:
  // it never stands in for a degree (score-education via stages.ts).
  const named = roles.some((r) => r.adjacentBecause)
    ? countYears(
        roles.filter((r) => !r.adjacentBecause),
        now,
      ).years
    : count.years;
  return {
    years: count.years,
    roles: count.roles.map(describeRole).sort(),
    byMeaningYears: count.years - named,
  };
}

/**
 * The overall "N years of experience" of the summary, with the sentence it came from, when
 * that sentence names one of the job's skills or its trade: then it is about this work.
 */
function statementAboutJob(profile: ProfileSnapshot, job: JobPosting): boolean {
  const text = `${profile.headline ?? ""}\n${profile.summary ?? ""}`;
  const sentence = text
    .split(/(?<=[.!?])\s+|\n+/)
    .find((t) => !looksLikeInstruction(t) && statedYears({ ...profile, headline: t, summary: "" }) > 0);
  if (!sentence) return false;
  const words = titleWords(sentence);
  if ([...titleWords(job.title)].some((w) => words.has(w))) return true;
  const ids = new Set(job.skills.filter((s) => s.type !== "soft").map((s) => s.skillId));
  const lower = sentence.toLowerCase();
  return profile.skills.some((s) => ids.has(s.skillId) && lower.includes(s.name.toLowerCase()));
}

export function scoreExperience(
  graph: SkillGraph,
  profile: ProfileSnapshot,
  job: JobPosting,
  results: GroupResult[],
  asOfMonth: number | undefined,
  /** The ad's asks with their evidence: an ad asking kinds of work and no years is scored on them. */
  asks: readonly RequirementEvidence[] = [],
): ScoreDetail & { requiredYears?: number; heldYears: number; explicit: boolean; byMeaningYears: number } {
  const overall = job.experience.filter((e) => e.kind === "required" && e.skills.length === 0);
  const explicitYears = overall.length > 0 ? Math.max(...overall.map((e) => e.minYears)) : undefined;
  const requiredYears = explicitYears ?? (job.seniority ? TYPICAL_YEARS[job.seniority] : undefined);

  const fromRoles = relevantYears(graph, profile, job, asOfMonth);
  const claims = summaryClaims(profile, graph);
  const dated = hasDatedRoles(profile);
  // Relevance of a career whose roles say little: only skills with something behind them
  // count (a listed-only skill, or a note to the screening software, adds no years).
  const evidenced = new Set(profile.skills.filter((s) => isEvidenced(s, claims)).map((s) => s.skillId));
  const required = results.filter((r) => r.group.kind === "required");
  const meanCredit =
    required.length === 0
      ? 0
      : required.reduce((s, r) => s + (r.match && evidenced.has(r.match.skillId) ? r.credit : 0), 0) /
        required.length;
  const relevance = Math.min(1, Math.max(0, (meanCredit - 0.2) / 0.6));
  // Total years stand in only when no role has usable dates (the dates did not parse).
  const fromTotal = dated ? 0 : Math.round(profile.totalYearsExperience * relevance * 10) / 10;
  const stated = statedYears(profile);
  // "Java developer with 5 years of experience" is about this job; a bare "10 years of
  // experience" counts in proportion to the evidenced skill overlap.
  const fromStatement =
    stated === 0 ? 0 : statementAboutJob(profile, job) ? stated : Math.round(stated * relevance * 10) / 10;
  const now = asOfMonth ?? impliedNow(profile);
  // The years that meet the ad's own years ask are years of its work (years-of-asks.ts).
  const ofAsk = mostYearsOfAsks(asks, { graph, profile, job, now });
  const fromAsk = ofAsk?.years ?? 0;
  const held = Math.max(fromRoles.years, fromTotal, fromStatement, fromAsk);

  const perSkill = job.experience.filter((e) => e.kind === "required" && e.skills.length > 0);
  const perSkillRatios: number[] = [];
  const evidence: string[] = [];
  for (const ask of perSkill) {
    const ids = new Set(ask.skills);
    for (const r of results)
      if (r.group.ids.some((id) => ids.has(id))) for (const id of r.group.ids) ids.add(id);
    const shown = yearsForRequirement(graph, profile, [...ids], now, claims);
    perSkillRatios.push(Math.min(1, shown.years / ask.minYears));
    evidence.push(
      `asked ${ask.minYears}+ years (${ask.evidence.slice(0, 80)}): you show ${shown.years}${shown.evidence.length ? ` — ${shown.evidence.slice(0, 3).join("; ")}` : " (no role, statement or stated years behind it)"}`,
    );
  }

  // An ad that asks kinds of work and no years: its duty asks are its experience ask
  // (duty-experience.ts), met or not by the work quoted — never "nothing could be scored", and
  // beside skill requirements too (the skills are weighed in the skills score; what the ad asks
  // of experience is the kinds of work). The verdict is refitted on these inputs (issue 13).
  const duties =
    requiredYears === undefined && perSkill.length === 0 ? dutyExperienceScore(asks, held) : undefined;
  if (duties) {
    const { dutiesMet: _m, dutiesOf: _o, ...detail } = duties;
    return { ...detail, heldYears: held, explicit: false, byMeaningYears: fromRoles.byMeaningYears };
  }
  if (!dated && profile.totalYearsExperience === 0 && stated === 0 && perSkillRatios.every((r) => r === 0)) {
    return {
      score: null,
      enoughData: false,
      explanation: "Not enough data: your profile shows no dated roles or years of experience to compare.",
      evidence: [],
      weight: 0.25,
      // The years asked stay known: none shown is short of them for the verdict and the gaps.
      ...(requiredYears !== undefined ? { requiredYears } : {}),
      heldYears: 0,
      explicit: false,
      byMeaningYears: 0,
    };
  }
  if (requiredYears === undefined && perSkillRatios.length === 0) {
    return {
      score: null,
      enoughData: false,
      explanation: "Not enough data: the job states no years of experience and no seniority.",
      evidence: [`you show ${held} relevant year(s)`],
      weight: 0.25,
      heldYears: held,
      explicit: false,
      byMeaningYears: fromRoles.byMeaningYears,
    };
  }
  const overallRatio =
    requiredYears === undefined ? undefined : requiredYears === 0 ? 1 : Math.min(1, held / requiredYears);
  const perSkillAvg = perSkillRatios.length
    ? perSkillRatios.reduce((a, b) => a + b, 0) / perSkillRatios.length
    : undefined;
  const ratio =
    overallRatio !== undefined && perSkillAvg !== undefined
      ? 0.6 * overallRatio + 0.4 * perSkillAvg
      : (overallRatio ?? perSkillAvg ?? 0);
  const score = Math.round(ratio * 100);
  const basis =
    requiredYears === undefined
      ? "years asked per skill"
      : explicitYears === 0
        ? "no minimum years (an entry-level range)"
        : explicitYears !== undefined
          ? `${requiredYears}+ years ${job.source === "posting" ? "asked" : "typical for the role"}`
          : `about ${requiredYears} years, typical for a ${job.seniority} role (the ad states none)`;
  return {
    score,
    enoughData: true,
    explanation: `${held} relevant year(s) against ${basis}.`,
    evidence: [
      ...(fromRoles.roles.length ? fromRoles.roles.map((r) => `relevant role: ${r}`) : []),
      ...(held === 0 && !fromRoles.roles.length ? ["no role shares the job's skills or trade"] : []),
      ...(fromTotal > fromRoles.years
        ? [`${profile.totalYearsExperience} total year(s), counted ${fromTotal} for the skill overlap`]
        : []),
      ...(fromStatement > Math.max(fromRoles.years, fromTotal)
        ? [
            fromStatement === stated
              ? `your summary states ${stated} years of experience in this line of work`
              : `your summary states ${stated} years of experience, counted ${fromStatement} for the skill overlap`,
          ]
        : []),
      ...(ofAsk && fromAsk > Math.max(fromRoles.years, fromTotal, fromStatement)
        ? [
            `${fromAsk} year(s) shown for the ad's ask "${ofAsk.text.slice(0, 100)}"${ofAsk.evidence.length ? `: ${ofAsk.evidence.slice(0, 2).join("; ")}` : ""}`,
          ]
        : []),
      ...overall.map((o) => `ad: ${o.evidence.slice(0, 120)}`),
      ...evidence,
    ],
    weight: 0.25,
    ...(requiredYears !== undefined ? { requiredYears } : {}),
    heldYears: held,
    byMeaningYears: fromRoles.byMeaningYears,
    // Only an employer's stated minimum can be a must-have; a role profile's is typical.
    explicit: explicitYears !== undefined && job.source === "posting",
  };
}
