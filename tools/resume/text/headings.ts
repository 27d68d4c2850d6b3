/**
 * The section headings people really write, mapped to a section kind. Matching is on the
 * whole heading after case-folding and dropping punctuation, so "WORK EXPERIENCE:",
 * "Work experience" and "work-experience" are the same heading.
 */

import type { SectionKind } from "../types.ts";
import { compoundHeading } from "./compound-heading.ts";
import { OTHER_LANGUAGE_HEADINGS } from "./headings-other-languages.ts";
import { letterSpacedKey } from "./letter-spaced.ts";
import { aboutOtherThanJobs } from "./other-than-jobs.ts";

const HEADINGS: Record<Exclude<SectionKind, "other">, string[]> = {
  contact: ["contact", "contact info", "contact information", "contact details", "personal contact"],
  summary: [
    "summary",
    "professional summary",
    "career summary",
    "executive summary",
    "profile",
    "professional profile",
    "career profile",
    "personal profile",
    "personal summary",
    "profile summary",
    "summary of qualifications",
    "summary of qualification",
    "qualifications summary",
    "qualifications profile",
    "objective",
    "career objective",
    "carrier objective",
    "professional objective",
    "job objective",
    "objectives",
    "about me",
    "about",
    "overview",
    "professional overview",
    "synopsis",
    "highlights",
    "career highlights",
    "key highlights",
    "key strengths",
    "strengths",
    "areas of expertise",
    "core competencies",
    "core competency",
    "competencies",
    "key competencies",
    "expertise",
    "executive profile",
    "goal",
    "introduction",
  ],
  experience: [
    "experience",
    "work experience",
    "professional experience",
    "work history",
    "employment history",
    "employment",
    "career history",
    "career experience",
    "career experience job history",
    "job history",
    "relevant experience",
    "relevant legal experience",
    "experience details",
    "professional background",
    "work background",
    "employment details",
    "organizational experience",
    "organisational experience",
    "industrial experience",
    "internship",
    "internships",
    "internship experience",
    "work experience details",
    "experience summary",
    "professional history",
    "positions held",
    "academic and professional experience",
    "teaching experience",
    "research experience",
    "career",
    "past experience",
    "total experience",
    "employment record",
    "work record",
    "career record",
    "professional record",
    "relevant work experience",
    "professional employment",
    "appointments",
    "academic appointments",
    "previous employment",
    "previous experience",
    "employment experience",
    "key assignments",
    "assignments",
    "leadership experience",
    "military experience",
    "other experience",
    "additional experience",
    "employment summary",
    "work summary",
    "professional work experience",
    "experience and achievements",
  ],
  education: [
    "education",
    "educational background",
    "academic background",
    "academic qualification",
    "academic qualifications",
    "academics",
    "educational qualification",
    "educational qualifications",
    "education and training",
    "education training",
    "qualifications",
    "qualification",
    "academic details",
    "academic profile",
    "education details",
    "educational details",
    "scholastic profile",
    "academic credentials",
    "degrees",
    "education history",
    "academic record",
    "training and education",
    "education and certifications",
    "education certifications",
  ],
  projects: [
    "projects",
    "project",
    "academic projects",
    "personal projects",
    "key projects",
    "project details",
    "projects undertaken",
    "project experience",
    "major projects",
    "projects handled",
    "project profile",
    "projects done",
    "side projects",
    "selected projects",
    "project work",
  ],
  certifications: [
    "certifications",
    "certification",
    "certificates",
    "certificate",
    "licenses and certifications",
    "licenses certifications",
    "certifications and licenses",
    "professional certifications",
    "courses",
    "courses and certifications",
    "trainings",
    "training",
    "trainings and certifications",
    "certifications and trainings",
    "licenses",
    "licences",
    "license",
    "licence",
    "licences and certifications",
    "certifications and licences",
    "licenses and certificates",
    "professional development",
    "continuing education",
  ],
  skills: [
    "skills",
    "technical skills",
    "key skills",
    "core skills",
    "it skills",
    "computer skills",
    "skill set",
    "skillset",
    "skills and abilities",
    "skills summary",
    "technical proficiency",
    "technical expertise",
    "technical summary",
    "technologies",
    "tools and technologies",
    "software skills",
    "professional skills",
    "relevant skills",
    "skills qualifications",
    "skills and qualifications",
    "additional skills",
    "applied skills",
    "technical knowledge",
    "areas of knowledge",
    "proficiencies",
    "tools",
    "technical skill",
    "skills and expertise",
    "technical competencies",
  ],
  languages: ["languages", "languages known", "language skills", "language", "spoken languages"],
  awards: [
    "awards",
    "honors",
    "honours",
    "awards and honors",
    "honors and awards",
    "awards and achievements",
    "achievements",
    "accomplishments",
    "key achievements",
    "fellowships and awards",
    "recognition",
    "awards and recognition",
    "extra curricular activities",
    "extracurricular activities",
    "co curricular activities",
    "activities",
  ],
  // Memberships are dated ("ASME, 2009-Present") but are no jobs: read as jobs under an awards
  // heading, an engineering student's society membership counted 17 years as an engineer.
  memberships: [
    "memberships",
    "membership",
    "affiliations",
    "memberships and affiliations",
    "affiliations and memberships",
    "associations",
    "professional associations",
    "professional organizations",
    "professional organisations",
  ],
  volunteering: ["volunteer", "volunteering", "volunteer experience", "volunteer work", "community service"],
  publications: [
    "publications",
    "papers",
    "research papers",
    "journal articles",
    "conference papers",
    "presentations",
    "research",
  ],
  interests: ["interests", "hobbies", "hobbies and interests", "personal interests"],
  references: ["references", "reference", "referees"],
  personal: [
    "personal details",
    "personal information",
    "personal data",
    "personal",
    "personal profile details",
    "additional information",
    "declaration",
    "links",
  ],
};

