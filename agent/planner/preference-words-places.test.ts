/**
 * Trial (Teams, issue 12): "… and remote or Columbus" was confirmed as "remote; working in
 * Columbus", and "I live in Leeds, happy with hybrid, and could relocate to Manchester" lost
 * Manchester. The saved line says a work mode and a place as the one choice they are, and
 * the places they would move to with the move.
 */
import { expect, it } from "vitest";
import { preferencesIn } from "../../tools/gap/stated-preferences.ts";
import { preferenceWords } from "./preference-words.ts";

const savedLine = (said: string) => {
  const change = preferencesIn(said);
  return preferenceWords(change, Object.keys(change));
};

it.each([
  ["I'd want at least 65000 USD a year, and remote or Columbus", /remote, or working in Columbus/],
  [
    "I live in Leeds, happy with hybrid, and could relocate to Manchester",
    /^hybrid, in Leeds; open to relocating to Manchester$/,
  ],
  ["I'd move to Berlin", /^open to relocating to Berlin$/],
  ["I'm open to relocating", /^open to relocating$/],
])("%s reads back sensibly", (said, line) => {
  expect(savedLine(said)).toMatch(line);
});

// Issue 12 (trial item 15): the Spanish message saved the pay only.
it("the pay, the place and no remote work said in Spanish are all planned to be saved", async () => {
  const { understand } = await import("./understand.ts");
  const { TOOL_NAMES } = await import("../tools/schemas.ts");
  const plan = await understand("mi expectativa salarial es 90k al año y prefiero Orlando, no remoto", {
    focus: { hasProfile: true },
    attachments: [],
    available: new Set(TOOL_NAMES),
  });
  expect(plan.calls).toEqual([
    {
      name: "set_preferences",
      args: { salaryMin: 90_000, salaryPeriod: "year", remote: "onsite", desiredLocation: "Orlando" },
    },
  ]);
  const saved = plan.calls[0]!.args as Parameters<typeof preferenceWords>[0];
  expect(preferenceWords(saved, Object.keys(saved))).toMatch(/onsite, in Orlando/);
});
