/**
 * Found trying the chat in Spanish (lead26): a new user's "tengo 2 años como auxiliar de
 * enfermería" was stored as an experience entry titled with the whole sentence, so the analysis
 * said no dated roles. With the profile still empty, the years said before the job are the
 * background: the job in English words, with its months. Messages written for this test.
 */
import { expect, it } from "vitest";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { asAgentCall } from "./told-background-call.ts";
import { understand } from "./understand.ts";

const planFor = (text: string, ownSkills: string[]) =>
  understand(text, { focus: { topic: "job" }, attachments: [], available: new Set(TOOL_NAMES), ownSkills });

it.each([
  ["tengo 2 años como auxiliar de enfermería", "Nursing Assistant", 24],
  ["j'ai 5 ans comme serveur", "Waiter", 60],
  ["ich habe 3 Jahre als Lagerist gearbeitet", "Warehouse Worker", 36],
  ["tenho 4 anos como garçom", "Waiter", 48],
])("'%s' with an empty profile saves %s for %i months", async (text, title, months) => {
  const p = await planFor(text, []);
  expect(p.calls).toEqual([
    {
      name: "save_background",
      args: { roles: [{ title, months, current: true }], skills: [], certifications: [] },
    },
  ]);
});

// conv19u: on a loaded profile too the sentence is one entry (the agent calls add_profile_entry),
// but titled in English: the entry's text alone titled it with the whole French sentence.
it("with skills on the profile the same sentence is one entry, titled in English", async () => {
  const p = await planFor("j'ai 5 ans comme serveur", ["Excel"]);
  const calls = p.calls.map((c) => asAgentCall(c, "j'ai 5 ans comme serveur", new Set(TOOL_NAMES)));
  expect(calls.map((c) => c.name)).toEqual(["add_profile_entry"]);
  expect(calls[0]?.args.background).toMatchObject({ roles: [{ title: "Waiter", months: 60 }] });
});
