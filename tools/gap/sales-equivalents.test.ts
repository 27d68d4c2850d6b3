/**
 * A salesperson's resume is credited for the ask it meets in other words (issue 13): "CRM
 * pipeline management" was not met by a rep who kept every deal stage in Salesforce (the ask's
 * "CRM", three capitals, was never read as the CRM skill, and Salesforce is a CRM), and an ask
 * naming a tool the taxonomy relates to the one held (HubSpot, Salesforce) earned nothing. The
 * taxonomy decides: a held child meets the ask, a related skill earns the taxonomy's credit.
 * Resume and ads written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, parseAdText } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { analyze } from "./analyze.ts";
import { partialCredit } from "./evidence.ts";

const deps = gapDeps();
const now = new Date("2026-06-01");

const REP = [
  "Dana Kowalski",
  "Inside Sales Representative | dana.k@example.org | Columbus, OH",
  "EXPERIENCE",
  "Inside Sales Representative, Lakeview Copiers, Columbus, OH",
  "January 2019 - Present",
  "- Made 70 cold calls a day to office managers and closed B2B service contracts",
  "- Kept every lead and deal stage up to date in Salesforce and forecast the month from it",
  "EDUCATION",
  "Bachelor of Arts in Communication, Ohio State University, 2016",
].join("\n");

const ad = (ask: string) =>
  parseAdText(
    [
      "Business Development Representative",
      "Harbor Office Supply sells furniture to companies across the Midwest.",
      "",
      "Requirements:",
      `- ${ask}`,
      "- 2+ years of B2B sales experience",
    ].join("\n"),
  );

const askOf = async (ask: string) => {
  const a = analyze(await profileFromText(REP, now), ad(ask), deps);
  return (a.requirements ?? []).find((r) => r.text.toLowerCase().startsWith(ask.toLowerCase().slice(0, 12)));
};

describe("sales asks met in other words", () => {
  it("Salesforce work meets 'CRM pipeline management' (Salesforce is a CRM), with a resume line quoted", async () => {
    const r = await askOf("CRM pipeline management");
    expect(r?.met).toBe(true);
    expect(REP).toContain(r?.quote ?? "no quote");
  });

  it("Salesforce work earns the taxonomy's related credit toward a HubSpot ask, not full credit", async () => {
    const r = await askOf("HubSpot pipeline management");
    expect(r).toBeDefined();
    const credit = partialCredit(r!.similarity);
    expect(credit).toBeGreaterThan(0.3);
    expect(r!.met).toBe(false);
  });

  it("a CRM ask is not met by a resume that shows no CRM", async () => {
    const other = REP.replace("in Salesforce", "in a notebook");
    const a = analyze(await profileFromText(other, now), ad("CRM pipeline management"), deps);
    const r = (a.requirements ?? []).find((x) => /^CRM pipeline/i.test(x.text));
    expect(r?.met).toBe(false);
  });
});
