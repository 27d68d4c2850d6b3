/**
 * Found trying the product as a warehouse supervisor: "add forklift cert" stored a skill
 * named "forklift cert" ("I don't know that skill yet"), while "add forklift certification"
 * stored a certification. A name ending in cert / certificate / licence is a certification.
 */
import { expect, it } from "vitest";
import { planContext } from "../../test-support/planner-turn.ts";
import { understand } from "./understand.ts";

const ctx = planContext({ hasProfile: true });

it("adds a certification for 'add forklift cert', a skill for 'add forklift'", async () => {
  for (const text of ["add forklift cert", "add forklift certification", "add CDL license"]) {
    const plan = await understand(text, ctx);
    expect(
      plan.calls.map((c) => [c.name, c.args.kind]),
      text,
    ).toEqual([["add_profile_entry", "certification"]]);
  }
  const skill = await understand("add SQL", ctx);
  expect(skill.calls.map((c) => c.name)).toEqual(["add_skill"]);
});

it("takes a short message naming a certificate as the whole entry when it is read as one", async () => {
  // The retrained model reads "add forklift cert" as a profile entry (0.55) rather than a
  // skill; the entry plan asked "which entry?" for anything under four words.
  const { INTENT_PLANS } = await import("./intent-plans.ts");
  const { normalize } = await import("./normalize.ts");
  for (const raw of ["add forklift cert", "add CDL license"]) {
    const out = INTENT_PLANS.add_profile_entry!({ raw, t: normalize(raw) }, ctx);
    expect(
      out.calls.map((c) => [c.name, c.args.kind]),
      raw,
    ).toEqual([["add_profile_entry", "certification"]]);
  }
});

// New-user trial 2026-12-06: "I hold an active RN license in Ohio" was read as an experience
// ("I couldn't read that as an experience"); a certificate named bare, "got my CPA last year",
// the same. Messages written for this test.
it("reads a licence held and a known certificate named bare as certifications", async () => {
  for (const text of [
    "I hold an active RN license in Ohio",
    "got my CPA last year",
    "i hold a class A CDL license",
  ]) {
    const plan = await understand(text, ctx);
    expect(
      plan.calls.map((c) => [c.name, c.args.kind]),
      text,
    ).toEqual([["add_profile_entry", "certification"]]);
  }
});
