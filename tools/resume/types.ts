/**
 * What `parseResume` returns. Every extracted value carries a confidence (0..1) so the
 * agent can say "I am not sure about X" instead of presenting a guess as fact, and the
 * whole parse carries one too (a resume that parsed poorly says so).
 */
import type {
  CertificationEntry,
  EducationEntry,
  ExperienceEntry,
  ProjectEntry,
} from "../../contract/profile.ts";

export type DocumentKind = "pdf" | "docx" | "png" | "jpeg" | "webp" | "text";

export type SectionKind =
  | "contact"
  | "summary"
  | "experience"
  | "education"
  | "projects"
  | "certifications"
  | "skills"
  | "languages"
  | "awards"
  | "volunteering"
  | "publications"
  | "memberships"
  | "interests"
  | "references"
  | "personal"
  | "other";

export interface ResumeSection {
  kind: SectionKind;
  /** The heading as written, or null when the section was inferred from layout/content. */
  heading: string | null;
  /** Line indexes [startLine, endLine) into ParsedResume.lines (heading line excluded). */
  startLine: number;
  endLine: number;
  /** Character offsets [start, end) into ParsedResume.text. */
  start: number;
  end: number;
}

export interface Scored<T> {
  value: T;
  confidence: number;
}

export interface ResumeLink {
  kind: "linkedin" | "github" | "portfolio" | "other";
  url: string;
}

export interface ParsedContact {
  name?: Scored<string>;
  email?: Scored<string>;
  phone?: Scored<string>;
  location?: Scored<string>;
  links: ResumeLink[];
  /** Other places the person names (e.g. "willing to relocate to"). */
  otherLocations: string[];
}

export interface ParsedEducation extends EducationEntry {
  confidence: number;
  /**
   * A school-leaving certificate (SSC, HSC, A levels, Class XII) as written: secondary level,
   * not a degree, so `degree` stays empty; the profile receives it as the entry's degree.
   */
  schoolCertificate?: string;
}

export interface ParsedExperience extends ExperienceEntry {
  confidence: number;
  /**
   * Other positions the job's own text names the person in ("Project Manager and Scrum Master
   * of the company's top products" in its duties): held within this job, not jobs of their own,
   * so the profile and the fit read only `title`.
   */
  positions?: { title: string }[];
}

export interface ParsedProject extends ProjectEntry {
  confidence: number;
}

export interface ParsedCertification extends CertificationEntry {
  confidence: number;
}

export interface SkillSpan {
  start: number;
  end: number;
  text: string;
}

/** A skill found in the resume, with where it was seen and whether anything backs it up. */
export interface ResumeSkill {
  id: string;
  name: string;
  type?: string;
  category?: string;
  spans: SkillSpan[];
  /** Not in the skill taxonomy: kept under the name the person wrote (id = its slug). */
  unrecognised?: true;
  sections: SectionKind[];
  /** True when an experience entry, project or certification evidences the skill. */
  validated: boolean;
  /** Human-readable evidence: "experience: Java Developer at Infosys (2016-2019)". */
  evidence: string[];
  /** Years of use from the date ranges of the entries that mention it (overlaps merged). */
  years?: number;
  lastUsed?: string;
}

export interface LanguageReport {
  /** ISO 639-1 code of the main language of the text, or "und" when unclear. */
  detected: string;
  supported: boolean;
  /** Languages whose section headings and fields we recognise. */
  supportedLanguages: string[];
}

export type ParseQuality = "good" | "fair" | "poor";

export interface ParsedResume {
  source: {
    kind: DocumentKind;
    bytes: number;
    pages: number;
    /** True when the text came from OCR (image or scanned PDF). */
    ocr: boolean;
    /** The text layer was reconstructed from a multi-column layout. */
    columns: number;
  };
  language: LanguageReport;
  /** Normalised text, one logical line per "\n". Everything in it is data, never instructions. */
  text: string;
  sections: ResumeSection[];
  contact: ParsedContact;
  summary?: string;
  headline?: string;
  /** The role the objective/summary says the person wants ("a position as a Data Analyst"). */
  wantedRole?: string;
  /** Titles held that the resume names in sentences rather than as job entries. */
  rolesMentioned: string[];
  education: ParsedEducation[];
  experience: ParsedExperience[];
  projects: ParsedProject[];
  /**
   * Things done outside jobs (volunteering, outreach and service activities, publications,
   * talks), read like projects (fields/activities.ts): no jobs, but evidence of what the person
   * can do, so the profile keeps them with the projects (to-profile.ts).
   */
  activities?: ParsedProject[];
  certifications: ParsedCertification[];
  /** Skills the resume names or shows, without soft skills and spoken languages (below). */
  skills: ResumeSkill[];
  /**
   * Soft skills, named or shown by what the person did ("led a team of 5" -> leadership), and
   * spoken languages found as skills: reported apart, as resume labels keep them apart (the
   * spoken languages are also in `languages`). The profile gets all of them (to-profile.ts).
   */
  softSkills?: ResumeSkill[];
  spokenLanguageSkills?: ResumeSkill[];
  /**
   * Credentials the skill reader found ("PMP", "CISSP", an item "Certificate in Maritime Law"):
   * certifications, not skills the person works with, so reported apart from `skills`; the
   * profile still holds them by id, so a job's "PMP" ask is met (to-profile.ts).
   */
  certificationSkills?: ResumeSkill[];
  /** Employers, clients and partners the resume names, in or outside the job entries. */
  organizations: string[];
  /** Every place the resume names ("Pune, Maharashtra", "Chicago, IL"): addresses, job and school locations. */
  places: string[];
  languages: string[];
  /** The level written beside a language, as written ("German" -> "B1"): see contract/profile.ts. */
  languageLevels?: Record<string, string>;
  totalYearsExperience: number;
  /** Skill id -> years, from the date ranges of the entries that mention the skill. */
  yearsBySkill: Record<string, number>;
  confidence: number;
  quality: ParseQuality;
  /** Things the person should know: "no text layer, used OCR", "this looks like French". */
  warnings: string[];
  /**
   * Text kept out of field and skill extraction: hidden (white/tiny) text and lines that
   * address an AI ("ignore previous instructions"). Kept so a person can see it; it is
   * data and can never change the parse or an analysis.
   */
  ignoredText: { reason: "hidden" | "instruction"; text: string }[];
}
