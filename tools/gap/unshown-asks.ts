/**
 * What the job asks that the profile shows nothing for, or nothing that can stand in for it:
 * the verdict's hard asks and the words of its reason.
 */
import { highestEducation } from "./score-education.ts";
import type { Context } from "./stages.ts";

/** The job requires a level of education and the profile shows none. */
export function educationUnshown(ctx: Context): boolean {
  const ask = ctx.job.education;
  return (
    ask?.kind === "required" && ask.level !== undefined && highestEducation(ctx.profile).level === undefined
  );
}

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
      reason: `the ${ctx.job.source === "posting" ? "ad" : "role"} requires a ${ask.level}'s degree (${ask.noSubstitute.slice(0, 120)}) and your highest is ${held ? `a ${held}'s` : "not shown"}; years of experience do not stand in for it`,
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
