/**
 * "I'm a cook, no resume yet. 4 years on the line, good with grill and sauté": the background
 * told instead of a resume, saved through the profile service's background step
 * (tools/profile/background.ts). The years said are counted back from this month, as for an
 * entry said in chat (stated-duration.ts), and the reply says so.
 */
import { saveBackground } from "../../tools/profile/background.ts";
import { spanEndedAgo, spanEndingNow } from "../../tools/text/stated-duration.ts";
import { profileServiceFor } from "./career-deps.ts";
import type { ToolArgs } from "./schemas.ts";
import { defineTool, type ToolContext } from "./types.ts";

type ToldBackground = ToolArgs<"save_background">;

/**
 * Saves a told background through the profile service's background step; add_profile_entry's
 * `background` form runs this (the tool name the outside conversation sets expect), and
 * save_background, kept for threads saved before that and for hosted models, runs it too.
 */
export async function saveToldBackground(args: ToldBackground, ctx: ToolContext) {
  const now = new Date();
  // A past job with its end said ("I took 5 years off; before that …") is dated back from
  // then, not counted up to now (trial F10.1: a returner's break was erased).
  // Dates written beside the job ("(2011-2018)") beat counting back (trial 2026-12-06 F1).
  const roles = args.roles.map(
    ({ title, company, bullets, months, current, endedMonthsAgo, start, end }) => ({
      title,
      ...(company ? { company } : {}),
      ...(bullets?.length ? { bullets } : {}),
      ...(start ? { start, ...(end ? { end } : {}) } : {}),
      ...(!start && months && endedMonthsAgo ? spanEndedAgo(months, endedMonthsAgo, now) : {}),
      ...(!start && months && !endedMonthsAgo ? spanEndingNow(months, now) : {}),
      ...(current !== undefined ? { current } : {}),
    }),
  );
  const saved = await saveBackground(profileServiceFor(ctx.db), ctx.userId, {
    roles,
    skills: args.skills,
    certifications: args.certifications,
    education: args.education,
  });
  // What was read as nothing is said back with what was saved (trial 2026-12-06 F1).
  // A role with its dates written beside it says so: the reply does not call them counted back.
  const written = new Set(args.roles.filter((r) => r.start).map((r) => r.title.toLowerCase()));
  const dated = saved.roles.map((r) => ({ ...r, datesWritten: written.has(r.title.toLowerCase()) }));
  return { result: { ...saved, roles: dated, unread: args.unread ?? [] }, focus: { hasProfile: true } };
}

export const saveBackgroundTool = defineTool({
  name: "save_background",
  description:
    "Save a background the person describes instead of a resume: roles held (with how long), skills named with the level said, certificates and degrees held.",
  run: saveToldBackground,
});
