/**
 * A roadmap asked for a number of weeks with no hours said is kept to the hours the person gave
 * before, else the default (tools/roadmap/service.ts), never sized to the work ("6 weeks at 29
 * hours a week" for someone working full time; trial 2026-12-06). The reply says so and how to
 * change it. A roadmap shown after a change of target says it is for the old one.
 */
export const hoursAssumedWords = (r: { hoursAssumed?: boolean; hoursPerWeek: number }): string =>
  r.hoursAssumed
    ? ` You didn't say how many hours a week you have, so I kept it to ${r.hoursPerWeek}; tell me ("5 hours a week") and I'll fit the plan to that.`
    : "";

/** A roadmap shown after the target changed: whose it is, and that a new one can be made. */
export const oldTargetWords = (r: { oldTarget?: { planned: string; target: string } }): string =>
  r.oldTarget
    ? `This roadmap is for ${r.oldTarget.planned}, your earlier target — not ${r.oldTarget.target}. Say "make me a roadmap" for one toward ${r.oldTarget.target}. `
    : "";
