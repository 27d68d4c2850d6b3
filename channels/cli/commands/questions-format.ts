/** Plain-text rendering of interview question results for the terminal. */
import { ROLES } from "../../../data/questions/roles.ts";
import type { InterviewQuestion } from "../../../data/questions/types.ts";
import type { AnswerFeedback } from "../../../tools/interviews/feedback/feedback.ts";
import type { GapQuestions } from "../../../tools/interviews/gaps.ts";
import type { ImportReport } from "../../../tools/interviews/import/import-questions.ts";
import type { SearchHit } from "../../../tools/interviews/search.ts";

export function formatQuestionLine(q: InterviewQuestion, score?: number): string {
  const meta = [
    q.role,
    q.type.replace("_", " "),
    q.difficulty,
    q.skills.length ? q.skills.join(", ") : "",
  ].filter(Boolean);
  return `${q.id}${score !== undefined ? `  (${score.toFixed(2)})` : ""}\n  ${q.text}\n  [${meta.join(" | ")}]`;
}

export function formatHits(hits: SearchHit[]): string {
  if (hits.length === 0) return "No questions found. Try other words or fewer filters.";
  return hits.map((h, i) => `${i + 1}. ${formatQuestionLine(h.question, h.score)}`).join("\n");
}

/** A topic the bank lacks: said, with the questions every interview asks and the roles it covers. */
export function formatMissingTopic(topic: string, general: InterviewQuestion[]): string {
  const roles = ROLES.map((r) => r.name.toLowerCase());
  return [
    `The question bank has nothing on "${topic}".`,
    ...(general.length
      ? ["Questions most interviews ask, to practise instead:", ...general.map((q) => `  ${q.id}  ${q.text}`)]
      : []),
    `Or search a role it covers: ${roles.join(", ")} (e.g. --role "${roles[0]}").`,
  ].join("\n");
}

export function formatQuestion(q: InterviewQuestion): string {
  return `${formatQuestionLine(q)}\n  A strong answer covers:\n${q.keyPoints.map((p) => `   - ${p}`).join("\n")}`;
}

export function formatImport(r: ImportReport): string {
  const lines = [
    `${r.file}: ${r.rows} row(s), ${r.dryRun ? "would import" : "imported"} ${r.dryRun ? r.ids.length : r.imported}, rejected ${r.rejected.length}.`,
  ];
  for (const bad of r.rejected) {
    lines.push(`  row ${bad.row}${bad.question ? ` ("${bad.question}")` : ""}: ${bad.reasons.join("; ")}`);
  }
  return lines.join("\n");
}

export function formatFeedback(
  f: AnswerFeedback,
  attemptNumber?: number,
  previousBest?: number | null,
): string {
  const lines = [f.summary];
  if (attemptNumber && attemptNumber > 1)
    lines.push(`Attempt ${attemptNumber}; previous best ${previousBest ?? "-"}.`);
  if (f.strengths.length) lines.push("Strengths:", ...f.strengths.map((s) => `  + ${s}`));
  if (f.improvements.length) lines.push("To improve:", ...f.improvements.map((s) => `  - ${s}`));
  if (f.modelFeedback) lines.push("Coach:", `  ${f.modelFeedback}`);
  return lines.join("\n");
}

export function formatGaps(groups: GapQuestions[]): string {
  if (groups.length === 0) return "No gaps to practise: run an analysis first or pass --skills.";
  return groups
    .map((g) =>
      [
        `${g.skill}${g.match === "related" ? " (related questions)" : ""}:`,
        ...g.questions.map((q) => `  ${q.id}  ${q.text}`),
      ]
        .concat(g.questions.length ? [] : ["  (no questions yet)"])
        .join("\n"),
    )
    .join("\n");
}
