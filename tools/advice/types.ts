/** What career advice can be about, and the facts it is grounded in (no code: the planner imports it). */
import type { Preferences } from "../../contract/profile.ts";
import type { GrowthLadder } from "./growth-ladder.ts";
import type { NegotiationReading } from "./negotiation.ts";

export const ADVICE_TOPICS = [
  "salary_negotiation",
  "career_paths",
  "networking",
  "company_research",
  "resume_improvement",
  "career_gap",
  // Career questions beside the point before (agent/planner/career-questions.ts; words in career-answer-words.ts).
  "pay_question",
  "career_growth",
  "trade_entry",
  "requirement_disputed",
  // Plain questions about where the person stands (standing.ts; words in agent/planner/standing-words.ts).
  "age",
  "time_out",
  "experience_counted",
  "recap",
] as const;
export type AdviceTopic = (typeof ADVICE_TOPICS)[number];
export const isAdviceTopic = (t: string): t is AdviceTopic =>
  (ADVICE_TOPICS as readonly string[]).includes(t);

/** Advice topics, and "honesty": what the person really has, for "can I say I have …?". */
export type FactsAbout = AdviceTopic | "honesty";

/** The true facts an honest answer offers instead of a made-up claim (tools/advice/honest-claims.ts). */
export interface HonestFacts {
  /** Education as stored: "BSc in Statistics, University of Lisbon". */
  education: string[];
  certifications: string[];
  /** Roles held, newest first: "Data Analyst at Sardine Retail". */
  roles: string[];
  totalYears?: number;
  /**
   * A skill they asked about claiming: its name, whether their profile lists it (and at what
   * level), and skills they do have near it in the taxonomy (related, parent, child, sibling).
   */
  skill?: { name: string; has?: string; adjacent: string[] };
}

export interface AdviceFacts {
  targetRole?: string;
  targetCompany?: string;
  /** The target is a role the person described, not an ad: it has no pay of its own. */
  targetDescribed?: boolean;
  /** The pay the target ad states, as written there. */
  targetPay?: string;
  expectation?: Pick<
    Preferences,
    "salaryMin" | "salaryMax" | "salaryTarget" | "salaryCurrency" | "salaryPeriod"
  >;
  location?: string;
  /** Newest first. */
  applications: { company: string; position: string; status: string }[];
  /**
   * Occupations a person could move into, best first (tools/advice/career-paths.ts): the
   * skills they share, the held title it grows from, and whether it takes more preparation
   * (a higher O*NET job zone).
   */
  relatedRoles: { title: string; shared: string[]; from?: string; morePreparation?: boolean }[];
  /** How many skills the profile holds (career paths: none found is not "no skills"). */
  skillCount?: number;
  resume?: {
    filename: string;
    quality: string;
    missingSections: string[];
    bullets: number;
    bulletsWithoutNumbers: number;
  };
  /** Skills listed that no experience, project or certification backs. */
  unbackedSkills: string[];
  topGaps: string[];
  honest?: HonestFacts;
  /** Salary advice: the pay figures the person's message gave, compared (tools/advice/negotiation.ts). */
  negotiation?: NegotiationReading;
  /** For "career_gap": the longest time without a role the profile shows, and the role before it. */
  careerBreak?: { months: number; before?: string; ongoing: boolean };
  /** For "career_gap": the question named a licence, registration or refresher (licence-asked.ts). */
  licenceAsked?: boolean;
  /** For "career_growth": the ladder of the role asked about (tools/advice/growth-ladder.ts). */
  ladder?: GrowthLadder;
  /** For the plain questions (age, time out, years counted, recap): where the person stands. */
  standing?: Standing;
}

/** Where the person stands (tools/advice/standing.ts). */
export interface Standing {
  target?: string;
  /** The last analysis of the target, when there is one. */
  verdict?: { verdict: "FIT" | "UNFIT"; readiness: number; topGaps: string[]; experience?: string };
  /** Roles held, as stored (dates as written, "2019-03"); years each covers, when dated. */
  roles: {
    title?: string;
    company?: string;
    start?: string;
    end?: string;
    current: boolean;
    years?: number;
  }[];
  /** The profile's total years of experience (dated roles merged, overlaps once). */
  totalYears: number;
  careerBreak?: { months: number; before?: string; ongoing: boolean };
  /** The latest roadmap: its length, the first unfinished week, the job it was planned for. */
  roadmap?: { weeks: number; currentWeek?: number; weekTitle?: string; forTarget?: string; stale: boolean };
  /** The next pending reminder (ISO times) and the application's company. */
  nextReminder?: { kind: "follow_up" | "interview"; dueAt: string; subjectAt?: string; company?: string };
  timeZone?: string;
}
