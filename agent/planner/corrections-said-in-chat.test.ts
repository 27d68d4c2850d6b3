/**
 * Issue 12 (chat15u, trial14 §4): corrections said in chat that saved garbage or changed the
 * wrong thing. Each message is written for this test in the trial's situation, not copied:
 * - an employer corrected on a role was read as a new title;
 * - an employer told ("the company for that job is …") or a title told with its employer was asked back;
 * - the person's own name, in English and other languages, had no reading at all.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: { hasProfile: true }, tracked: [] });

describe("an employer corrected goes in the employer", () => {
  it.each([
    [
      "change the employer of my Field Sales Lead role to Northwind Logistics",
      { which: "Field Sales Lead", set: { company: "Northwind Logistics" } },
    ],
    ["set the company for my warehouse job to Ocado", { which: "warehouse", set: { company: "Ocado" } }],
    ["the employer for that role is Northwind Logistics", { set: { company: "Northwind Logistics" } }],
    [
      "my current title is Field Sales Lead and the company is Northwind Logistics, not Northwind Mid-Market",
      { which: "Field Sales Lead", set: { title: "Field Sales Lead", company: "Northwind Logistics" } },
    ],
  ])("%s", async (text, args) => {
    expect((await plan(text)).calls).toEqual([
      { name: "correct_profile_entry", args: { action: "edit", kind: "experience", ...args } },
    ]);
  });

  it("a rename still renames", async () => {
    expect((await plan("rename the porter one to Night Porter")).calls).toEqual([
      {
        name: "correct_profile_entry",
        args: { action: "edit", kind: "experience", which: "porter", set: { title: "Night Porter" } },
      },
    ]);
  });
});

describe("the person's name, told or corrected", () => {
  it.each([
    ["my name is Dana Okafor btw, not DANA OKAFOR lol", "Dana Okafor"],
    ["actually my name is Dana Okafor", "Dana Okafor"],
    ["y mi nombre es Inés García López, no Guardia Nocturna jaja", "Inés García López"],
    ["me llamo Inés García", "Inés García"],
    ["je m'appelle Chloé Martin, pas CHLOE", "Chloé Martin"],
    ["ich heiße Jonas Weber", "Jonas Weber"],
    ["meu nome é João Pereira", "João Pereira"],
    ["mera naam Priya Sharma hai", "Priya Sharma"],
  ])("%s", async (text, name) => {
    expect((await plan(text)).calls).toEqual([{ name: "set_name", args: { name } }]);
  });

  it("an intro that goes on after the name is no name correction", async () => {
    const out = await plan("my name is Sam and I'm a nurse looking for clinic jobs");
    expect(out.calls.some((c) => c.name === "set_name")).toBe(false);
  });
});
