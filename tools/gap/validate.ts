/**
 * Shape checks on what the analysis is given (a stored profile or job can come from an old
 * version or a hand-edited file): a wrong shape is a clear validation error, not a crash
 * halfway through scoring.
 */
import { z } from "zod";
import type { ProfileSnapshot } from "../../contract/profile.ts";
import { CareerCraftError } from "../../data/errors.ts";
import type { JobPosting } from "../jobs/types.ts";

const level = z.enum(["beginner", "intermediate", "advanced", "expert"]);

const profileSchema = z.object({
  contact: z.object({ links: z.array(z.unknown()) }),
  education: z.array(
    z.object({ level: z.enum(["secondary", "associate", "bachelor", "master", "doctorate"]).optional() }),
  ),
  experience: z.array(
    z.object({
      start: z.string().optional(),
      end: z.string().optional(),
      bullets: z.array(z.string()),
      skills: z.array(z.string()),
    }),
  ),
  projects: z.array(z.unknown()),
  certifications: z.array(z.unknown()),
  skills: z
    .array(
      z.object({
        skillId: z.string().min(1),
        name: z.string(),
        proficiency: level,
        proficiencyReason: z.string(),
        years: z.number().min(0).max(80).optional(),
        evidence: z.array(z.string()),
        validated: z.boolean(),
      }),
    )
    .max(2000),
  totalYearsExperience: z.number().min(0).max(80),
  preferences: z.object({ salaryMin: z.number().min(0).optional(), values: z.array(z.string()).optional() }),
  parseConfidence: z.number().min(0).max(1),
});

const jobSchema = z.object({
  source: z.enum(["posting", "role_profile"]),
  skills: z
    .array(
      z.object({
        skillId: z.string().min(1),
        kind: z.enum(["required", "preferred"]),
        critical: z.boolean(),
        level,
        minYears: z.number().min(0).max(50).optional(),
        alternatives: z.array(z.string()),
      }),
    )
    .max(500),
  experience: z.array(z.object({ minYears: z.number().min(0).max(50), skills: z.array(z.string()) })),
  domains: z.array(z.string()),
  culture: z.array(z.string()),
  notes: z.array(z.string()),
  ignoredInstructions: z.number().int().min(0),
  parseConfidence: z.number().min(0).max(1),
});

function check(schema: z.ZodType, value: unknown, what: string): void {
  const result = schema.safeParse(value);
  if (result.success) return;
  const issue = result.error.issues[0];
  const where = issue?.path.join(".") || "(top level)";
  throw new CareerCraftError(
    "validation",
    `The ${what} is not in the expected shape (${where}: ${issue?.message}).`,
    {
      details: result.error.issues.slice(0, 5),
    },
  );
}

export function validateProfile(profile: ProfileSnapshot): void {
  check(profileSchema, profile, "profile");
}

export function validateJob(job: JobPosting): void {
  check(jobSchema, job, "job");
}
