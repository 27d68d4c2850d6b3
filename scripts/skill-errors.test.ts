import { describe, expect, it } from "vitest";
import { emptyTally, tallyResume, writtenAs } from "./skill-errors.ts";

describe("skills errors by kind (invented resume)", () => {
  it("says how a labelled skill is written", () => {
    const wall = `Summary ${"worked on many things for clients, ".repeat(14)}with Foo Builder daily`;
    const text = [
      "Tools: Gizmo, Widget Pro, Sprocket, Foo",
      "Designed the parts catalogue for the new warehouse in town",
      "Bar Studio",
      "used Quux",
      "Server administration",
      wall,
    ].join("\n");
    expect(writtenAs(text, "Widget Pro")).toBe("list");
    expect(writtenAs(text, "parts catalogue")).toBe("prose");
    expect(writtenAs(text, "Bar Studio")).toBe("short-line");
    expect(writtenAs(text, "Quux Server")).toBe("across-lines");
    expect(writtenAs(text, "Foo Builder")).toBe("wall");
  });

  it("counts list precision and recall as score.mjs does, and where each was lost", () => {
    const t = emptyTally();
    const skills = [
      { id: "gizmo", name: "Gizmo", category: "tool", spans: [{ text: "gizmo" }] },
      { id: "management", name: "Management", category: "domain_knowledge", spans: [{ text: "Management" }] },
      { id: "sprocket-x", name: "Sprocket X", unrecognised: true, spans: [{ text: "Sprocket X" }] },
    ];
    tallyResume(
      t,
      {
        text: "Skills: Gizmo, Management, Sprocket X, Widget Pro, Doohickey\nLed the Doohickey rollout team",
        gold: ["Gizmo", "Sprocket X", "Widget Pro"],
        skills,
        items: ["Gizmo", "Management", "Sprocket X", "Gizmo"],
      },
      (s) => s === "Widget Pro",
    );
    tallyResume(t, { text: "", gold: [], skills: [], items: ["Teamwork"] }, () => false);
    expect([t.right, t.listed, t.found, t.gold]).toEqual([2, 4, 2, 3]);
    expect(t.wrongByKind.get("domain_knowledge")).toEqual([1, 1]);
    expect(t.wrongByKind.get("unrecognised")).toEqual([0, 1]);
    expect(t.wrongByKind.get("resume has no skill labels")).toEqual([1, 1]);
    expect(t.missedBy.get("known / list")).toBe(1);
    expect([...t.wrongNames.keys()]).toEqual(["management"]);
  });
});
