/**
 * Validation of what a person (through chat, the CLI or the web) gives us for an
 * application. Every limit is generous for real use and small enough that a pasted
 * novel or a binary blob is refused with a message instead of stored.
 */
import { z } from "zod";
import { validationError } from "../../data/errors.ts";
import { titleAsWritten } from "../jobs/title-case.ts";
import { STATUSES } from "./status.ts";

const LIMITS = {
  company: 200,
  position: 200,
  location: 200,
  salary: 100,
  link: 2_000,
  source: 100,
  jobDescription: 100_000,
  notes: 10_000,
} as const;

/** Text without control characters other than newlines and tabs (they corrupt terminals and cards). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .transform((v) => v.trim())
    .refine(
      (v) => v.length <= max,
      `${label} is too long (at most ${max.toLocaleString("en-US")} characters).`,
    )
    .refine((v) => !CONTROL.test(v), `${label} contains control characters; paste plain text.`);

const required = (label: string, max: number) =>
  text(label, max).refine((v) => v.length > 0, `${label} is required.`);

/** Optional text; undefined means "not given" (or, in changes, "leave as is"), null or blank clears. */
const optional = (label: string, max: number) => text(label, max).nullish();

const isWebAddress = (v: string | null | undefined) => {
  if (!v) return true;
  try {
    const url = new URL(v);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
};

const optionalFields = {
  location: optional("Location", LIMITS.location),
  salary: optional("Salary", LIMITS.salary),
  link: optional("Link", LIMITS.link).refine(
    isWebAddress,
    "Link must be a web address starting with http:// or https://.",
  ),
  source: optional("Source", LIMITS.source),
  jobDescription: optional("Job description", LIMITS.jobDescription),
  notes: optional("Notes", LIMITS.notes),
};

/** Dates stay phrases here ("yesterday"); service.ts resolves them against the clock. */
const datePhrase = z
  .string({ error: "Dates must be text such as 2026-05-04 or yesterday." })
  .max(100)
  .nullish();

/**
 * The position of an application logged without one ("and Meta too" with no role said). Written
 * with a capital so it is kept as written: the lower-case form was title-cased into "Role Not
 * Given", shown in lists as if it were a job title.
 */
export const ROLE_NOT_GIVEN = "Role not given";

/** "instructional designer" is shown as "Instructional Designer"; a title typed with capitals stays as typed. */
const position = () => required("Position", LIMITS.position).transform(titleAsWritten);

export const newApplicationSchema = z.object({
  company: required("Company", LIMITS.company),
  position: position(),
  ...optionalFields,
  status: z.string({ error: "Status must be text." }).max(40).optional(),
  appliedOn: datePhrase,
  interviewAt: z.union([z.date(), z.string().max(100)]).nullish(),
});

export const applicationChangesSchema = z.object({
  company: required("Company", LIMITS.company).optional(),
  position: position().optional(),
  ...optionalFields,
  appliedOn: datePhrase,
  interviewAt: z.union([z.date(), z.string().max(100)]).nullish(),
});

export type NewApplicationInput = z.input<typeof newApplicationSchema>;
export type ApplicationChangesInput = z.input<typeof applicationChangesSchema>;

/** Parses with a schema and turns the first problem into a CareerCraftError naming the field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    throw validationError("Application details must be an object of fields.");
  }
  const unknown = Object.keys(input).filter((k) => !(k in (schema as unknown as z.ZodObject).shape));
  if (unknown.length > 0) {
    throw validationError(`Unknown application field ${unknown.map((k) => `"${k}"`).join(", ")}.`, {
      fields: unknown,
    });
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw validationError(issue.message, { field: issue.path.join("."), issues: parsed.error.issues.length });
  }
  return parsed.data;
}

export const STATUS_HELP = `Statuses: ${STATUSES.join(", ")}.`;
