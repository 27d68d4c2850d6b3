/**
 * What the job asks that the profile shows nothing for, or nothing that can stand in for it:
 * the verdict's hard asks and the words of its reason.
 */
import type { RequirementEvidence } from "./evidence.ts";
import { highestEducation } from "./score-education.ts";
import type { Context } from "./stage-context.ts";

/** The job requires a level of education and the profile shows none. */
export function educationUnshown(ctx: Context): boolean {
  const ask = ctx.job.education;
  return (
    ask?.kind === "required" && ask.level !== undefined && highestEducation(ctx.profile).level === undefined
  );
}

/** "a master's degree", "a doctorate": a level in the words of a sentence. */
export const aDegree = (level: string) =>
  level === "doctorate"
    ? "a doctorate"
    : level === "associate"
      ? "an associate degree"
      : `a ${level}'s degree`;

/**
 * A degree no experience stands in for (a licensed occupation's, `noSubstitute`) that the
 * profile does not show: a hard ask unmet, like a required language.
 */
export function degreeWithoutSubstitute(ctx: Context): { label: string; reason: string }[] {
  const ask = ctx.job.education;
  if (!ask?.noSubstitute || ask.kind !== "required" || !ask.level) return [];
  if (ctx.educationShort === 0 && !educationUnshown(ctx)) return [];
  const held = highestEducation(ctx.profile).level;
  return [
    {
      label: `${ask.level} degree`,
      reason: `the ${ctx.job.source === "posting" ? "ad" : "role"} requires ${aDegree(ask.level)} (${ask.noSubstitute.slice(0, 120)}) and your highest is ${held ? aDegree(held) : "not shown"}; years of experience do not stand in for it`,
    },
  ];
}

/** What the job asks that the profile shows nothing for, in words for the verdict's reason. */
export function notShown(ctx: Context): string[] {
  const out: string[] = [];
  if (educationUnshown(ctx)) out.push(`no education against the ${ctx.job.education!.level} level asked`);
  const { requiredYears } = ctx.experience;
  if (requiredYears && ctx.details.experience?.score === null && ctx.experience.heldYears === 0)
    out.push(`no dated role or stated years against the ${requiredYears}+ years asked`);
  return out;
}

/** Asks named in the verdict's reason, each in the ad's words up to ASK_CHARS. */
const NAMED_ASKS = 3;
const ASK_CHARS = 80;

/**
 * The ad's must-have qualification asks (what the candidate must already have, ask-classifier.ts)
 * that the requirements list shows as not met: a FIT names them as weighed, never "every
 * must-have is met" beside them (issue 13 item 4). Languages and hard asks have their own rule.
 */
export function unmetMustHaveAsks(ctx: Context): string[] {
  const theme = new Set(ctx.focus?.missing ?? []);
  const namesTheme = (e: RequirementEvidence) => ((e.missingWords ?? []).some((w) => theme.has(w)) ? 1 : 0);
  return (
    ctx.evidence
      .filter(
        (e) =>
          e.requirement.kind === "required" &&
          e.requirement.about === "qualification" &&
          e.requirement.type !== "language" &&
          !e.requirement.hard &&
          !e.met &&
          // A years ask is met by years held, whatever its line reads like.
          !(e.requirement.type === "years" && ctx.experience.heldYears >= (e.requirement.years ?? Infinity)),
      )
      // The asks naming the ad's theme the roles do not say first (the verdict's themeAskUnmet).
      .sort((a, b) => namesTheme(b) - namesTheme(a) || a.similarity - b.similarity)
      .slice(0, NAMED_ASKS)
      .map((e) => {
        const t = e.requirement.text
          .replace(/\s+/g, " ")
          .replace(/^[-*•·\s]+/, "")
          .trim();
        return `"${t.length > ASK_CHARS ? `${t.slice(0, ASK_CHARS).trimEnd()}…` : t}"`;
      })
  );
}

/**
 * What a described role asks that is not fully shown, beyond its required skills (which the
 * verdict names as still to close): its nice-to-have skills listed as gaps and how many of its
 * duties the experience shows. A FIT for "Logistics Coordinator" read "every requirement
 * typical for the role is met" beside Skills 23, "0 of 3 skill requirement(s) met" (issue 13
 * trial): the reason now says what is still open, and claims every requirement met only when
 * nothing is.
 */
export function describedRoleOpen(ctx: Context): {
  niceToHaves: string[];
  duties?: { shown: number; of: number };
} {
  const niceToHaves = ctx.gaps
    .filter((g) => g.type === "skill" && g.kind === "preferred")
    .map((g) => g.skill);
  const duties = ctx.evidence.filter(
    (e) => e.requirement.type === "duty" && e.requirement.kind === "required",
  );
  return {
    niceToHaves,
    ...(duties.length ? { duties: { shown: duties.filter((e) => e.met).length, of: duties.length } } : {}),
  };
}