const LOOKUP = new Map<string, SectionKind>();
for (const [kind, names] of Object.entries(OTHER_LANGUAGE_HEADINGS) as [SectionKind, string[]][]) {
  for (const n of names) LOOKUP.set(n, kind);
}
for (const [kind, names] of Object.entries(HEADINGS) as [SectionKind, string[]][]) {
  for (const n of names) LOOKUP.set(n, kind);
}

/** The headings with their spaces removed, for letter-spaced capitals (letter-spaced.ts). */
const SPACELESS = new Map([...LOOKUP].map(([key, kind]) => [key.replace(/ /g, ""), kind]));

/** Every heading the list knows (its keys), for heading-words.ts. */
export const headingNames = (): string[] => [...LOOKUP.keys()];

export function headingKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L} ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The section kind when the whole line is a known heading (with optional trailing colon). */
export function matchHeading(line: string): SectionKind | null {
  if (line.length > 60) return null;
  const key = headingKey(line);
  if (!key) return null;
  const direct = LOOKUP.get(key) ?? SPACELESS.get(letterSpacedKey(line) ?? "");
  if (direct) return direct;
  // "My Skills", "Summary of Experience" and other light variants of the known words.
  const withoutLead = key.replace(/^(my|key|relevant|other|additional|selected|professional) /, "");
  return (
    LOOKUP.get(withoutLead) ??
    bilingualHeading(line) ??
    kindOfExperienceHeading(line, key) ??
    compoundHeading(line, matchHeading)
  );
}

/** What comes before "experience" in a product or service name, not in a heading of jobs held. */
const NOT_JOB_EXPERIENCE = new Set([
  "customer",
  "user",
  "guest",
  "client",
  "patient",
  "member",
  "employee",
  "candidate",
  "brand",
  "digital",
]);

const VOLUNTEER = new Set(["volunteer", "volunteering", "voluntary"]);

/**
 * A heading no list names that ends in "experience" or "job/work history" ("CLASSROOM
 * EXPERIENCE", "Student Teaching Experience:", "Profession Work Experience:", "Volunteer Work and
 * Job History:"): the kinds of jobs people group under their own headings are open-ended, and
 * missing such a heading leaves the jobs below it in the section before (education, awards),
 * where no job is read (issue 14: ~60 of the training split's 823 employers sat under one).
 * Only a short line without digits or a comma, written as a heading: in capitals or ending in a
 * colon ("Head of Customer Experience" is a job).
 * Capitals spaced out by a PDF ("P ROFESSIONAL E XPERIENCE") are read joined.
 */
export function kindOfExperienceHeading(
  line: string,
  key = headingKey(line),
  titleCase = false,
): SectionKind | null {
  if (/[\d,|]/.test(line)) return null;
  const caps = line === line.toUpperCase();
  const joined = caps ? key.replace(/\b(\p{L}) (?=\p{L}{2,})/gu, "$1") : key;
  if (joined !== key) {
    const direct = LOOKUP.get(joined);
    if (direct) return direct;
  }
  const words = joined.split(" ");
  if (words.length < 2 || words.length > 5) return null;
  const last = words[words.length - 1]!;
  const jobHistory = last === "history" && (words.at(-2) === "job" || words.at(-2) === "work");
  if (!jobHistory && last !== "experience" && last !== "experiences") return null;
  if (NOT_JOB_EXPERIENCE.has(words.at(-2)!)) return null;
  if (aboutOtherThanJobs(words)) return null;
  const colon = /:\s*$/.test(line);
  // Title case alone is not enough: job and organisation lines are written that way too
  // (3-fold CV on the training split: companies F1 0.545 with title-case headings, 0.549 without);
  // `titleCase` when the lines below show entries (dated-heading.ts).
  if (!caps && !colon && !titleCase) return null;
  return !jobHistory && words.some((w) => VOLUNTEER.has(w)) ? "volunteering" : "experience";
}

/**
 * A heading written in two languages, "EXPERIENCIA / EXPERIENCE", "LICENCIAS / LICENSES": its
 * halves name one section. Both halves known and naming the same kind, or one known in a line
 * written in capitals ("PERFIL / PROFILE"); "Training / Mentoring" in a role stays a line.
 */
function bilingualHeading(line: string): SectionKind | null {
  const halves = line.split(/\s+[/|]\s+|\s*\/\s*(?=\p{Lu})/u).filter((h) => h.trim().length > 0);
  if (halves.length !== 2) return null;
  const known = halves.map((h) => LOOKUP.get(headingKey(h))).filter((k): k is SectionKind => k !== undefined);
  const kinds = new Set(known);
  if (kinds.size !== 1) return null;
  return known.length === 2 || line === line.toUpperCase() ? known[0]! : null;
}

/**
 * "EDUCATION: Western Kentucky University" -> heading + content on one line, which
 * flattened text produces often. Only for headings written in capitals or with a colon.
 */
export function splitInlineHeading(
  line: string,
): { kind: SectionKind; heading: string; rest: string } | null {
  const m = /^([A-Za-z][A-Za-z &/-]{2,40}?)\s*[:\-–]\s+(.+)$/.exec(line);
  if (!m) return null;
  const kind = matchHeading(m[1]);
  if (!kind) return null;
  const isCaps = m[1] === m[1].toUpperCase();
  if (!isCaps && !line.includes(":")) return null;
  return { kind, heading: m[1], rest: m[2] };
}
