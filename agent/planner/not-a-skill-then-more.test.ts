/**
 * trial16 §13, trial17 §3, trial18 §2: "X is not a skill, please remove it. and I have used A
 * and B" removed A and B (not on the profile) and kept X. X is removed, A and B are added; the
 * same in the other languages, and "X is not a skill" alone removes X (it was a work value).
 */
import { describe, expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";

const OWN = { ownSkills: ["Lesson Planning", "Stock Rotation", "Excel"] };
const callsOf = async (message: string) =>
  (await planText(message, { hasProfile: true }, OWN)).calls.map((c) => `${c.name}:${c.args.skill ?? ""}`);

describe("a removal and an addition in one message", () => {
  it("the item said not to be a skill is removed, the tools used after it are added", async () => {
    const calls = await callsOf(
      "stock rotation is not a skill, please remove it. and I have used Trello and Google Sheets for years",
    );
    expect(calls).toEqual(["remove_skill:Stock Rotation", "add_skill:Trello", "add_skill:Google Sheets"]);
  }, 60_000);

  it("'…is not a skill I have, but I know X' removes one and adds the other", async () => {
    expect(await callsOf("Excel is not a skill I have, but I know SQL")).toEqual([
      "remove_skill:Excel",
      "add_skill:SQL",
    ]);
  }, 60_000);

  it("'X is not a skill' alone removes X, as it stands on the profile", async () => {
    expect(await callsOf("lesson planning isn't a skill")).toEqual(["remove_skill:Lesson Planning"]);
  }, 60_000);

  it("in Spanish, Portuguese, French and German", async () => {
    expect(await callsOf("Excel no es una habilidad, quítala. uso Trello")).toEqual([
      "remove_skill:Excel",
      "add_skill:Trello",
    ]);
    expect(await callsOf("Excel não é uma habilidade, tira por favor")).toEqual(["remove_skill:Excel"]);
    expect(await callsOf("Excel n'est pas une compétence, supprime-la")).toEqual(["remove_skill:Excel"]);
    expect(await callsOf("Excel ist keine Fähigkeit, bitte löschen")).toEqual(["remove_skill:Excel"]);
  }, 60_000);

  it("a sentence about skills in general removes nothing", async () => {
    const calls = await callsOf("Python is not a skill you learn in a week");
    expect(calls.filter((c) => c.startsWith("remove_skill"))).toEqual([]);
    expect((await callsOf("this is not a skill")).filter((c) => c.startsWith("remove_skill"))).toEqual([]);
  }, 60_000);
});
