/**
 * Argument schemas of every agent tool, in one place: the tool adapters bind them, the
 * offline planner emits calls that satisfy them, and the utterance test set is checked
 * against them. Only zod and constant lists (no domain code), so the planner can load
 * without the tools; the lists come from where the domain defines them.
 */
import { z } from "zod";
import { APPLICATION_STATUSES } from "../../data/repositories/application-records.ts";
import { SCORE_KEYS } from "../../tools/gap/types.ts";
import { entryCorrectionSchema } from "../../tools/profile/entry-correction-schema.ts";
import { nameCorrectionSchema } from "../../tools/profile/name-correction.ts";
import { preferencesSchema, proficiencySchema } from "../../tools/profile/schemas.ts";
import { weekLineSchema } from "../../tools/roadmap/line-schema.ts";
import { toldBackgroundSchema } from "./told-background-schema.ts";

export { proficiencySchema };

export const scoreKeySchema = z.enum(SCORE_KEYS);
export const applicationStatusSchema = z.enum(APPLICATION_STATUSES);
export const profileEntryKindSchema = z.enum(["education", "experience", "project", "certification"]);

const empty = z.object({});
const optionalId = (what: string) =>
  z.string().min(1).max(100).optional().describe(`${what} id; omit to use the one in focus (the latest)`);

