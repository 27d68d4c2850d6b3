/**
 * trial19 §2: "je gère une équipe de 12 personnes, les plannings, les entretiens d'embauche …"
 * saved the skill "Large eddy simulation LES": the French article "les" met the taxonomy's
 * acronym LES (keys are lower case). An article or preposition of the languages read, written in
 * lower case, is no skill name; the acronym written in capitals still is.
 */
import { describe, expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";
import { skillNames } from "./slot-words.ts";

const skillsAdded = async (text: string) =>
  (await planText(text, { hasProfile: true })).calls
    .filter((c) => c.name === "add_skill")
    .map((c) => String(c.args.skill).toLowerCase());

describe("function words of other languages are no skills", () => {
  it.each([
    "je gère une équipe de 12 personnes, les plannings, les entretiens d'embauche et la formation des vendeuses",
    "je connais Excel et les logiciels de caisse",
    "ich kenne Excel und die Kasse",
  ])(
    "%s adds no article",
    async (text) => {
      const added = await skillsAdded(text);
      for (const word of ["les", "des", "die", "und", "de"]) expect(added).not.toContain(word);
    },
    60_000,
  );

  it("names read from a sentence skip lower-case articles", () => {
    expect(skillNames("les plannings et les entretiens des vendeuses")).not.toContain("les");
    expect(skillNames("conozco los programas del almacén")).not.toContain("los");
  });

  it("the acronym written in capitals is still read (guard)", async () => {
    expect(await skillsAdded("add LES and SQL")).toEqual(["les", "sql"]);
  }, 60_000);
});
