/**
 * The facts career advice is grounded in, read from what the person has stored: their
 * target job (and the pay its ad states), their stated expectation, their applications,
 * occupations they could move into (career-paths.ts), and their resume's
 * parse (sections, bullets without a number, skills no experience backs) plus the last
 * analysis's gaps. Only facts: the words are the agent's; no figure is made up here.
 */
import type { Queryable } from "../../data/db/types.ts";
import { createAnalysesRepository } from "../../data/repositories/analyses.ts";
import { ApplicationsRepository } from "../../data/repositories/applications.ts";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { createResumesRepository } from "../../data/repositories/resumes.ts";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { titlesLatestFirst } from "../experience/roles.ts";
import type { SalaryRange } from "../jobs/types.ts";
import { hasPayExpectation } from "../profile/pay-words.ts";
import { careerBreak } from "./career-break.ts";
import { growthLadder, roleNamedInGrowthQuestion } from "./growth-ladder.ts";
import { honestFacts } from "./honest-claims.ts";
import { asksAboutLicence } from "./licence-asked.ts";
import { readNegotiation } from "./negotiation.ts";
import { offerFiguresIn } from "./offer-figures.ts";
import { standingFacts } from "./standing.ts";
import type { AdviceFacts, AdviceTopic, FactsAbout } from "./types.ts";

export type { AdviceFacts, AdviceTopic, FactsAbout };

import { careerPaths } from "./career-paths.ts";

/** Plain questions answered from where the person stands (standing.ts). */
const STANDING_TOPICS = new Set<FactsAbout>(["age", "time_out", "experience_counted", "recap"]);

/** Sections a recruiter looks for first; a resume without one of them reads as incomplete. */
const EXPECTED_SECTIONS = ["experience", "education", "skills"] as const;

interface ParsedShape {
  sections?: { kind: string }[];
  experience?: { bullets?: string[] }[];
  projects?: { bullets?: string[] }[];
  quality?: string;
}

function resumeFacts(filename: string, parsed: ParsedShape): AdviceFacts["resume"] {
  const kinds = new Set((parsed.sections ?? []).map((s) => s.kind));
  const bullets = [...(parsed.experience ?? []), ...(parsed.projects ?? [])].flatMap((e) => e.bullets ?? []);
  return {
    filename,
    quality: parsed.quality ?? "unknown",
    missingSections: EXPECTED_SECTIONS.filter((k) => !kinds.has(k)),
    bullets: bullets.length,
    bulletsWithoutNumbers: bullets.filter((b) => !/\d/.test(b)).length,
  };
}

/**
 * `skill`: for "honesty", the skill they asked about claiming; `text`: the message, whose pay
 * figures ("they offered 150k, the band is 140-170") salary advice compares.
 */
export async function adviceFacts(
  db: Queryable,
  userId: string,
  topic: FactsAbout,
  skill?: string,
  text?: string,
): Promise<AdviceFacts> {
  const profile = await createProfileRepository(db).load(userId);
  const analyses = createAnalysesRepository(db);
  const job = await analyses.latestJob<{ salary?: SalaryRange }>(userId);
  const p = profile.preferences;
  const facts: AdviceFacts = {
    ...(job?.title ? { targetRole: job.title } : {}),
    ...(job?.company ? { targetCompany: job.company } : {}),
    ...(job?.sourceKind === "role" ? { targetDescribed: true } : {}),
    ...(job?.requirements?.salary?.text ? { targetPay: job.requirements.salary.text } : {}),
    ...(hasPayExpectation(p)
      ? {
          expectation: {
            salaryMin: p.salaryMin,
            salaryMax: p.salaryMax,
            salaryTarget: p.salaryTarget,
            salaryCurrency: p.salaryCurrency,
            salaryPeriod: p.salaryPeriod,
          },
        }
      : {}),
    ...((p.desiredLocation ?? profile.contact.location)
      ? { location: p.desiredLocation ?? profile.contact.location }
      : {}),
    applications: [],
    relatedRoles: [],
    unbackedSkills: [],
    topGaps: [],
  };
  if (topic === "networking" || topic === "company_research" || topic === "salary_negotiation") {
    const { items } = await new ApplicationsRepository(db).list(userId, { limit: 3 });
    facts.applications = items.map((a) => ({ company: a.company, position: a.position, status: a.status }));
  }
  if (topic === "salary_negotiation" && text) {
    const figures = offerFiguresIn(text);
    if (Object.keys(figures).length)
      facts.negotiation = readNegotiation(figures, facts.expectation, job?.requirements?.salary);
  }
  if (topic === "honesty") facts.honest = honestFacts(profile, getTaxonomy(), skill);
  if (topic === "career_paths") {
    facts.relatedRoles = await careerPaths(profile, job?.title ?? undefined);
    facts.skillCount = profile.skills.length;
  }
  if (topic === "resume_improvement") {
    const [latest] = await createResumesRepository(db).list(userId);
    if (latest) {
      const stored = await createResumesRepository(db).get(userId, latest.id);
      if (stored.parsed) facts.resume = resumeFacts(latest.filename, stored.parsed as ParsedShape);
    }
    facts.unbackedSkills = profile.skills
      .filter((s) => !s.validated && s.evidence.length === 0)
      .slice(0, 4)
      .map((s) => s.name);
  }
  if (topic === "career_growth") {
    const ladder = await growthLadder(text ? roleNamedInGrowthQuestion(text) : undefined, [
      ...(job?.title ? [job.title] : []),
      ...titlesLatestFirst(profile.experience).slice(0, 1),
    ]);
    if (ladder) facts.ladder = ladder;
  }
  if (topic === "career_gap") {
    const found = careerBreak(profile.experience, new Date());
    if (found) facts.careerBreak = found;
    if (asksAboutLicence(text)) facts.licenceAsked = true;
  }
  if (STANDING_TOPICS.has(topic)) facts.standing = await standingFacts(db, userId, new Date());
  if (topic === "resume_improvement" || topic === "career_paths") {
    const analysis = await analyses.latestAnalysis<{ gaps?: { skill: string }[] }>(userId);
    facts.topGaps = (analysis?.result.gaps ?? []).slice(0, 3).map((g) => g.skill);
  }
  return facts;
}
