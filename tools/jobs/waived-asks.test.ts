/**
 * Issue 13 (outside fit pairs labelled FIT read UNFIT): an ad that says it asks no experience
 * ("No prior accounting experience required") named the kind of work only to waive it, yet its
 * words made the kind a required skill and "No experience required" a must-have duty no resume
 * could meet. Ads are written for this test.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, parseAdText } from "../../test-support/gap-fixtures.ts";
import { shippedEmbedder } from "../gap/evidence.ts";
import { typeRequirements } from "../gap/requirements.ts";
import { waivedAt, withoutWaivers } from "./waived-asks.ts";

const deps = gapDeps();
const asks = (ad: string) =>
  typeRequirements(parseAdText(ad), deps.graph, shippedEmbedder()).map((r) => r.text);

describe("what an ad waives is not asked", () => {
  it("takes the waiver out and keeps the ask beside it", () => {
    expect(withoutWaivers("No experience required")).toBe("");
    expect(
      withoutWaivers("No previous experience necessary, but you must be able to take customer calls."),
    ).toBe("you must be able to take customer calls.");
    expect(withoutWaivers("Bookkeeping experience is not essential")).toBe("");
    expect(withoutWaivers("Full training will be provided")).toBe("");
    // Not a waiver: an ask that says "no" about something else.
    expect(withoutWaivers("Able to work with no supervision")).toBe("Able to work with no supervision");
    expect(waivedAt("No prior payroll experience needed", 9)).toBe(true);
  });

  it("a kind of work or tool named in a waiver is no required skill and no must-have", () => {
    const ad = parseAdText(`Trainee Bookkeeper
Requirements
No prior accounting experience required.
No Excel experience needed - we will train you.
You will need to be comfortable reconciling invoices and answering supplier emails.`);
    const named = ad.skills.filter((s) => /accounting|excel/i.test(s.name));
    expect(named.filter((s) => s.kind === "required")).toEqual([]);
    expect(ad.skills.some((s) => s.critical)).toBe(false);
  });

  it("a waiver is no ask of its own; the ability asked beside it is", () => {
    const typed = asks(`Warehouse Team Member
Requirements
No experience required - full training given.
No previous experience necessary, but you must be able to pick and pack orders accurately.`);
    expect(typed.some((t) => /no (previous )?experience|training given/i.test(t))).toBe(false);
    expect(typed.some((t) => /pick and pack orders/i.test(t))).toBe(true);
  });
});
