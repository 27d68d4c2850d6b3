/**
 * Issue 12 trial: "prefiro trabalhar em São Paulo, híbrido" was set as a dream job ("could not
 * match … to a known role"). A sentence that leads with preferring or looking for a way of
 * working, in any of the chat's languages, stores the place and work mode; a sentence that
 * names a role to be ("quiero ser analista de datos en Madrid") is still a target.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: { hasProfile: true } });

it.each([
  ["prefiro trabalhar em Curitiba, híbrido", { remote: "hybrid", desiredLocation: "Curitiba" }],
  ["prefiero trabajar en Valencia, presencial", { remote: "onsite", desiredLocation: "Valencia" }],
  ["je préfère travailler à Nantes en hybride", { remote: "hybrid", desiredLocation: "Nantes" }],
  ["I'd prefer hybrid work in Leeds", { remote: "hybrid", desiredLocation: "Leeds" }],
])("%s stores the preferences", async (text, args) => {
  const p = await plan(text);
  expect(p.calls).toEqual([{ name: "set_preferences", args }]);
});

it("a role to be is still the target", async () => {
  const p = await plan("quiero ser analista de datos en Madrid");
  expect(p.calls.map((c) => c.name)).toContain("set_dream_job");
});
