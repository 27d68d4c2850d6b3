/**
 * The hard asks the profile leaves unmet (a required language or licence, a degree nothing
 * stands in for), each with the verdict's reason in words. Kept out of stages.ts so the
 * verdict stage only weighs them and this file alone says how they are named.
 */
import { levelName } from "./language-level.ts";
import type { TypedRequirement } from "./requirements.ts";
import type { Context } from "./stage-context.ts";
import { degreeWithoutSubstitute } from "./unshown-asks.ts";

/** Every hard ask unmet: the posting's hard requirements with no evidence, then the degree. */
export function unmetHardAsks(ctx: Context): { label: string; reason: string }[] {
  return [
    ...ctx.evidence
      .filter((e) => e.requirement.hard && !e.met)
      .map((e) => ({
        label: e.requirement.language ?? e.requirement.clearance?.name ?? e.requirement.text,
        // A language shown below the level asked is quoted with its level, not called absent.
        reason: `the ${ctx.job.source === "posting" ? "ad" : "role"} requires ${hardAskWords(ctx, e.requirement)} and your profile shows ${e.quote ? `only "${e.quote}"` : "none"}`,
      })),
    ...degreeWithoutSubstitute(ctx),
  ];
}

/** A hard ask in the verdict's words: the language or licence by name, with the ad's own words. */
function hardAskWords(ctx: Context, r: TypedRequirement): string {
  const quoted = `("${r.text.slice(0, 80)}")`;
  if (r.language)
    return `${ctx.deps.graph.get(r.language)?.name ?? r.language}${r.languageLevel ? ` at ${levelName(r.languageLevel)} level or above` : ""} ${quoted}`;
  if (r.type === "clearance" && r.clearance)
    return `${r.clearance.rank > 0 ? `a ${r.clearance.name} security clearance` : "a security clearance"} ${quoted}`;
  if (r.type === "licence" && r.credential)
    return `the ${r.credential.name} licence or certification ${quoted}`;
  return `a ${r.text.slice(0, 80)}`;
}
