/**
 * The skills listed in an intro in Spanish, French, German, Portuguese or Hindi are split at that
 * language's "and", and the lead-in's words are no skill (lead's new-user trial 2026-12-06: "hola,
 * soy diseñadora gráfica, … usando Figma, Illustrator y Photoshop" saved the skills "soy" and
 * "Illustrator y Photoshop", and Illustrator was lost). Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import type { Focus } from "../graph/focus.ts";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { understand } from "./understand.ts";

const NEW_USER: Focus = { hasProfile: false };
const saved = async (text: string) => {
  const plan = await understand(text, {
    focus: NEW_USER,
    attachments: [],
    available: new Set(TOOL_NAMES),
    tracked: [],
    ownSkills: [],
  });
  expect(plan.calls[0]?.name).toBe("save_background");
  return plan.calls[0]!.args as unknown as { skills: { name: string }[]; unread?: string[] };
};

describe("skills listed in an intro in five languages", () => {
  it.each([
    [
      "hola, soy diseñadora gráfica, 4 años en una agencia en Madrid usando Figma, Illustrator y Photoshop",
      ["Figma", "Adobe Photoshop", "Adobe Illustrator"],
    ],
    ["bonjour, je suis comptable depuis 6 ans, Excel et SAP tous les jours", ["SAP", "Microsoft Excel"]],
    ["namaste, main 3 saal se data entry operator hoon, Excel aur Tally", ["Microsoft Excel", "Tally ERP"]],
  ])("'%s' saves exactly those skills", async (text, skills) => {
    const said = await saved(text);
    expect(said.skills.map((s) => s.name).sort()).toEqual([...skills].sort());
    expect(said.unread ?? []).toEqual([]);
  });

  it("'no resume' said in Portuguese is no unplaced clause", async () => {
    expect((await saved("oi, sou enfermeira há 7 anos, sem currículo")).unread ?? []).toEqual([]);
  });
});
