/**
 * What a correction of a profile entry says (tools/profile/entry-correction.ts): edit or remove,
 * the entry by words or by position, and the fields to set. Only zod, so the agent's tool
 * schemas (agent/tools/schemas.ts) can use it without loading the profile service.
 */
import { z } from "zod";

export const ENTRY_KINDS = ["education", "experience", "projects", "certifications"] as const;
const partialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, "must be a year or year-month");
const field = z.string().trim().min(1).max(200);

export const entryCorrectionSchema = z
  .object({
    action: z.enum(["edit", "remove"]).describe("Edit fields of the entry, or remove it"),
    kind: z.enum(ENTRY_KINDS).optional().describe("The kind of entry said ('my certification', 'the job')"),
    which: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe("Words naming the entry: a title, company, degree, school or certificate name"),
    id: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .describe("The entry's own id, when known (an undo of an entry just added)"),
    position: z
      .number()
      .int()
      .min(-1)
      .max(200)
      .optional()
      .describe("Its place in the profile as last shown, from 1 (-1 = last); within `kind` when given"),
    set: z
      .object({
        title: field,
        company: field,
        start: partialDate,
        end: partialDate,
        current: z.boolean(),
        gpa: z.string().trim().min(1).max(20),
        degree: field,
        institution: field,
        name: field,
        issuer: field,
      })
      .partial()
      .strict()
      .optional()
      .describe("Fields to set, for an edit (experience: title, company, start, end; education: gpa …)"),
  })
  .strict()
  .refine(
    (c) => c.action === "remove" || (c.set && Object.keys(c.set).length > 0),
    "say what to change in the entry",
  );

export type EntryCorrection = z.input<typeof entryCorrectionSchema>;
