/**
 * What the analysis needs to know about a job: parsed from a pasted ad (`parseJobPosting`)
 * or assembled from a role profile for a described dream role (`describeDreamRole`).
 */

import type { EducationLevel, EmploymentType, Proficiency, Shift } from "../../contract/profile.ts";
import type { SkillCategory, SkillType } from "../../data/taxonomy/types.ts";

export type Seniority =
  | "intern"
  | "junior"
  | "mid"
  | "senior"
  | "lead"
  | "principal"
  | "manager"
  | "director";
export type WorkMode = "remote" | "hybrid" | "onsite";
/** One type for the kind of employment an ad offers and a person wants (contract/profile.ts). */
export type { EmploymentType } from "../../contract/profile.ts";
export type SalaryPeriod = "year" | "month" | "week" | "day" | "hour";
export type RequirementKind = "required" | "preferred";

export interface SalaryRange {
  min?: number;
  max?: number;
  /** ISO 4217 code when recognisable (USD, EUR, GBP, DKK, INR...). */
  currency?: string;
  period: SalaryPeriod;
  /** The matched text, so a person can check the reading. */
  text: string;
  /** A described role's pay said as a point ("around $120k"): the person's target, not a floor. */
  approximate?: boolean;
}

export interface SkillRequirement {
  /** Canonical taxonomy id. */
  skillId: string;
  name: string;
  type: SkillType;
  category: SkillCategory;
  kind: RequirementKind;
  /** A must-have: named in the title, with a years minimum, or with a "must/strong/expert" cue. */
  critical: boolean;
  /** Level asked, from cues ("expert in", "familiar with") or years. */
  level: Proficiency;
  minYears?: number;
  /** Other skill ids that satisfy this requirement instead ("Java or Kotlin"). */
  alternatives: string[];
  /**
   * A role profile's kind of tool ("CRM software"): `name` says the kind with examples, and
   * the skill and every alternative are tools of that kind, any one of which meets it.
   */
  toolKind?: string;
  /**
   * The ask is a product family with its products ("Microsoft Office (Word, Excel, Outlook)"):
   * met by the family, or by a share of its products (tools/gap/family-share.ts).
   */
  productFamily?: boolean;
  /** The sentence of the ad (or the role profile line) it came from. */
  evidence: string;
  /** Only mentioned in the description, not asked in a requirements list: weighs half. */
  mentionedOnly?: boolean;
  /**
   * A role profile's: how central the tool is to the occupation (data/roles `coreCentrality`),
   * so gaps of equal severity put the field's own tools before widespread ones.
   */
  centrality?: number;
}

export interface EducationRequirement {
  kind: RequirementKind;
  level?: EducationLevel;
  /** Lower-case fields of study named ("computer science", "engineering"). */
  fields: string[];
  /** "or equivalent (practical) experience". */
  equivalentExperience: boolean;
  /**
   * Why no experience stands in for the level (a licensed or regulated occupation's degree,
   * data/roles `credentials`): a required level not held is then a hard ask.
   */
  noSubstitute?: string;
  evidence: string;
}

/** One requirement sentence of a posting or a role profile. */
export interface RequirementLine {
  text: string;
  kind: RequirementKind;
  /** The licence the line asks for, when the builder knows it (a licensed role profile's). */
  licence?: CredentialAsk;
  /** Missing it rules the person out (a licensed occupation's own licence). */
  hard?: boolean;
  /** Taxonomy ids of the skills the ad names in this line (an ad's lines; absent when none). */
  skills?: string[];
  /**
   * A sentence of an ad with no requirements section that no ask cue marks ("Relevant academic
   * education", "Commercial insight, business-minded"): an ask only when the ask classifier
   * (tools/gap/ask-classifier.ts) reads it as a qualification or a trait.
   */
  unmarked?: boolean;
  /**
   * The line sits under a heading that says it is asked ("Requirements:", "Nice to have:"):
   * an item there is an ask of the candidate even when, read alone, it names work to do
   * ("Employee relations casework"), unless it speaks of the employer or the job's future work.
   */
  underAskHeading?: boolean;
  /**
   * A competence typical of this O*NET occupation (a described trade's field ask, role-extras
   * `fieldAsks`): a role held in that occupation shows it, whatever its bullets say.
   */
  typicalOf?: string;
}

/** A licence, registration or certification asked for, by the names it goes by ("Registered Nurse", "RN"). */
export interface CredentialAsk {
  name: string;
  aka: string[];
}

export interface ExperienceRequirement {
  minYears: number;
  kind: RequirementKind;
  /** Skill ids the years are about; empty = overall professional experience. */
  skills: string[];
  evidence: string;
}

/** An occupation read from an ad, a title or a described role. */
export interface JobOccupation {
  /** O*NET-SOC code, e.g. "15-1253.00". */
  code: string;
  /** Its display name in the singular ("Software Quality Assurance Analyst and Tester"). */
  title: string;
  /** What it was read from: the title, the opening and duties, or the role profile itself. */
  via: "title" | "duties" | "role";
  /** Cosine to the occupation's centroid (1 for a role profile). */
  score: number;
}

export interface JobPosting {
  source: "posting" | "role_profile";
  title?: string;
  /** Other titles the same job goes by (a role profile's O*NET and ESCO titles). */
  alsoCalled?: string[];
  seniority?: Seniority;
  company?: string;
  location?: string;
  workMode?: WorkMode;
  employmentType?: EmploymentType;
  salary?: SalaryRange;
  skills: SkillRequirement[];
  experience: ExperienceRequirement[];
  education?: EducationRequirement;
  /** Soft-skill ids asked (also present in `skills` with type soft). */
  softSkills: string[];
  /** Domains/industries in lower case ("financial services", "e-commerce"). */
  domains: string[];
  responsibilities: string[];
  /** Culture and values signals, canonical tags ("remote-first", "learning", "diversity"...). */
  culture: string[];
  /** Spoken languages asked ("english", "german"). */
  languages: string[];
  /** Shifts the ad asks for ("night shift", "weekends required"): tools/jobs/shifts-in-ads.ts. */
  shifts?: Shift[];
  /**
   * The ad's requirement sentences as written (requirements / nice-to-have sections, or asks
   * in the prose when the ad has no such section): tools/gap types them and finds evidence.
   */
  requirementLines?: RequirementLine[];
  /**
   * What the ad is about in its own words: words of its title and opening that it comes back
   * to ("preschool", "wireless"), tools/jobs/focus.ts. The verdict compares them with the
   * person's roles (the specialisation the taxonomy has no skill for).
   */
  focus?: string[];
  /**
   * A described role's occupation (O*NET code). An ad's is read on demand from its title and
   * `opening` (occupation-reader.ts `jobOccupation`), only by a caller that uses it.
   */
  occupation?: JobOccupation;
  /** The ad's opening as the occupation reader reads it (ad-opening.ts). */
  opening?: string;
  /** Plain statements about how this was built ("typical requirements for the role ..."). */
  notes: string[];
  /** Lines that looked like instructions to an AI and were ignored as data. */
  ignoredInstructions: number;
  /** 0..1: how much of the usual structure was found. */
  parseConfidence: number;
}

export interface ExtractedSkillSpan {
  start: number;
  end: number;
  text: string;
}

/** One skill found in text, the shape tools/skills/extract.ts returns. */
export interface ExtractedSkill {
  id: string;
  name: string;
  type: SkillType;
  category: SkillCategory;
  spans: ExtractedSkillSpan[];
}

/** The skill extractor the job parser uses (tools/skills `extractSkills`). */
export type SkillExtractor = (text: string) => ExtractedSkill[];
