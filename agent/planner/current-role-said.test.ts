/**
 * Found trying the chat as new users: "hi, I'm a product designer" was read as a fit check
 * with no job ("Which job should I compare you to?") and "I work as a nurse" set nursing as
 * the job the person wants. The role a person has now is acknowledged, nothing is saved or
 * set, and the next steps are offered as messages that work when tapped.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { understand } from "./understand.ts";

const focus: Focus = { hasProfile: true };
const plan = plannerWith({ focus });

it.each([
  ["hi, I'm a product designer", "Product Designer"],
  ["I work as a nurse", "Nurse"],
  ["im a data analyst at a bank", "Data Analyst"],
  ["I am a teacher in Madrid", "Teacher"],
])("%s is the role they have: acknowledged, nothing set", async (text, title) => {
  const p = await plan(text);
  expect(p.calls).toEqual([]);
  const said = p.says.find((s) => s.kind === "current_role");
  expect(said?.detail).toBe(title);
  for (const choice of said?.choices ?? []) {
    const tapped = await plan(choice.text);
    expect(
      tapped.calls.length + tapped.says.filter((s) => s.kind === "advice").length,
      choice.text,
    ).toBeGreaterThan(0);
  }
});

it.each([
  ["I'm looking for a job as a data analyst", "set_dream_job"],
  ["I'm a nurse, am I a fit for health informatics?", "set_dream_job"],
  ["I am certified in Google Data Analytics", "add_profile_entry"],
])("%s is still the request it makes", async (text, tool) => {
  const p = await plan(text);
  expect(p.calls.map((c) => c.name)).toContain(tool);
});

it("on an empty profile the role is saved as the background, held now (chat12p trial)", async () => {
  const p = await understand("I'm a cashier", {
    focus: { hasProfile: false },
    attachments: [],
    available: new Set(TOOL_NAMES),
    ownSkills: [],
  });
  expect(p.calls).toEqual([
    {
      name: "save_background",
      args: { roles: [{ title: "Cashier", current: true }], skills: [], certifications: [] },
    },
  ]);
});
