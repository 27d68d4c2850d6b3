/**
 * Issue 13 (new-user trial 2026-12-06, rnfit2): a nurse who added her licence and her BLS and
 * ACLS certificates to the profile was still UNFIT 89% for an RN ad asking exactly those — the
 * certificates did not meet the ad's "BLS and ACLS certification" (skill asks: matched against
 * skills, and a certificate added in chat names none), and "Registered Nurse license" (the state
 * not written) did not meet "active RN license in <state>". Ad and profile written here.
 */
import { describe, expect, it } from "vitest";
import type { CertificationEntry } from "../../contract/profile.ts";
import { gapDeps, parseAdText, profile } from "../../test-support/gap-fixtures.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();

const AD =
  "Staff Nurse - Medical Intensive Care, Lakeview General Hospital, Dayton OH. Requirements: active RN license in Ohio; " +
  "BLS and ACLS certification; 3+ years of registered nursing experience; Epic charting. Pay: $40-$55/hour.";

/** A nurse whose profile was filled in by hand: the role and its years, and certificates added one by one. */
const nurse = (certifications: CertificationEntry[]) =>
  profile({
    headline: "Registered Nurse",
    summary: "Registered nurse on an intensive care unit.",
    education: [{ degree: "Bachelor of Science in Nursing", level: "bachelor", field: "Nursing" }],
    experience: [
      {
        title: "Registered Nurse",
        company: "Hillcrest Medical Center",
        start: "2018-02",
        end: "2025-10",
        bullets: ["Cared for ventilated patients and charted in Epic every shift."],
        skills: [],
      },
    ],
    certifications,
    skills: [],
    totalYearsExperience: 7,
  });

const cert = (name: string): CertificationEntry => ({ name, skills: [] });

describe("credentials on the profile meet the same asks in an ad", () => {
  it("BLS and ACLS certificates meet the ad's BLS and ACLS asks", () => {
    const analysis = analyze(
      nurse([cert("Registered Nurse license"), cert("BLS"), cert("ACLS")]),
      parseAdText(AD),
      deps,
    );
    const gaps = analysis.gaps.map((g) => g.skill);
    expect(gaps.join(" | ")).not.toMatch(/\bBLS\b|\bACLS\b/);
    const without = analyze(nurse([cert("Registered Nurse license")]), parseAdText(AD), deps);
    expect(without.gaps.map((g) => g.skill).join(" | ")).toMatch(/\bBLS\b|\bACLS\b/);
  });

  it("an RN licence with no state written meets the ad's Ohio licence; one for another state does not", () => {
    const licence = (certs: CertificationEntry[]) =>
      (analyze(nurse(certs), parseAdText(AD), deps).requirements ?? []).find((r) => r.type === "licence");
    expect(licence([cert("Registered Nurse license")])?.met).toBe(true);
    expect(licence([cert("Registered Nurse license, Ohio")])?.met).toBe(true);
    expect(licence([cert("RN license, OH")])?.met).toBe(true);
    expect(licence([{ name: "Registered Nurse", issuer: "Florida Board of Nursing", skills: [] }])?.met).toBe(
      false,
    );
    const analysis = analyze(
      nurse([cert("Registered Nurse license"), cert("BLS"), cert("ACLS")]),
      parseAdText(AD),
      deps,
    );
    expect(analysis.verdictReason).not.toMatch(/licen[cs]e .*shows none/);
  });

  it("a lapsed certificate or one in progress meets nothing", () => {
    const analysis = analyze(
      nurse([
        cert("Registered Nurse license"),
        cert("BLS (expired)"),
        { name: "ACLS", skills: [], inProgress: true },
      ]),
      parseAdText(AD),
      deps,
    );
    const gaps = analysis.gaps.map((g) => g.skill).join(" | ");
    expect(gaps).toMatch(/\bBLS\b/);
    expect(gaps).toMatch(/\bACLS\b/);
  });
});