export const toolSchemas = {
  read_resume: z
    .object({
      filename: z
        .string()
        .min(1)
        .max(300)
        .optional()
        .describe("Name of a file attached to the current message"),
      text: z.string().min(20).max(100_000).optional().describe("Resume text pasted into the chat"),
      stored: z
        .literal(true)
        .optional()
        .describe('Read the resume file stored last again ("re-read my resume"), when no file is attached'),
    })
    .refine(
      (a) => a.filename !== undefined || a.text !== undefined || a.stored === true,
      "Give the attached file name, the pasted text, or stored: true to read the stored resume again",
    ),
  show_profile: empty,
  show_skills: z.object({
    strongest: z
      .boolean()
      .optional()
      .describe("Strongest first ('what are my strongest skills?'): by level, then evidence and years"),
  }),
  add_skill: z.object({
    skill: z.string().min(1).max(100).describe("Skill name as the person said it"),
    proficiency: proficiencySchema.optional(),
    spokenLevel: z
      .string()
      .max(40)
      .optional()
      .describe("For a spoken language: its level as said ('native', 'fluent', 'B2')"),
  }),
  update_skill: z.object({ skill: z.string().min(1).max(100), proficiency: proficiencySchema }),
  remove_skill: z.object({ skill: z.string().min(1).max(100) }),
  add_profile_entry: z.object({
    kind: profileEntryKindSchema,
    text: z.string().min(1).max(2000).describe("The person's own sentence describing the entry"),
    background: toldBackgroundSchema
      .optional()
      .describe(
        "A whole background told in one message (roles with their years, skills, certificates, degrees): saved together",
      ),
  }),
  save_background: toldBackgroundSchema,
  correct_profile_entry: entryCorrectionSchema,
  set_name: nameCorrectionSchema,
  change_role: z
    .object({
      role: z.string().min(1).max(200).optional().describe("The company or title of the role, as said"),
      inFocus: z
        .string()
        .min(1)
        .max(200)
        .optional()
        .describe("The role the conversation was on, when none is said"),
      end: z
        .string()
        .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/)
        .optional()
        .describe("When they left it ('last month' = the month before this one)"),
      months: z
        .number()
        .int()
        .min(1)
        .max(720)
        .optional()
        .describe("How long it lasted, corrected ('2.5 years' = 30)"),
      left: z.literal(true).optional().describe("They left it, no month said"),
      said: z
        .string()
        .min(1)
        .max(300)
        .optional()
        .describe("The message as said, any language: a role it names is the one meant"),
    })
    .refine(
      (a) => a.end !== undefined || a.months !== undefined || a.left,
      "Give when it ended or how long it lasted",
    ),
  set_dream_job: z
    .object({
      text: z
        .string()
        .min(2)
        .max(20000)
        .optional()
        .describe("A pasted job posting or a description of the role wanted"),
      filename: z
        .string()
        .min(1)
        .max(300)
        .optional()
        .describe("Name of a file attached to the current message that holds the job ad"),
    })
    .refine(
      (a) => a.text !== undefined || a.filename !== undefined,
      "Give the posting's text or the attached file's name",
    ),
  analyze_fit: z.object({ jobId: optionalId("Job") }),
  explain_score: z.object({
    score: scoreKeySchema.optional().describe("Which score; omit to explain the verdict"),
    analysisId: optionalId("Analysis"),
  }),
  explain_gap: z.object({
    skill: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .describe("The gap asked about; omit to list every gap of the analysis, must-haves first"),
    top: z
      .boolean()
      .optional()
      .describe("The most important gap ('what should I learn first?'), instead of a named one"),
    learn: z
      .boolean()
      .optional()
      .describe("With top: the first gap that can be learnt (a skill before years or a degree)"),
    claimed: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .describe(
        "A skill the person says they have, set against the gap ('why is X a gap? I've used Docker a ton')",
      ),
    analysisId: optionalId("Analysis"),
  }),
  reanalyze: z.object({
    context: z
      .string()
      .min(2)
      .max(2000)
      .optional()
      .describe(
        "New facts about the person, e.g. 'I also have 2 years of Kubernetes'; omit to run the same job again with the profile as stored (after a preference was set)",
      ),
    analysisId: optionalId("Analysis"),
  }),
  create_roadmap: z.object({
    hoursPerWeek: z.number().min(1).max(80).optional(),
    weeks: z.number().int().min(1).max(104).optional(),
    analysisId: optionalId("Analysis"),
  }),
  show_roadmap: z.object({
    week: z.number().int().min(1).max(104).optional().describe("One week to show ('what's in week 3?')"),
    roadmapId: optionalId("Roadmap"),
  }),
  record_progress: z.object({
    week: z.number().int().min(1).max(104).optional(),
    line: weekLineSchema
      .optional()
      .describe(
        "With week: one line of that week by position, 1 = first, -1 = last ('the first item of week 1')",
      ),
    item: z.string().min(1).max(200).optional().describe("A roadmap item (skill or task) finished"),
    itemId: z.string().min(1).max(200).optional().describe("Exact roadmap item id (from a button)"),
    done: z.boolean().optional().describe("False to mark the item as not done again; default true"),
    roadmapId: optionalId("Roadmap"),
  }),
  list_analyses: empty,
  compare_analyses: z.object({ first: optionalId("Older analysis"), second: optionalId("Newer analysis") }),
  export_data: empty,
  link_account: empty,
  delete_data: z.object({ confirm: z.boolean().describe("True only after the person explicitly confirmed") }),
  forget_resume: z.object({
    resumeId: optionalId("Resume"),
    confirm: z.boolean().describe("True only after the person explicitly confirmed"),
  }),
  add_application: z.object({
    company: z.string().min(1).max(200),
    position: z.string().min(1).max(200),
    status: applicationStatusSchema.optional(),
    appliedOn: z
      .string()
      .max(50)
      .optional()
      .describe("Date as said: 'yesterday', '2025-03-02', 'last Monday'"),
    link: z.string().max(2000).optional().describe("The job ad's web address, when one was given"),
  }),
  update_application_status: z.object({
    application: z.string().min(1).max(200).describe("Application id or company name"),
    status: applicationStatusSchema,
    interviewAt: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .describe("When the interview is, as said: 'next thursday', 'friday at 2pm' (interview stages only)"),
    stageSaid: z
      .string()
      .min(1)
      .max(60)
      .optional()
      .describe(
        "The stage as the person named it when it is not an interview: 'online assessment', 'take-home'",
      ),
  }),
  list_applications: z.object({
    status: applicationStatusSchema.optional(),
    company: z.string().min(1).max(200).optional().describe("Only applications to this company, as named"),
  }),
  application_stats: empty,
  delete_application: z.object({ application: z.string().min(1).max(200) }),
  change_application: z
    .object({
      application: z.string().min(1).max(200).describe("Application id or company name"),
      appliedOn: z.string().max(50).optional().describe("The right day applied, as said: 'last friday'"),
      position: z.string().min(1).max(200).optional().describe("The right role"),
      company: z.string().min(1).max(200).optional().describe("The company's right name"),
    })
    .refine(
      (a) => a.appliedOn || a.position || a.company,
      "say what to change: the day, the role or the company",
    ),
  search_questions: z.object({
    query: z.string().max(500).optional(),
    role: z.string().max(100).optional(),
    skill: z.string().max(100).optional(),
    difficulty: z.enum(["easy", "medium", "hard"]).optional(),
    type: z.enum(["behavioral", "technical", "situational", "system_design", "case"]).optional(),
    /** How many to show first ("give me 3 SQL questions"); the rest stay on "more". */
    count: z.number().int().min(1).max(20).optional(),
  }),
  questions_for_gaps: empty,
  practice_question: z.object({
    role: z.string().max(100).optional(),
    skill: z.string().max(100).optional(),
    type: z.enum(["behavioral", "technical", "situational", "system_design", "case"]).optional(),
    /** Practise the person's bookmarked questions ("quiz me on my bookmarks"). */
    bookmarked: z.boolean().optional(),
    /** Practise this question of a list just shown ("the second", "quiz me on the first one"). */
    questionId: optionalId("Question"),
    /** Practise the target role's questions ("quiz me for this job"), not a list shown before. */
    target: z.literal(true).optional(),
    /** A question the person named ("what do I say when they ask why I'm leaving?"): it, with what a strong answer covers. */
    asked: z.string().min(1).max(300).optional(),
    /** Practise for a tracked application's interview ("drill me for the Acme phone screen"): its role. */
    application: z.string().min(1).max(200).optional(),
  }),
  answer_question: z.object({ answer: z.string().min(1).max(5000), questionId: optionalId("Question") }),
  bookmark_question: z.object({ questionId: optionalId("Question") }),
  practice_recap: z.object({ questionId: optionalId("Question") }),
  list_bookmarks: empty,
  show_more: z.object({
    page: z
      .number()
      .int()
      .min(1)
      .max(100)
      .optional()
      .describe('A page by number ("page 2"); omit for the next page'),
    all: z.literal(true).optional().describe('The rest of the list at once ("show all")'),
  }),
  remove_bookmark: z.object({
    questionId: optionalId("Question"),
    /** A bookmark named by words from its question or topic ("the one about conflict"). */
    about: z.string().trim().min(1).max(200).optional(),
    /** A bookmark by its place in the bookmarks list ("my 2nd bookmark"); -1 is the last. */
    position: z.number().int().min(-1).max(500).optional(),
  }),
  list_reminders: z.object({
    withinDays: z
      .number()
      .int()
      .min(1)
      .max(366)
      .optional()
      .describe("Only reminders due within this many days"),
  }),
  set_reminder: z.object({
    application: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe("Application id or company name (a follow-up); omit for the person's own task"),
    task: z.string().min(1).max(300).optional().describe("The person's own task, not about an application"),
    when: z.string().min(1).max(100).describe("When to remind, as said: 'friday', 'in 3 days', 'next week'"),
  }),
  cancel_reminder: z.object({
    application: z.string().min(1).max(200).optional().describe("Application id or company name"),
    reminder: z
      .string()
      .max(300)
      .optional()
      .describe("The person's own reminder: its id or words of its task; omit application"),
  }),
  set_preferences: preferencesSchema.describe(
    "What the person wants from a job: salary (amount, ISO currency, period), location, remote/hybrid/onsite, relocation, work values",
  ),
} as const;

export type ToolName = keyof typeof toolSchemas;
export type ToolArgs<N extends ToolName> = z.infer<(typeof toolSchemas)[N]>;
export const TOOL_NAMES = Object.keys(toolSchemas) as ToolName[];

export interface PlannedCall {
  name: ToolName;
  args: Record<string, unknown>;
}
