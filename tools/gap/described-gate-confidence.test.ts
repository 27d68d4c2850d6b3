/**
 * A described dream role the described-role gate calls another field's work (described-gate.ts)
 * states the gate's own calibrated confidence, not the learned verdict's certainty: "UNFIT,
 * confidence 92%" sat beside "the learned verdict gives a 93% chance of fit" (lead26 trial, issue
 * 13). And a title O*NET files with the role's — a line cook's with a sous chef's, a seller's with
 * the sales manager who leads them — is not read as another field's work. Resumes written here.
 */
import { describe, expect, it } from "vitest";
import { describedRole, gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { analyze } from "./analyze.ts";
import { describedGate } from "./described-gate.ts";

const deps = gapDeps();
const now = new Date("2026-06-01");

// "I'm a line cook with 4 years, I want to be a sous chef" (the trial), as a resume.
const COOK = [
  "Sam Whitfield",
  "sam.whitfield@example.org | Boise, ID",
  "WORK HISTORY",
  "Line Cook — The Copper Pan, Boise, ID (February 2022 - Present)",
  "- Run the fry and flat-top stations for dinner service",
  "Prep Cook — Riverside Diner, Boise, ID (May 2020 - January 2022)",
  "- Cut vegetables, portioned proteins and made the day's soups",
].join("\n");

const SELLER = [
  "Dana Reyes",
  "Account Executive | dana@example.org | Austin, TX",
  "EXPERIENCE",
  "Account Executive, Brightline Software, Austin, TX",
  "March 2018 - Present",
  "- Closed new business with mid-market accounts, 130% of quota two years running",
  "- Built pipeline through outbound calls, demos and trade shows",
  "Sales Representative, Lone Star Office Supply, Austin, TX",
  "June 2014 - February 2018",
  "- Managed 80 small-business accounts and grew territory revenue 25%",
  "EDUCATION",
  "BBA in Marketing, Texas State University, 2014",
].join("\n");

const otherField = (reason: string) => /another field's work/.test(reason);

describe("the described-role gate", () => {
  it("reads a line cook's years toward a sous chef as the same field's work", async () => {
    const a = analyze(await profileFromText(COOK, now), describedRole("sous chef"), deps);
    expect(otherField(a.verdictReason)).toBe(false);
    expect(a.verdict).toBe("FIT");
  });

  it("reads a seller's years toward a sales manager as the trade that role leads", async () => {
    const a = analyze(await profileFromText(SELLER, now), describedRole("sales manager"), deps);
    expect(otherField(a.verdictReason)).toBe(false);
  });

  it("states its own calibrated confidence when it calls the role another field's work", async () => {
    const a = analyze(await profileFromText(SELLER, now), describedRole("sous chef"), deps);
    expect(a.verdict).toBe("UNFIT");
    expect(otherField(a.verdictReason)).toBe(true);
    // The learned verdict alone would call it a fit: its chance of fit is not what the UNFIT states.
    expect(a.verdictModel!.probability).toBeGreaterThanOrEqual(0.5);
    const explanation = a.scoreDetails.confidence.explanation;
    expect(explanation).not.toMatch(/chance of fit/);
    expect(explanation).toContain(`another field's work (${Math.round(a.confidence * 100)}% sure`);
    expect(a.confidence).toBeGreaterThan(0.5);
    expect(a.confidence).toBeLessThan(1);
  });

  it("has a confidence map fitted at even odds that is measured leaving each field out", () => {
    const gate = describedGate();
    expect(gate.confidence?.a).toBeGreaterThan(0);
    const measured = (gate.fitted.confidence as { leaveOneFieldOut: { ece: number; decided: number } })
      .leaveOneFieldOut;
    expect(measured.decided).toBeGreaterThan(0);
    expect(measured.ece).toBeLessThanOrEqual(0.15);
  });
});
