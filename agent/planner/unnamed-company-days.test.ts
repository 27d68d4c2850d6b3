/**
 * A company described, not named ("a startup", "una startup", "einem Startup"), with the role
 * and a day said in another language: the name is asked back, the role kept without the day
 * and the day kept for the answer (applied-company-role.ts reads the day with plans/applied-day.ts,
 * the one reader of an application's day). A weekday is never a company ("am Montag" was logged
 * as company "Montag"), an article is no part of a name ("una startup" was logged). Messages
 * written for this test.
 */
import { expect, it } from "vitest";
import { PROFILE_ONLY, plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: PROFILE_ONLY });

it.each([
  ["j'ai postulé dans une start-up comme chef de projet lundi dernier", "start-up", "chef de projet"],
  ["me postulé en una startup como analista de datos el lunes", "startup", "analista de datos"],
  ["ich habe mich am Montag bei einem Startup als Data Analyst beworben", "startup", "Data Analyst"],
  ["me candidatei numa fintech como analista na segunda-feira", "fintech", "analista"],
])("'%s' asks which %s, keeping the role %s and the day", async (text, kind, position) => {
  const planned = await plan(text);
  expect(planned.calls).toEqual([]);
  expect(planned.says.filter((s) => s.kind !== "language_note")).toEqual([
    { kind: "ask_application", detail: `${kind}|${position}` },
  ]);
  const asked = planned.remember?.applicationAsked as { position: string; appliedOn?: string } | undefined;
  expect(asked?.position).toBe(position);
  expect(asked?.appliedOn).toBeTruthy();
});
