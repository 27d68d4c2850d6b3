/**
 * An UNFIT names what it rests on in the gap list too (issue 13 item 4). The verdict can be
 * UNFIT with no required gap listed — the described-role check reading the role as another
 * field's work, or the learned verdict weighing the kind of work the person did — and then the
 * person read "Found 0 gap(s)" and "You meet this job's requirements: apply" under "UNFIT" (trial:
 * a senior graphic designer "UNFIT" for a described UX designer at readiness 93; a warehouse lead
 * UNFIT for logistics coordinator with only Microsoft Office nice-to-haves listed). The gap added
 * here is that reason, first in the list, so the advice and the roadmap act on it.
 */
import type { Gap } from "./types.ts";

export interface ReasonGapInput {
  verdict: "FIT" | "UNFIT";
  gaps: Gap[];
  /** The job's or described role's title. */
  title?: string;
  /** The described-role check decided the UNFIT (the role reads as another field's work). */
  otherField: boolean;
  /** A described role's typical duties and how many the experience shows. */
  duties?: { shown: number; of: number };
  /** The ad's must-have asks the requirement list shows as not met. */
  unmetAsks: string[];
  /** What the role or ad is about that the person's roles do not say (focus-match.ts themeNote). */
  theme?: string;
}

/** The gaps with the UNFIT's reason first when no required gap says it; otherwise unchanged. */
export function withReasonGap(input: ReasonGapInput): Gap[] {
  if (input.verdict !== "UNFIT" || input.gaps.some((g) => g.kind === "required")) return input.gaps;
  const role = input.title ? ` as ${input.title}` : " of this kind";
  const theme = input.theme ? ` (${input.theme})` : "";
  const reason = input.otherField
    ? `Your titles and past roles read as another field's work than this role${theme}: show work${role} — a role, a project or a case study with what you did and its result.`
    : input.duties && input.duties.shown < input.duties.of
      ? `Your experience shows ${input.duties.shown} of the role's ${input.duties.of} typical duties${theme}: show work${role} that does them — a role, a project or a volunteer task.`
      : input.unmetAsks.length
        ? `The ad's must-haves are not shown as met on your profile: ${input.unmetAsks.slice(0, 3).join(", ")}${theme}.`
        : `Your profile does not show the kind of work this role is about${theme}: show work${role} — a role, a project or a case study.`;
  const gap: Gap = {
    skill: input.title ? `Experience${role}` : "Experience in this kind of work",
    type: "experience",
    kind: "required",
    severity: "high",
    priority: 1,
    reason,
    evidence: [],
    impact: 0,
  };
  return [gap, ...input.gaps.map((g) => ({ ...g, priority: g.priority + 1 }))];
}
