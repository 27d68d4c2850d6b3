import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: { hasProfile: true } });

describe("an entry kind named as a label before its details", () => {
  it("'add project: <name>, a <thing> I built in <tool>' is a project, not its tools as skills", async () => {
    const p = await plan(
      "add project: Shelf Tracker, a stock count sheet I made in Google Sheets for the shop",
    );
    expect(p.calls.map((c) => [c.name, c.args.kind])).toEqual([["add_profile_entry", "project"]]);
  });
  it("'add a certification - <name>' is a certification entry", async () => {
    const p = await plan("add a certification - Food Hygiene Level 2 from the council, 2023");
    expect(p.calls.map((c) => [c.name, c.args.kind])).toEqual([["add_profile_entry", "certification"]]);
  });
  it("skills listed without a label stay skills", async () => {
    const p = await plan("add excel and google sheets to my skills");
    expect(p.calls.map((c) => c.name)).toEqual(["add_skill", "add_skill"]);
  });
});
