/**
 * A background told instead of a resume, as the agent's tools take it: roles held (with how
 * long), skills with the level said, certificates and degrees. add_profile_entry takes it as its
 * `background` (the outside conversation sets label a told background add_profile_entry: one tool
 * and one service for what a person adds in chat); save_background takes the same shape.
 */
import { z } from "zod";
import { proficiencySchema } from "../../tools/profile/schemas.ts";

export const toldBackgroundSchema = z.object({
  roles: z
    .array(
      z.object({
        title: z.string().min(2).max(120).describe("A job the person does or did, in English words"),
        company: z
          .string()
          .min(1)
          .max(200)
          .optional()
          .describe("The employer said with it ('at Brightline')"),
        bullets: z
          .array(z.string().min(2).max(300))
          .max(10)
          .optional()
          .describe("Duties said of it, as bullets"),
        months: z.number().int().min(1).max(600).optional().describe("How long, as said ('4 years' = 48)"),
        current: z.boolean().optional().describe("True when they do it now"),
        endedMonthsAgo: z
          .number()
          .int()
          .min(1)
          .max(600)
          .optional()
          .describe("For a past job: how long ago it ended, as said ('I took 5 years off' = 60)"),
        start: z
          .string()
          .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/)
          .optional()
          .describe("The start written beside it ('2011-2018' = 2011): beats counting back"),
        end: z
          .string()
          .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/)
          .optional()
          .describe("The end written beside it ('2011-2018' = 2018)"),
      }),
    )
    .max(4)
    .describe("Roles held, said instead of a resume"),
  skills: z
    .array(z.object({ name: z.string().min(1).max(100), proficiency: proficiencySchema.optional() }))
    .max(15)
    .describe("Skills named, with the level said"),
  certifications: z.array(z.string().min(2).max(200)).max(5).describe("Certificates, licences or cards held"),
  unread: z
    .array(z.string().min(1).max(200))
    .max(5)
    .optional()
    .describe("Parts of the intro read as nothing, said back so the person can place them"),
  education: z
    .array(
      z.object({
        degree: z.string().min(2).max(120).describe("The degree as said ('BSN', 'MSc in data science')"),
        level: z.enum(["secondary", "associate", "bachelor", "master", "doctorate"]).optional(),
        field: z.string().min(2).max(120).optional().describe("Field of study ('Nursing')"),
        institution: z.string().min(2).max(200).optional(),
        end: z
          .string()
          .regex(/^\d{4}$/)
          .optional()
          .describe("Year finished, or expected when in progress"),
        inProgress: z.literal(true).optional().describe("Still studied for: not held yet"),
      }),
    )
    .max(3)
    .default([])
    .describe("Degrees held, said in chat"),
});
