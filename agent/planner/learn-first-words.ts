/**
 * The reply to "what should I learn first?" with no plan made: the gap to start on, why, where to
 * begin, and the plan offered with the hours asked — not a plan at hours never said (trial20 §4).
 */
import type { ToolResults } from "../tools/results.ts";

type GapResult = Extract<ToolResults["explain_gap"], { isGap: true }>;

export function learnFirstWords(r: GapResult): string {
  const need = r.kind === "required" ? "the job requires it" : "the job would like it";
  const start = r.resources[0];
  return [
    r.rerunForResume ? "I checked your fit again with the resume you sent." : "",
    `Start with ${r.skill} — ${need}${r.severity ? ` (${r.severity} priority)` : ""}${r.reason ? `: ${r.reason}` : "."}`,
    start ? `A good start: ${start.title}${start.hours ? ` (~${start.hours} h)` : ""}.` : "",
    `When you want the rest planned week by week, say "make me a roadmap" with the hours a week you have ("make me a roadmap, 5 hours a week").`,
  ]
    .filter(Boolean)
    .join(" ")
    .replace(/\s+/g, " ");
}
