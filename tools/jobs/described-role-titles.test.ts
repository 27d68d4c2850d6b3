/**
 * A new-user trial (issue 13 item 7, trial F5.5, F9.4, F10.2, F7.1, F12.1, F6.4) found the
 * described role renamed or lost: the grade dropped after "to", "junior … roles" read as a web
 * developer, acronyms shown as their letters, French and German titles refused, and a Spanish
 * title shown under another occupation's name. The display title keeps the person's words;
 * the role profile behind it is still O*NET's.
 */
import { expect, it } from "vitest";
import { isCareerCraftError } from "../../data/errors.ts";
import { loadAnalysisDeps } from "../gap/deps.ts";
import { describeDreamRole } from "./dream-role.ts";
import { loadRoleFinder } from "./target.ts";

const describe = async (text: string) => {
  const [find, { graph }] = await Promise.all([loadRoleFinder(), loadAnalysisDeps()]);
  return describeDreamRole(text, find, graph);
};

it("a grade after a leading 'to' is kept in the title, and the requirements know the level", async () => {
  const role = await describe("to Senior Payroll Specialist");
  expect(role.title).toBe("Senior Payroll Specialist");
  expect(role.seniority).toBe("senior");
  const plain = await describe("Payroll Specialist");
  expect(role.experience[0]!.minYears).toBeGreaterThan(plain.experience[0]?.minYears ?? 0);
});

it("'searching for entry … roles' names the role searched for, with its grade", async () => {
  const role = await describe("searching for junior data engineer roles, preferably remote");
  expect(role.title).toBe("Junior Data Engineer");
  expect(role.seniority).toBe("junior");
});

it("junior software engineer roles with a preference after the comma stay software developers", async () => {
  const role = await describe("hunting for junior software engineer jobs, ideally backend");
  expect(role.occupation?.code).toBe("15-1252.00");
  expect(role.title).toMatch(/^Junior /);
});

it.each([
  ["RN", "Registered Nurse"],
  ["HRBP", "HR Business Partner"],
  ["LPN", "Licensed Practical Nurse"],
  ["EMT", "Emergency Medical Technician"],
])("a title said by its letters (%s) is shown spelled out", async (said, shown) => {
  expect((await describe(said)).title).toBe(shown);
});

it.each([
  ["Je veux devenir juriste en entreprise", "23-1011.00"],
  ["juriste d'entreprise", "23-1011.00"],
  ["Ich möchte Projektleiterin für Photovoltaik werden", undefined],
])("a title in French or German is read in English words: %s", async (text, code) => {
  const role = await describe(text);
  if (code) expect(role.occupation?.code).toBe(code);
  expect(role.title).not.toMatch(/judge/i);
});

it("a German project lead for solar keeps both words in its title", async () => {
  const role = await describe("Ich möchte Projektleiterin für Photovoltaik werden");
  expect(role.title).toMatch(/Solar/);
  expect(role.title).toMatch(/Project Manager/);
});

it("a title in another language that still matches nothing offers the closest English titles", async () => {
  let error: unknown;
  try {
    await describe("je veux devenir chargée de clientèle bancaire");
  } catch (e) {
    error = e;
  }
  expect(isCareerCraftError(error) && error.userMessage).toMatch(/closest I know/);
  const choices = (error as { details: { choices: { text: string }[] } }).details.choices;
  expect(choices.length).toBeGreaterThan(0);
  for (const c of choices) expect((await describe(c.text)).title).toBeTruthy();
});

it("a Spanish title is shown as the person said it, in English", async () => {
  const wish = await describe("Quiero ser gerente de restaurante");
  const asked = await describe("¿Soy apto para gerente de restaurante?");
  expect(wish.title).toBe("Restaurant Manager");
  expect(asked.title).toBe(wish.title);
});

it("a kind a common title of the occupation already names keeps it ('backend' of a software engineer)", async () => {
  const find = await loadRoleFinder();
  expect(find("backend software engineer")?.role.code).toBe("15-1252.00");
  expect(find("junior software engineer, backend")?.role.code).toBe("15-1252.00");
  // A fuller title that adds what no common title of the occupation says still wins.
  expect(find("family nurse practitioner")?.role.title).toBe("Nurse Practitioners");
});
