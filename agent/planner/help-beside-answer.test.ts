/**
 * trial16 §16 / trial17 §4: a substantive first message got the help list or the long welcome
 * beside its answer. Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";

const NEW_USER = { ownSkills: [] as string[] };

describe("no help list beside an answer", () => {
  it("an intro that saves a background and asks what to do gets no help list", async () => {
    const plan = await planText(
      "namaste, main 4 saal se call centre mein customer support karta hoon, ab software testing mein jana hai. kya karu?",
      {},
      NEW_USER,
    );
    expect(plan.calls.length).toBeGreaterThan(0);
    expect(plan.says.map((s) => s.kind)).not.toContain("help");
  }, 60_000);

  it("a career question after hello gets the short greeting, not the welcome", async () => {
    const plan = await planText(
      "hello! I've been a primary school teacher for eight years and I want to move into corporate training. where do I begin?",
      {},
      NEW_USER,
    );
    const greeting = plan.says.find((s) => s.kind === "greeting");
    expect(plan.calls.length + plan.says.filter((s) => s.kind !== "greeting").length).toBeGreaterThan(0);
    if (greeting) expect(greeting.detail).toBe("brief");
    expect(plan.says.map((s) => s.kind)).not.toContain("help");
  }, 60_000);

  it("'hi, what can you do?' still gets the help list", async () => {
    const plan = await planText("hi, what can you do?", {}, NEW_USER);
    expect(plan.says.map((s) => s.kind)).toContain("help");
  }, 60_000);
});
