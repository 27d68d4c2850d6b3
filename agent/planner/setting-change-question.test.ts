/**
 * Issue 12 (chat16u), trial16 §5 and trial14 §7: "how do i switch from agency to in-house
 * product?" set "in-house product" as the target and then said it matched no role. A move
 * between kinds of workplace is answered in words, the target untouched; a move between two
 * roles still gets the role path. Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const focus: Focus = { hasProfile: true, jobId: "job-1", jobTitle: "Product Designer" };
const plan = (text: string) => planText(text, focus, { tracked: [] });

describe("a move between settings is answered in words (trial16 §5)", () => {
  it.each([
    ["how do i switch from agency to in-house product?", /agency work to an in-house team/],
    ["how can I move from freelance to in-house?", /freelancing to an in-house team/],
    ["any tips to go from a startup to a big company?", /a startup to a larger company/],
    ["cómo paso de trabajar en agencia a un equipo interno?", /agency work to an in-house team/],
    ["comment passer de l'agence à l'interne ?", /agency work to an in-house team/],
  ])("'%s' sets no target and says what changes", async (text, words) => {
    const p = await plan(text);
    expect(p.calls).toEqual([]);
    const said = p.says.find((s) => s.kind === "role_work");
    expect(said?.detail).toMatch(words);
    expect(said?.detail).toMatch(/your target stays as it is \(Product Designer\)/);
  });

  it("a move between two roles is still the role path, not a setting", async () => {
    const p = await plan("how do i go from cashier to store manager?");
    expect(p.says.find((s) => s.kind === "role_work")?.detail ?? "").not.toMatch(/change of setting/);
  });
});
