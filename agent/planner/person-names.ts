/**
 * The person's own names (companies they track, skills on their profile) are read from the
 * database only for a message that could use them, decided cheaply from the message and the
 * conversation (issue 12, speed): every turn used to list the person's applications, though
 * only a status change, a removal or a reference to an application reads them. A message
 * about something else ("show my skills") costs no query.
 */

import type { Focus } from "../graph/focus.ts";
import { ASKS_HOW_IT_STANDS } from "./application-asked-about.ts";
import { mayTellBackground } from "./background-said.ts";
import { saysCurrentRole } from "./current-role-said.ts";
import { intentModel } from "./nlu/intent-model.ts";
import { normalize } from "./normalize.ts";
import { takesAway } from "./operation-words.ts";
import { disownsSkills } from "./own-skill-removal.ts";
import { contextOf } from "./reading.ts";
import { extraStatus } from "./slot-words.ts";
import { extractStatus } from "./slots.ts";
import type { PlanContext } from "./types.ts";

/** Where the person's own names come from; each is called at most once per message. */
export interface PersonNames {
  /** Companies of their tracked applications, as stored. */
  trackedCompanies?: () => Promise<readonly string[]>;
  /** Names of the skills on their profile, as stored. */
  skills?: () => Promise<readonly string[]>;
}

const APPLICATION_INTENTS = new Set([
  "add_application",
  "update_application_status",
  "list_applications",
  "delete_application",
  "set_reminder",
  "cancel_reminder",
]);

/** A reading this likely is one the plan may take; below it the model does not consider it. */
const CONSIDERED = 0.1;

/** Sure of a reading this much, the message is that (an interview question is not a status). */
const SURE = 0.7;

/**
 * Whether the message could name an application: the conversation is about applications,
 * the model gives an application request a real chance, or, unless the model is sure of
 * something else, it says a status ("google said no") or takes something away.
 */
export async function mayNameApplication(raw: string, focus: Focus): Promise<boolean> {
  if (focus.topic === "application" || focus.application || focus.applications?.length) return true;
  // "how's Siemens going?" after an analysis: the model reads a greeting.
  if (ASKS_HOW_IT_STANDS.test(raw)) return true;
  const ranked = await intentModel().classify(raw, contextOf(focus));
  if (ranked.some((r) => r.score >= CONSIDERED && APPLICATION_INTENTS.has(r.intent))) return true;
  if ((ranked[0]?.score ?? 0) >= SURE) return false;
  const t = normalize(raw);
  return takesAway(t) || Boolean(extraStatus(t) || extractStatus(t));
}

/** The plan context with the person's names this message may use, read only when it may. */
export async function withPersonNames(
  raw: string,
  context: PlanContext,
  names: PersonNames = {},
): Promise<PlanContext> {
  const [tracked, skills] = await Promise.all([
    names.trackedCompanies && (await mayNameApplication(raw, context.focus))
      ? names.trackedCompanies()
      : undefined,
    // A removal names one of them; a job told with its years or skills ("I'm a line cook, 4
    // years …") is a background to save when the profile has no skills yet (background-said.ts).
    // "I'm a cashier" on an empty profile is saved too (current-role-said.ts).
    names.skills &&
    (takesAway(normalize(raw)) || disownsSkills(raw) || mayTellBackground(raw) || saysCurrentRole(raw))
      ? names.skills()
      : undefined,
  ]);
  return {
    ...context,
    ...(tracked ? { tracked } : {}),
    ...(skills ? { ownSkills: skills } : {}),
  };
}
