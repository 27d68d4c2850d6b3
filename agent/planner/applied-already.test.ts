/**
 * "did I already apply to X?" is a lookup of that company's application, not an application to
 * log (conv12n: "have i applied to Apple already?" logged one); and "heard back from X, it's a
 * no" is news to write, not a question about where it stands. Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: { hasProfile: true, lastIntent: "read_resume" }, tracked: ["Lidl"] });

describe("asking whether one already applied somewhere", () => {
  it.each([
    ["have i applied to Patagonia already?", "Patagonia"],
    ["did I apply at Home Depot before? i forget", "Home Depot"],
    ["wait did i send my cv to lidl already", "Lidl"],
    ["¿ya me postulé a Coppel?", "Coppel"],
    ["j'ai déjà postulé chez Thales ?", "Thales"],
    ["hab ich mich schon bei Lidl beworben", "Lidl"],
    ["já me candidatei na Renner?", "Renner"],
    ["kya maine Wipro mein apply kiya tha?", "Wipro"],
  ])("'%s' looks up %s", async (text, company) => {
    expect((await plan(text)).calls).toEqual([{ name: "list_applications", args: { company } }]);
  });

  it("saying one applied still logs it", async () => {
    expect((await plan("I applied to Patagonia yesterday")).calls.map((c) => c.name)).toEqual([
      "add_application",
    ]);
  });

  it("news from a company is written, not looked up", async () => {
    const p = await plan("heard back from lidl, it's a no");
    expect(p.calls).toEqual([
      { name: "update_application_status", args: { application: "Lidl", status: "rejected" } },
    ]);
  });
});
