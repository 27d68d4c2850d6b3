/**
 * trial19 §1: after a misread target, "je ne veux pas être Metal Worker, je veux être chargée de
 * recrutement" set Metal Worker again (the role finder met the refused role first), and "je suis
 * gérante de magasin, pas « X »" (a saved title quoted and corrected) set a target made of its
 * words. The role wished after a refused one is the target, said with no turn word too, in the
 * languages read; a quoted title corrected renames that experience entry and sets no target.
 */
import { describe, expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const AFTER_FIT: Focus = {
  hasProfile: true,
  topic: "analysis",
  jobId: "j1",
  jobTitle: "Welder",
  lastIntent: "analyze_fit",
};
const planned = async (text: string) => (await planText(text, AFTER_FIT)).calls;
const target = async (text: string) =>
  (await planned(text)).find((c) => c.name === "set_dream_job")?.args.text as string | undefined;

describe("a role refused, then the one wished, with no turn word", () => {
  it.each([
    ["je ne veux pas être soudeuse, je veux être chargée de recrutement", /^chargée de recrutement$/],
    ["non, je ne veux pas être soudeuse. je voudrais devenir comptable", /^comptable$/],
    ["não quero ser soldador, quero ser recrutador", /^recrutador$/],
    ["no quiero ser soldador, quiero ser reclutador", /^reclutador$/],
    ["ich will nicht Schweißer werden, ich will Personalreferentin werden", /^Personalreferentin$/],
    ["je ne veux pas être soudeur mais recruteur", /^recruteur$/],
  ])(
    "%s",
    async (text, wanted) => {
      expect(await target(text)).toMatch(wanted);
    },
    60_000,
  );

  it("a wish after a doubt is the wish as said (guard)", async () => {
    expect(await target("I'm not sure, I want to be a nurse")).toMatch(/nurse/i);
  }, 60_000);
});

describe("a saved title quoted and corrected", () => {
  it.each([
    [
      'je suis gérante de magasin, pas "Et Je Voudrais Passer Aux"',
      "Et Je Voudrais Passer Aux",
      "gérante de magasin",
    ],
    ["je suis gérante de magasin, pas « Passer Aux »", "Passer Aux", "gérante de magasin"],
    ['soy cajera, no "Supermercado Cashier"', "Supermercado Cashier", "cajera"],
  ])(
    "%s renames the entry, no target",
    async (text, which, title) => {
      const calls = await planned(text);
      expect(calls.some((c) => c.name === "set_dream_job")).toBe(false);
      expect(calls).toContainEqual({
        name: "correct_profile_entry",
        args: { action: "edit", kind: "experience", which, set: { title } },
      });
    },
    60_000,
  );
});
