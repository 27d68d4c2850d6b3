/**
 * A first message that says who the person is and what they want got the whole help list, or
 * the long welcome, beside its answer (trial16 §16, trial17 §4: a teacher's career-change
 * question was answered after "Hey there! I can read your resume, compare you with a job …";
 * a support agent's intro printed "I'm your career agent. Try: …" and seven examples between
 * the greeting and what was saved). When the message gets an answer of its own — a tool called
 * or words that answer it — the help list is left out and the greeting is the short one.
 */
import type { Plan, Say } from "./types.ts";

/** Replies that answer nothing of their own: a greeting, a note, a question back. */
const NOT_AN_ANSWER = new Set<Say["kind"]>(["greeting", "language_note", "help", "clarify", "unknown"]);

export function withoutHelpBesideAnswer(plan: Plan): Plan {
  const answered = plan.calls.length > 0 || plan.says.some((s) => !NOT_AN_ANSWER.has(s.kind));
  if (!answered) return plan;
  const says = plan.says
    .filter((s) => s.kind !== "help")
    .map((s): Say => (s.kind === "greeting" && s.detail !== "brief" ? { ...s, detail: "brief" } : s));
  return { ...plan, says };
}
