/**
 * The person as the analysis sees them. Built from a stored profile or straight from a
 * parsed resume; tools/gap consumes only this shape.
 */
export type Proficiency = "beginner" | "intermediate" | "advanced" | "expert";
export const PROFICIENCY_ORDER: Proficiency[] = ["beginner", "intermediate", "advanced", "expert"];

/** secondary < associate < bachelor < master < doctorate */
export type EducationLevel = "secondary" | "associate" | "bachelor" | "master" | "doctorate";
export const EDUCATION_ORDER: EducationLevel[] = [
  "secondary",
  "associate",
  "bachelor",
  "master",
  "doctorate",
];

/** ISO-like partial date: "2019", "2019-07". */
export type PartialDate = string;

export interface EducationEntry {
  institution?: string;
  degree?: string;
  level?: EducationLevel;
  field?: string;
  start?: PartialDate;
  end?: PartialDate;
  gpa?: string;
  /** Still being studied for ("pursuing", "admitted to study", thesis in corrections): not held yet. */
  inProgress?: boolean;
  confidence?: number;
}

export interface ExperienceEntry {
  title?: string;
  company?: string;
  location?: string;
  start?: PartialDate;
  end?: PartialDate;
  current?: boolean;
  bullets: string[];
  skills: string[];
  confidence?: number;
}

export interface ProjectEntry {
  name: string;
  description?: string;
  technologies: string[];
  link?: string;
}

export interface CertificationEntry {
  name: string;
  issuer?: string;
  date?: PartialDate;
  skills: string[];
  /**
   * Being worked towards, not held ("CPA candidate (FAR, AUD passed; REG in progress)",
   * "PMP expected 2025"): shown as in progress, never counted as the credential.
   */
  inProgress?: true;
}

export type SkillSource = "resume" | "manual" | "chat" | "inferred";

export interface UserSkill {
  /** Canonical taxonomy id. */
  skillId: string;
  name: string;
  proficiency: Proficiency;
  /** Why this proficiency: "stated: expert in", "inferred: 5 years, used until 2024". */
  proficiencyReason: string;
  /** True when the person said it themselves (always wins over inference). */
  proficiencyStated: boolean;
  years?: number;
  lastUsed?: PartialDate;
  source: SkillSource;
  /** Experience/project/certification that evidences it. */
  evidence: string[];
  validated: boolean;
}

export interface ContactInfo {
  name?: string;
  email?: string;
  phone?: string;
  location?: string;
  links: { kind: "linkedin" | "github" | "portfolio" | "other"; url: string }[];
}

/**
 * What the person wants from a job, in their own terms. Feeds the salary, location and
 * culture-fit scores; set from chat ("at least 90000 EUR a year", "remote only", "I care
 * about mentoring"), the REST API or a resume. Absent fields mean "not said yet".
 */
export type Shift = "day" | "evening" | "night" | "weekend" | "rotating";
/** Only this shift, never this shift, or open to it. */
export type ShiftStance = "only" | "no" | "open";
export interface ShiftPreference {
  shift: Shift;
  stance: ShiftStance;
}

/**
 * A kind of employment: what an ad offers (tools/jobs/header.ts) and what a person wants ("only
 * part-time": tools/jobs/employment-types.ts), one type so the two can be compared.
 */
export const EMPLOYMENT_TYPES = [
  "full_time",
  "part_time",
  "contract",
  "temporary",
  "internship",
  "freelance",
] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export interface Preferences {
  /** Where they want to work: a city, region or country as they said it. */
  desiredLocation?: string;
  /** "remote_or_hybrid": either, not on-site every day ("remote or hybrid"). */
  remote?: "remote" | "hybrid" | "remote_or_hybrid" | "onsite" | "any";
  /** Willing to move for the job. */
  relocate?: boolean;
  /** Places they would move to for a job, as said ("could relocate to Manchester"). */
  relocateTo?: string[];
  /** Lowest acceptable pay, in salaryCurrency per salaryPeriod. */
  salaryMin?: number;
  /** Upper end when they gave a range. */
  salaryMax?: number;
  /**
   * A point expectation ("around 120k", "~120k", "120k-ish"), in salaryCurrency per
   * salaryPeriod: pay near it is as good as above it. Set instead of salaryMin/salaryMax.
   */
  salaryTarget?: number;
  /** ISO 4217 code, upper case ("EUR", "USD", "INR"). */
  salaryCurrency?: string;
  salaryPeriod?: "year" | "month" | "week" | "day" | "hour";
  /** Work values in their words, lower case: "work-life balance", "mentoring", "small team". */
  values?: string[];
  /** Shifts they keep to, refuse or accept ("nights only", "no weekends"): tools/jobs/shifts.ts. */
  shifts?: ShiftPreference[];
  /** The kinds of employment they want ("only part-time", "contract work"), in the order said. */
  employment?: EmploymentType[];
  /**
   * Where a preference came from when it was not stated by the person: the groups taken from
   * a described dream role ("I want to be a nurse in Halifax, around 85k"). A later described
   * role replaces these; nothing replaces what the person stated. Set by the service only.
   */
  fromDescribedRole?: PreferenceGroup[];
}

/** Preferences that are stated together: pay is its amount, currency and period as one. */
export type PreferenceGroup = "salary" | "remote" | "desiredLocation";

export interface ProfileSnapshot {
  contact: ContactInfo;
  summary?: string;
  headline?: string;
  education: EducationEntry[];
  experience: ExperienceEntry[];
  projects: ProjectEntry[];
  certifications: CertificationEntry[];
  skills: UserSkill[];
  /** Spoken languages, by their English names ("German", "Spanish"). */
  languages: string[];
  /**
   * The level written beside a language, as written: "German" -> "B1", "Spanish" -> "fluent",
   * "French" -> "courant". Languages with no level written have no key. The gap analysis reads
   * it against an ad's asked level ("German B2 or better"); the profile shows it.
   */
  languageLevels?: Record<string, string>;
  totalYearsExperience: number;
  preferences: Preferences;
  /** 0..1, how well the source parsed (1 for hand-entered profiles). */
  parseConfidence: number;
}
