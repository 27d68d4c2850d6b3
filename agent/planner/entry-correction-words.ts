/**
 * The reply to a profile entry corrected or removed (correct_profile_entry): what changed, or,
 * when no entry or several answer, which entries there are (nothing was changed then).
 */
import type { ToolResults } from "../tools/results.ts";
import type { ToolArgs } from "../tools/schemas.ts";
import { listWords } from "./variety.ts";

const KIND_WORDS = {
  experience: ["role", "roles"],
  education: ["education entry", "education entries"],
  projects: ["project", "projects"],
  certifications: ["certification", "certifications"],
} as const;

const FIELD_WORDS: Record<string, string> = {
  title: "title",
  company: "employer",
  start: "start",
  end: "end",
  gpa: "GPA",
  degree: "degree",
  institution: "school",
  name: "name",
  issuer: "issuer",
};

export function entryCorrectionWords(
  r: ToolResults["correct_profile_entry"],
  args: ToolArgs<"correct_profile_entry">,
): string {
  if (r.changed) {
    const kind = KIND_WORDS[r.kind][0];
    if (r.action === "remove") return `Removed the ${kind} "${r.before}" from your profile.`;
    const set = Object.entries(r.fields ?? {})
      .filter(([k]) => k !== "current")
      .map(([k, v]) => `${FIELD_WORDS[k] ?? k} ${v}`);
    return `Updated the ${kind} "${r.before}"${r.after && r.after !== r.before ? ` — it now reads "${r.after}"` : ""}${set.length ? ` (${listWords(set, 6)})` : ""}.`;
  }
  const kinds = r.kind ? KIND_WORDS[r.kind][1] : "entries";
  const doing = args.action === "remove" ? "remove" : "change";
  if (r.reason === "empty")
    return `Your profile has no ${kinds} yet, so there is nothing to ${doing} and nothing changed.`;
  const which = listWords(
    r.entries.map((e) => `"${e.label}"`),
    6,
  );
  if (r.reason === "none" && r.which)
    return `I couldn't find "${r.which}" among your ${kinds}, so nothing changed. Which one did you mean: ${which}?`;
  return `Which one should I ${doing}: ${which}? Nothing changed yet.`;
}
