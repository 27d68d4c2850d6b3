/**
 * The question types and difficulty levels, apart from the zod schemas in types.ts so the
 * CLI can list them in its help text without loading zod at startup.
 */
export const QUESTION_TYPES = ["behavioral", "technical", "situational", "system_design", "case"] as const;
export const DIFFICULTIES = ["easy", "medium", "hard"] as const;

export type QuestionType = (typeof QUESTION_TYPES)[number];
export type Difficulty = (typeof DIFFICULTIES)[number];
