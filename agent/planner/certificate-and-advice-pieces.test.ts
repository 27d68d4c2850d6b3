/**
 * conv12p (blind6 classes; messages written for this test): a certificate said as got ("got my
 * forklift card") was added as a skill or an experience; a status change with a question of
 * career advice after it ("set it to offer. how should i negotiate it?") answered the advice
 * and dropped the change.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const plan = plannerWith({ tracked: [] });

describe("a certificate the person got", () => {
  it.each(["got my forklift card last week, add it", "just earned my CDL class A license, add it pls"])(
    "'%s' is a certification entry",
    async (text) => {
      expect((await plan(text, { hasProfile: true })).calls).toEqual([
        { name: "add_profile_entry", args: { kind: "certification", text } },
      ]);
    },
  );
});

describe("a status change and career advice in one message", () => {
  const logged: Focus = {
    hasProfile: true,
    topic: "application",
    lastIntent: "add_application",
    applications: ["Acme"],
    application: { company: "Acme", position: "Backend Engineer", status: "applied" },
  };
  it("both: the change made, the advice said", async () => {
    const p = await plan(
      "acme came through with an offer, lower than i wanted. set it to offer. how should i negotiate it?",
      logged,
      ["Acme"],
    );
    expect(p.calls).toEqual([
      { name: "update_application_status", args: { application: "Acme", status: "offer" } },
    ]);
    expect(p.says).toContainEqual({ kind: "advice", detail: "salary_negotiation" });
  });
});
