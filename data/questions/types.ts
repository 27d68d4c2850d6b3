/** The interview question bank: shapes shared by the bank files, the database and the tools. */
import { z } from "zod";
import { DIFFICULTIES, QUESTION_TYPES } from "./kinds.ts";

export { DIFFICULTIES, type Difficulty, QUESTION_TYPES, type QuestionType } from "./kinds.ts";

const slug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9+#.-]*$/, "use lowercase letters, digits and dashes");

export const questionSchema = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,63}$/, "use 2-64 lowercase letters, digits and dashes"),
  role: slug,
  type: z.enum(QUESTION_TYPES),
  difficulty: z.enum(DIFFICULTIES),
  text: z
    .string()
    .trim()
    .min(15, "must be at least 15 characters")
    .max(1000, "must be at most 1000 characters"),
  skills: z.array(slug).max(12),
  keyPoints: z.array(z.string().trim().min(3).max(400)).min(1, "needs at least one key point").max(12),
});

export type BankQuestion = z.infer<typeof questionSchema>;

export interface InterviewQuestion extends BankQuestion {
  /** "careercraft" for the shipped bank, "import" for a career center's own questions. */
  source: string;
  /** The organization that imported it; null for the shipped bank (visible to everyone). */
  organizationId: string | null;
}

export const questionFileSchema = z.object({
  role: slug,
  questions: z.array(questionSchema.omit({ role: true })).min(1),
});
