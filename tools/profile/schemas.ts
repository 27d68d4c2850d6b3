/** zod schemas for every profile edit; the agent tools and the web API share them. */
import { z } from "zod";
import { EMPLOYMENT_TYPES } from "../../contract/profile.ts";
import { withoutWrappingQuotes } from "../text/quotes.ts";

const text = (max: number) => z.string().trim().min(1).max(max);
const partialDate = z
  .string()
  .trim()
  .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, "must be a year (2021) or year-month (2021-06)");

export const proficiencySchema = z.enum(["beginner", "intermediate", "advanced", "expert"]);
export const educationLevelSchema = z.enum(["secondary", "associate", "bachelor", "master", "doctorate"]);

export const contactSchema = z
  .object({
    name: text(120),
    email: z.string().trim().email("must be an email address").max(200),
    phone: z
      .string()
      .trim()
      .regex(/^[+()\d\s.-]{6,25}$/, "must be a phone number"),
    location: text(120),
    headline: text(200),
    summary: text(4000),
  })
  .partial()
  .strict();

/** A change to the person's job preferences; fields not given stay as they were. */
export const preferencesSchema = z
  .object({
    desiredLocation: text(120),
    remote: z.enum(["remote", "hybrid", "remote_or_hybrid", "onsite", "any"]),
    relocate: z.boolean(),
    relocateTo: z.array(text(120)).max(10),
    salaryMin: z.number().positive().max(100_000_000),
    salaryMax: z.number().positive().max(100_000_000),
    salaryTarget: z.number().positive().max(100_000_000),
    salaryCurrency: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{3}$/, "must be a 3-letter currency code such as EUR or USD")
      .transform((c) => c.toUpperCase()),
    salaryPeriod: z.enum(["year", "month", "week", "day", "hour"]),
    values: z.array(text(60).transform((v) => v.toLowerCase())).max(20),
    shifts: z
      .array(
        z.object({
          shift: z.enum(["day", "evening", "night", "weekend", "rotating"]),
          stance: z.enum(["only", "no", "open"]),
        }),
      )
      .max(5),
    // "only part-time", "contract work": what they said they want (tools/jobs/employment-types.ts).
    employment: z.array(z.enum(EMPLOYMENT_TYPES)).min(1).max(EMPLOYMENT_TYPES.length),
  })
  .partial()
  .strict()
  .refine((p) => p.salaryMin === undefined || p.salaryMax === undefined || p.salaryMin <= p.salaryMax, {
    message: "the lowest salary must not be above the highest",
    path: ["salaryMax"],
  });

export const educationFields = z
  .object({
    institution: text(200).optional(),
    degree: text(200).optional(),
    level: educationLevelSchema.optional(),
    field: text(200).optional(),
    start: partialDate.optional(),
    end: partialDate.optional(),
    gpa: text(20).optional(),
    /** Still being studied for: `end` is the expected end, and the degree is not held yet. */
    inProgress: z.boolean().optional(),
  })
  .strict();
export const educationSchema = educationFields.refine(
  (e) => e.institution || e.degree || e.field,
  "needs at least an institution, a degree or a field",
);

export const experienceFields = z
  .object({
    title: text(200).optional(),
    company: text(200).optional(),
    location: text(120).optional(),
    start: partialDate.optional(),
    end: partialDate.optional(),
    current: z.boolean().optional(),
    bullets: z.array(text(1000)).max(50).default([]),
    skills: z.array(text(100)).max(100).default([]),
  })
  .strict();
export const experienceSchema = experienceFields
  .refine((e) => e.title || e.company, "needs at least a title or a company")
  .refine((e) => !(e.start && e.end) || e.start <= e.end, "the end date is before the start date");

export const projectSchema = z
  .object({
    name: text(200),
    description: text(2000).optional(),
    technologies: z.array(text(100)).max(50).default([]),
    link: z.string().trim().url("must be a URL").optional(),
  })
  .strict();

export const certificationSchema = z
  .object({
    name: text(200),
    issuer: text(200).optional(),
    date: partialDate.optional(),
    skills: z.array(text(100)).max(50).default([]),
  })
  .strict();

/** For partial edits: the same field rules without the whole-entry checks. */
export const entryFieldSchemas = {
  education: educationFields,
  experience: experienceFields,
  projects: projectSchema,
  certifications: certificationSchema,
} as const;

export const entrySchemas = {
  education: educationSchema,
  experience: experienceSchema,
  projects: projectSchema,
  certifications: certificationSchema,
} as const;

/**
 * A skill is a name ("Python", "C++", "CI/CD", "R&D", "Node.js"), never markup or code:
 * HTML typed into chat was stored as a skill called "<img src=x onerror=…>". Quotes around the
 * whole name are not part of it: 'add "Power BI"' was refused as not a skill name.
 */
export const skillNameSchema = text(100)
  .overwrite(withoutWrappingQuotes)
  .refine(
    (name) => /[\p{L}\p{N}]/u.test(name) && !/[<>{}[\]="`;\\|$^*~\p{Cc}]/u.test(name),
    'must be a skill name such as "Python" or "project management", not markup or code',
  );

export const skillInputSchema = z
  .object({
    name: skillNameSchema,
    proficiency: proficiencySchema.optional(),
    years: z.number().min(0).max(60).optional(),
  })
  .strict();

export const skillChangeSchema = z
  .object({
    proficiency: proficiencySchema.optional(),
    years: z.number().min(0).max(60).optional(),
    validated: z.boolean().optional(),
  })
  .strict();
