/**
 * New-user trial 19 (2026-12-07): "UX research" as a dream role was shown as "Web and Digital
 * Interface Designer" — O*NET files UX researchers under that occupation, and the requirements
 * were a UX researcher's, but the name was the occupation's. A field said in the words of its
 * practitioner's title, in their doer's form ("research" -> "researcher"), is shown by that title.
 */
import { expect, it } from "vitest";
import { loadAnalysisDeps } from "../gap/deps.ts";
import { describeDreamRole } from "./dream-role.ts";
import { loadRoleFinder } from "./target.ts";

const describe = async (text: string) => {
  const [find, { graph }] = await Promise.all([loadRoleFinder(), loadAnalysisDeps()]);
  return describeDreamRole(text, find, graph);
};

it("a field said by its practitioner's words is shown by the practitioner's title", async () => {
  const role = await describe("UX research");
  expect(role.title).toMatch(/^(?:UX|User Experience) Researcher$/);
  expect(role.occupation?.code).toBe("15-1255.00");
});

it("a title said in full is still shown as said", async () => {
  expect((await describe("software developer")).title).toBe("Software Developer");
});
