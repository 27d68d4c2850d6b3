/**
 * A background clause said beside another request ("could I become an instructional designer?
 * I've taught 4th grade for 9 years. check my fit", "I worked 3 years as a barista and I want
 * to become a cafe manager"): the piece reads as an experience entry, but it names no employer,
 * so the entry tool failed ("couldn't read that as an experience") and nothing was kept. A
 * clause that names a job the role data knows and its years is the background instead: saved
 * through save_background, which adds the role beside a loaded resume or says it is there.
 * Split from background-said.ts (size).
 */
import type { PlannedCall } from "../tools/schemas.ts";
import { durationsInEnglish } from "./background-phrases.ts";
import { rolesHeld } from "./background-said.ts";
import { withJobsByVerb } from "./job-by-verb.ts";
import { intentModel } from "./nlu/intent-model.ts";
import { call, type Outcome } from "./types.ts";

/**
 * The jobs held said in one clause ("I worked 3 years as a barista", "I've taught 4th grade for
 * 9 years"), each with its months, for a background clause read as an entry: none when no job
 * the role data knows is named or no years are said.
 */
export async function rolesInClause(raw: string) {
  const text = withJobsByVerb(durationsInEnglish(raw));
  const english = intentModel().language.detect(raw).language === "en";
  const { roles } = await rolesHeld(text, english);
  return roles.filter((r) => r.months);
}

/** An employer or a date range said: the entry tool reads those (a resume line). */
const EMPLOYER = /\s(?:at|@|with|for)\s+\p{Lu}[\p{L}\p{N}_&.'-]*|\b(?:19|20)\d{2}\b/u;

async function asBackground(c: PlannedCall): Promise<PlannedCall> {
  const text = typeof c.args.text === "string" ? c.args.text : "";
  if (c.name !== "add_profile_entry" || c.args.kind !== "experience" || EMPLOYER.test(text)) return c;
  const roles = await rolesInClause(text);
  if (roles.length === 0) return c;
  return call("save_background", {
    roles: roles.map((r) => ({ ...r, current: r.current ?? true })),
    skills: [],
    certifications: [],
  });
}

/** The outcomes of a message's pieces, each background clause planned as the background. */
export async function backgroundClausesKept(outcomes: Outcome[]): Promise<Outcome[]> {
  return Promise.all(
    outcomes.map(async (o) => ({ ...o, calls: await Promise.all(o.calls.map(asBackground)) })),
  );
}
