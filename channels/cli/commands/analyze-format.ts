/** Plain-text rendering of an analysis for the terminal. */
import type { Analysis, ProgressEvent, ScoreKey } from "../../../tools/gap/types.ts";

const LABELS: Record<ScoreKey, string> = {
  skills: "Skills",
  technicalSkills: "  technical",
  softSkills: "  soft",
  experience: "Experience",
  education: "Education",
  domainKnowledge: "Domain knowledge",
  location: "Location",
  salary: "Salary",
  cultureFit: "Culture fit",
  readiness: "Readiness",
  confidence: "Confidence",
};
const ORDER: ScoreKey[] = [
  "readiness",
  "skills",
  "technicalSkills",
  "softSkills",
  "experience",
  "education",
  "domainKnowledge",
  "location",
  "salary",
  "cultureFit",
  "confidence",
];

export function formatProgress(event: ProgressEvent): string {
  return `… ${event.message}\n`;
}

export function formatAnalysis(a: Analysis): string {
  const lines: string[] = [];
  lines.push(
    `${a.verdict}${a.job.title ? ` for ${a.job.title}` : ""} (confidence ${Math.round(a.confidence * 100)}%)`,
  );
  lines.push(a.verdictReason);
  for (const note of a.job.notes) lines.push(`note: ${note}`);
  for (const w of a.warnings) lines.push(`warning: ${w}`);
  lines.push("", "Scores");
  for (const key of ORDER) {
    const d = a.scoreDetails[key];
    const value = d.score === null ? "n/a" : String(d.score);
    lines.push(`  ${LABELS[key].padEnd(18)} ${value.padStart(4)}  ${d.explanation}`);
  }
  if (a.strengths.length) {
    lines.push("", "Strengths");
    for (const s of a.strengths) lines.push(`  + ${s.text}`);
  }
  if (a.gaps.length) {
    lines.push("", "Gaps (in priority order)");
    for (const g of a.gaps.slice(0, 12))
      lines.push(
        `  ${String(g.priority).padStart(2)}. [${g.severity}] ${g.reason}${g.effortHours ? ` ~${g.effortHours} h` : ""}`,
      );
    if (a.gaps.length > 12) lines.push(`  ... and ${a.gaps.length - 12} more (use --json for all)`);
  }
  if (a.recommendations.length) {
    lines.push("", "Recommendations");
    for (const r of a.recommendations) lines.push(`  - ${r}`);
  }
  if (a.nextSteps.length) {
    lines.push("", "Next steps");
    for (const [i, step] of a.nextSteps.entries()) lines.push(`  ${i + 1}. ${step}`);
  }
  if (a.learningResources.length) {
    lines.push("", "Learning resources (free)");
    for (const r of a.learningResources)
      lines.push(`  ${r.skill}: ${r.title} (${r.kind}, ~${r.hours} h) ${r.url}`);
  }
  return `${lines.join("\n")}\n`;
}
