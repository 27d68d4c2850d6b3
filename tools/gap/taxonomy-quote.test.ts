/**
 * An ask met through the taxonomy quotes the resume line a reader would check: a nurse's
 * "Medication administration" was met (a patient-care skill held) with the quote "Taught
 * patients and families how to manage care at home." — the line that skill was read from —
 * while another bullet says "Gave medications…" (issue 13: evidence by meaning, quoted). The
 * closer line by meaning is quoted now. Resume and ad written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, parseAdText } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { analyze } from "./analyze.ts";

const NURSE = [
  "Lee Park",
  "Registered Nurse | lee.park@example.org | Tulsa, OK",
  "EXPERIENCE",
  "Registered Nurse, Saint Ann Hospital, Tulsa, OK",
  "2015 - Present",
  "- Gave medications and dressed wounds for 6 patients a shift on a surgical floor.",
  "- Taught patients and families how to manage care at home.",
  "EDUCATION",
  "BSN, University of Tulsa, 2015",
].join("\n");

const AD = ["Home Health Nurse", "Requirements:", "- Medication administration", "- Patient education"].join(
  "\n",
);

describe("the quote of an ask met through the taxonomy", () => {
  it("is the line closest to the ask, not the line the held skill was read from", async () => {
    const a = analyze(await profileFromText(NURSE, new Date("2026-06-01")), parseAdText(AD), gapDeps());
    const ask = (text: string) => a.requirements?.find((r) => r.text === text);
    expect(ask("Medication administration")?.met).toBe(true);
    expect(ask("Medication administration")?.quote).toMatch(/^Gave medications/);
    expect(ask("Patient education")?.quote).toMatch(/^Taught patients/);
  });
});
