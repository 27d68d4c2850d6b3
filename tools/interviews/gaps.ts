/**
 * "Questions for my gaps": given the skill gaps of an analysis (most important first),
 * interview questions that exercise each one. Tagged questions come first; when a gap has
 * too few, semantic search on the skill's name fills in, so every gap gets practice.
 */

import type { InterviewQuestion } from "../../data/questions/types.ts";
import type { QuestionFilters } from "../../data/repositories/questions.ts";
import { type SearchDeps, searchQuestions } from "./search.ts";

export interface GapQuestions {
  skill: string;
  questions: InterviewQuestion[];
  /** "tagged" when the bank tags questions with the skill, "related" when found by meaning. */
  match: "tagged" | "related" | "none";
}

export interface GapDeps extends SearchDeps {
  questions: SearchDeps["questions"] & {
    listBySkills(skills: string[], filters: QuestionFilters, limit: number): Promise<InterviewQuestion[]>;
  };
  /** Readable name of a skill id for the semantic fallback ("ci-cd" -> "CI/CD"). */
  skillName?: (id: string) => string | undefined;
}

/**
 * `roles`: the bank roles the questions may come from — the person's field and the
 * field-neutral set. Without it a school counselor's gaps ("Microsoft PowerPoint") found a UX
 * designer's case study by meaning, and a marketer's a product manager's.
 */
export async function questionsForGaps(
  deps: GapDeps,
  input: { gapSkills: string[]; filters?: QuestionFilters; perSkill?: number; roles?: string[] },
): Promise<GapQuestions[]> {
  const perSkill = Math.min(Math.max(input.perSkill ?? 3, 1), 10);
  const base = input.filters ?? {};
  const scopes: QuestionFilters[] = input.roles?.length
    ? input.roles.map((role) => ({ ...base, role }))
    : [base];
  const used = new Set<string>();
  const out: GapQuestions[] = [];
  for (const skill of [...new Set(input.gapSkills.map((s) => s.trim()).filter(Boolean))].slice(0, 20)) {
    const tagged: InterviewQuestion[] = [];
    for (const filters of scopes)
      tagged.push(
        ...(await deps.questions.listBySkills([skill], filters, perSkill * 3)).filter((q) => !used.has(q.id)),
      );
    let questions = tagged.slice(0, perSkill);
    let match: GapQuestions["match"] = questions.length ? "tagged" : "none";
    if (questions.length < perSkill) {
      const name = deps.skillName?.(skill) ?? skill.replace(/-/g, " ");
      const hits: InterviewQuestion[] = [];
      for (const filters of scopes)
        hits.push(
          ...(await searchQuestions(deps, { query: name, filters, limit: perSkill * 2 })).map(
            (h) => h.question,
          ),
        );
      const extra = hits.filter((q) => !used.has(q.id) && !questions.some((x) => x.id === q.id));
      if (questions.length === 0 && extra.length) match = "related";
      questions = [...questions, ...extra].slice(0, perSkill);
    }
    for (const q of questions) used.add(q.id);
    out.push({ skill, questions, match });
  }
  return out;
}

/** Skill ids of the gaps in an analysis result (the analysis contract), most important first. */
export function gapSkillsFromAnalysis(result: unknown): string[] {
  const gaps = (result as { gaps?: unknown })?.gaps;
  if (!Array.isArray(gaps)) return [];
  return gaps
    .map((g: { skill?: unknown; priority?: unknown }, i) => ({
      skill: typeof g?.skill === "string" ? g.skill : (g?.skill as { id?: string })?.id,
      priority: typeof g?.priority === "number" ? g.priority : 1000 + i,
    }))
    .filter(
      (g): g is { skill: string; priority: number } => typeof g.skill === "string" && g.skill.length > 0,
    )
    .sort((a, b) => a.priority - b.priority)
    .map((g) => g.skill);
}
