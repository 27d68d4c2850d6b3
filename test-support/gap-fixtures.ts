/**
 * Builders for the gap-analysis and roadmap tests: profiles and jobs written here (never
 * copied from ../shared/data), with the real taxonomy and learning catalog.
 */

import { readFileSync } from "node:fs";
import path from "node:path";
import type { Proficiency, ProfileSnapshot, UserSkill } from "../contract/profile.ts";
import { getLearningCatalog } from "../data/learning/index.ts";
import { getRoleExtras } from "../data/roles/extras.ts";
import type { CompiledRoles } from "../data/roles/types.ts";
import { getTaxonomy } from "../data/taxonomy/index.ts";
import type { AnalysisDeps } from "../tools/gap/analyze.ts";
import { describeDreamRole, type RoleFinder } from "../tools/jobs/dream-role.ts";
import { parseJobPosting } from "../tools/jobs/parse.ts";
import { createRoleFinder } from "../tools/jobs/role-finder.ts";
import type { JobPosting, SkillRequirement } from "../tools/jobs/types.ts";
import { extractSkills } from "../tools/skills/extract.ts";

export function gapDeps(): AnalysisDeps {
  return { graph: getTaxonomy(), catalog: getLearningCatalog() };
}

export function skill(
  skillId: string,
  proficiency: Proficiency = "intermediate",
  extra: Partial<UserSkill> = {},
): UserSkill {
  const name = getTaxonomy().get(skillId)?.name ?? skillId;
  return {
    skillId,
    name,
    proficiency,
    proficiencyReason: "test",
    proficiencyStated: true,
    source: "resume",
    evidence: [`used ${name} at work`],
    validated: true,
    ...extra,
  };
}

export function profile(overrides: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  return {
    contact: { name: "Test Person", location: "Berlin, Germany", links: [] },
    summary: "Backend developer.",
    headline: "Backend Developer",
    education: [{ degree: "BSc Computer Science", level: "bachelor", field: "Computer Science" }],
    experience: [
      {
        title: "Backend Developer",
        company: "Acme",
        start: "2019-01",
        end: "2023-12",
        bullets: ["Built payment APIs in Java and Spring Boot on PostgreSQL."],
        skills: ["java", "spring-boot", "postgresql"],
      },
    ],
    projects: [],
    certifications: [],
    skills: [
      skill("java", "advanced", { years: 5 }),
      skill("spring-boot", "advanced", { years: 4 }),
      skill("postgresql", "intermediate", { years: 4 }),
    ],
    languages: ["english"],
    totalYearsExperience: 5,
    preferences: {},
    parseConfidence: 1,
    ...overrides,
  };
}

export function requirement(
  skillId: string,
  kind: "required" | "preferred" = "required",
  extra: Partial<SkillRequirement> = {},
): SkillRequirement {
  const s = getTaxonomy().get(skillId);
  if (!s) throw new Error(`unknown skill ${skillId} in a test fixture`);
  return {
    skillId,
    name: s.name,
    type: s.type,
    category: s.category,
    kind,
    critical: false,
    level: kind === "required" ? "intermediate" : "beginner",
    alternatives: [],
    evidence: `test requirement ${s.name}`,
    ...extra,
  };
}

export function job(overrides: Partial<JobPosting> = {}): JobPosting {
  return {
    source: "posting",
    title: "Backend Engineer",
    seniority: "mid",
    location: "Berlin",
    workMode: "hybrid",
    employmentType: "full_time",
    skills: [
      requirement("java", "required", { critical: true }),
      requirement("spring-boot"),
      requirement("sql"),
      requirement("docker", "preferred"),
    ],
    experience: [{ minYears: 3, kind: "required", skills: [], evidence: "3+ years of backend development" }],
    education: {
      kind: "required",
      level: "bachelor",
      fields: ["computer science"],
      equivalentExperience: true,
      evidence: "BSc in CS or equivalent",
    },
    softSkills: [],
    domains: [],
    responsibilities: [],
    culture: [],
    languages: [],
    notes: [],
    ignoredInstructions: 0,
    parseConfidence: 0.9,
    ...overrides,
  };
}

/** A job ad written for the tests (not from the reference data). */
export const SAMPLE_AD = `Senior Backend Engineer (m/f/d)
Location: Berlin, Germany (hybrid, 2 days a week in the office)
Job type: Full-time
Salary: €70,000 – €85,000 per year

About the role
You will design and build the services behind our payments platform.
You will own features end to end, from design to production.

Requirements
5+ years of professional experience in backend development.
Strong knowledge of Java or Kotlin.
3+ years of experience with PostgreSQL.
Experience with Docker and Kubernetes.
Good communication skills in English.
A degree in Computer Science or equivalent practical experience.

Nice to have
Experience with Kafka is a plus.
Familiarity with Terraform.

What we offer
Flexible working hours, a yearly learning budget and a diverse, inclusive team.
`;

/**
 * A spreadsheet user aiming at a Java role: the plan's first item (Java to advanced) runs
 * over several weeks, which roadmap progress tests need.
 */
export function longItemCase(): { person: ProfileSnapshot; target: JobPosting } {
  return {
    person: profile({ skills: [skill("excel", "advanced", { years: 3 })] }),
    target: job({
      title: "Java Developer",
      skills: [requirement("java", "required", { critical: true, level: "advanced" }), requirement("docker")],
      experience: [],
      education: undefined,
    }),
  };
}

/** An on-site Berlin ad with a salary range and culture cues, for the preference scores. */
export function preferenceAd(culture: string[] = ["autonomy", "flexibility"]): JobPosting {
  return job({
    location: "Berlin, Germany",
    workMode: "onsite",
    salary: { min: 70_000, max: 85_000, currency: "EUR", period: "year", text: "€70,000 – €85,000 per year" },
    culture,
  });
}

/** A resume text through the real parser (skills extractor included), as a profile, on `now`. */
export async function profileFromResumeText(text: string, now: Date): Promise<ProfileSnapshot> {
  const { parseResumeText } = await import("../tools/resume/parse-text.ts");
  const { loadSkillExtractor } = await import("../tools/resume/skills-port.ts");
  const { toProfileSnapshot } = await import("../tools/resume/to-profile.ts");
  const parsed = await parseResumeText(text, { skills: await loadSkillExtractor(), now });
  return toProfileSnapshot({
    ...parsed,
    source: { kind: "text", bytes: text.length, pages: 1, ocr: false, columns: 1 },
  } as import("../tools/resume/types.ts").ParsedResume);
}

let finder: RoleFinder | undefined;

/** The product's role finder over the committed role data (built once per test file). */
export function roleFinder(): RoleFinder {
  finder ??= createRoleFinder(
    JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, "../data/roles/roles.json"), "utf8"),
    ) as CompiledRoles,
    getRoleExtras(),
  );
  return finder;
}

/** The job a person describes ("I want to be a <said>"): the role's typical requirements. */
export function describedRole(said: string): JobPosting {
  return describeDreamRole(`I want to be a ${said}`, roleFinder(), getTaxonomy());
}

/** An ad text through the real job-ad parser and skill extractor. */
export function parseAdText(text: string): JobPosting {
  return parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }), getTaxonomy());
}

/** A Java EE ad whose must-have (3+ years of Java EE) a listing alone cannot meet. */
export const JAVA_EE_AD = `Java EE Developer
We are hiring a Java EE Developer for our web applications team.

Requirements
- Must have strong Java EE experience (3+ years)
- Experience with REST web services
- Good communication skills`;
