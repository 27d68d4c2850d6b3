import { describe, expect, it } from "vitest";
import type { Focus } from "../graph/focus.ts";
import { applicationAtPosition } from "./application-at-position.ts";

const focus: Focus = { topic: "application", applications: ["Tamsin Co", "Velloro", "Brightwick"] };
const at = (t: string, f: Focus = focus) =>
  applicationAtPosition(t, f, ["Tamsin Co", "Velloro", "Brightwick"]);

describe("an application named by its place in the list shown (trial13 finding 5)", () => {
  it("says the position as that company, in the languages the chat reads", () => {
    expect(at("the second one ghosted me")).toBe("Velloro ghosted me");
    expect(at("the 3rd application sent me an offer")).toBe("Brightwick sent me an offer");
    expect(at("move #2 to interview")).toBe("move Velloro to interview");
    expect(at("the last one turned me down")).toBe("Brightwick turned me down");
    expect(at("a segunda me chamou para entrevista")).toMatch(/^Velloro me chamou/);
    expect(at("la primera me rechazó")).toMatch(/^Tamsin Co me rechaz/);
    expect(at("die dritte hat abgesagt")).toMatch(/^Brightwick hat abgesagt/);
    expect(at("doosri wali ne call kiya")).toMatch(/^Velloro ne call/);
  });

  it("leaves rounds, times, a bare position, named companies and other topics alone", () => {
    expect(at("I have a second interview next week")).toBeUndefined();
    expect(at("the first time they called I missed it")).toBeUndefined();
    expect(at("give me a second, I'll check")).toBeUndefined();
    expect(at("the second one")).toBeUndefined();
    expect(at("Velloro was the first one to answer")).toBeUndefined();
    expect(at("the fifth one rejected me")).toBeUndefined();
    expect(at("the second one rejected me", { ...focus, topic: "question" })).toBeUndefined();
  });
});
