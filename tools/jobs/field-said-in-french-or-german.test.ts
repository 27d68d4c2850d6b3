/**
 * New-user trial 19 (2026-12-07): "chargée des ressources humaines" was a fish and game warden
 * (French "chargé(e) de …" read as "… officer", and "human resources officer" as O*NET's
 * "Resource Officer"), and the German "Qualitätssicherung" said alone was not matched at all.
 * "Chargé(e) de X" is the one who looks after X: a specialist of it ("chargée de recrutement",
 * "chargé de communication"); a German field said alone is read by its English name.
 */
import { expect, it } from "vitest";
import { loadAnalysisDeps } from "../gap/deps.ts";
import { describeDreamRole } from "./dream-role.ts";
import { loadRoleFinder } from "./target.ts";
import { translateTitle } from "./translate-title.ts";

const occupationOf = async (text: string) => {
  const [find, { graph }] = await Promise.all([loadRoleFinder(), loadAnalysisDeps()]);
  return describeDreamRole(text, find, graph).occupation?.code;
};

it.each([
  ["chargée des ressources humaines", /^13-1071/],
  ["chargée de recrutement", /^13-1071/],
  ["chargé de communication", /^27-3031/],
])("'%s' is the French specialist of that work, not an officer of the law", async (text, code) => {
  expect(await occupationOf(text)).toMatch(code);
});

it("a German quality department said alone is read as quality work, in English words", async () => {
  expect(translateTitle("Qualitätssicherung", "German")).toBe("quality control");
  expect(translateTitle("Qualitätskontrolle")).toBe("quality control");
  const code = await occupationOf("Qualitätssicherung");
  expect(code).toBeDefined();
  // Quality work in making things (SOC 17 technicians, 19 science technicians, 51 inspectors), not software testing.
  expect(code).toMatch(/^(?:17|19|51)-/);
});
