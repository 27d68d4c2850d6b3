/**
 * Issue 13: licences matched by what they let the holder do (data/licences/licence-kinds.json),
 * not by how alike their names read. "Driving licence (full, clean)" did not meet "Valid
 * driver's license" (cosine 0.41) while "Forklift license" did (0.63); a CDL ask was no licence
 * ask at all. Ads and profiles are written for this test, in several fields and languages.
 */
import { describe, expect, it } from "vitest";
import type { CertificationEntry } from "../../contract/profile.ts";
import { gapDeps, parseAdText, profile } from "../../test-support/gap-fixtures.ts";
import { analyze } from "./analyze.ts";
import { licenceKindsIn, licenceMeets } from "./licence-kind.ts";

const deps = gapDeps();

const person = (title: string, bullets: string[], certifications: CertificationEntry[]) =>
  profile({
    headline: title,
    summary: "",
    experience: [
      { title, company: "Northgate Supplies", start: "2017-03", end: "2025-09", bullets, skills: [] },
    ],
    certifications,
    skills: [],
    totalYearsExperience: 8,
  });
const cert = (name: string): CertificationEntry => ({ name, skills: [] });

/** Whether the ad's licence ask is met for a person holding `certificates`. */
function licenceMet(
  ad: string,
  title: string,
  bullets: string[],
  certificates: string[],
): boolean | undefined {
  const analysis = analyze(person(title, bullets, certificates.map(cert)), parseAdText(ad), deps);
  return (analysis.requirements ?? []).find((r) => r.type === "licence")?.met;
}

const DRIVER_AD =
  "Delivery Driver - Leeds. Requirements: valid driver's license; able to lift 20 kg; good knowledge of the local area. Pay: £12/hour.";
const DRIVER_WORK = ["Delivered parcels on a 90-stop daily route and kept the van log."];
const FORKLIFT_AD =
  "Warehouse Operative - Dortmund. Requirements: forklift licence required; experience picking and packing orders; able to work shifts.";
const STORE_WORK = ["Picked and packed 200 orders a shift and loaded pallets onto trailers."];
const CDL_AD =
  "Regional Truck Driver. Requirements: commercial driver's license required; clean driving record; 1+ years of tractor-trailer driving.";
const RN_AD =
  "Staff Nurse - Surgical Ward. Requirements: active registered nurse license; BLS certification; experience caring for post-operative patients.";
const NURSE_WORK = ["Cared for post-operative patients and gave medicines on a 28-bed surgical ward."];

describe("a licence ask is met by a licence of its kind in any spelling or language", () => {
  it("a driving licence in British, American or German words meets a driver's license ask", () => {
    for (const held of [
      "Driving licence (full, clean)",
      "Driver's License",
      "Führerschein Klasse B",
      "Permis de conduire B",
    ])
      expect(licenceMet(DRIVER_AD, "Delivery Driver", DRIVER_WORK, [held]), held).toBe(true);
    expect(
      licenceMet(
        DRIVER_AD.replace("valid driver's license", "full UK driving licence"),
        "Courier",
        DRIVER_WORK,
        ["Drivers license"],
      ),
    ).toBe(true);
  });

  it("a forklift licence is no driving licence, and a driving licence no forklift licence", () => {
    expect(
      licenceMet(DRIVER_AD, "Warehouse Operative", STORE_WORK, ["Forklift license (counterbalance)"]),
    ).toBe(false);
    expect(licenceMet(FORKLIFT_AD, "Delivery Driver", DRIVER_WORK, ["Driver's license"])).toBe(false);
    expect(
      licenceMet(FORKLIFT_AD, "Warehouse Operative", STORE_WORK, ["Forklift certification (reach truck)"]),
    ).toBe(true);
    expect(licenceMet(FORKLIFT_AD, "Lagerhelfer", STORE_WORK, ["Staplerschein"])).toBe(true);
  });

  it("a CDL class A meets a commercial driver's license ask; a car licence does not", () => {
    expect(licenceMet(CDL_AD, "Truck Driver", DRIVER_WORK, ["CDL Class A"])).toBe(true);
    expect(licenceMet(CDL_AD, "Truck Driver", DRIVER_WORK, ["HGV Class 1 licence"])).toBe(true);
    expect(licenceMet(CDL_AD, "Delivery Driver", DRIVER_WORK, ["Driver's license"])).toBe(false);
    // A commercial licence is a driving licence too.
    expect(licenceMet(DRIVER_AD, "Truck Driver", DRIVER_WORK, ["Class A CDL"])).toBe(true);
    // An ask that names the licence only by its initials is a licence ask.
    expect(
      licenceMet(
        CDL_AD.replace("commercial driver's license required", "CDL Class A required"),
        "Truck Driver",
        DRIVER_WORK,
        ["Commercial Driver's License, class A"],
      ),
    ).toBe(true);
  });

  it("a nursing registration meets a registered nurse licence ask; a practical nurse's does not", () => {
    expect(
      licenceMet(RN_AD, "Staff Nurse", NURSE_WORK, ["NMC registration (registered general nurse)"]),
    ).toBe(true);
    expect(
      licenceMet(RN_AD, "Nurse Practitioner", NURSE_WORK, ["Family Nurse Practitioner (FNP), APRN license"]),
    ).toBe(true);
    expect(licenceMet(RN_AD, "Licensed Practical Nurse", NURSE_WORK, ["LPN license"])).toBe(false);
  });

  it("kinds and their order come from the data, not from one ad", () => {
    expect(licenceKindsIn("CDL-A with hazmat endorsement", false)).toEqual(["commercial-driving-class-a"]);
    expect(licenceMeets("commercial-driving-class-a", "driving")).toBe(true);
    expect(licenceMeets("driving", "commercial-driving")).toBe(false);
    expect(licenceMeets("forklift", "driving")).toBe(false);
    // A bullet about nurses is not a nursing licence; a certificate line naming the title is.
    expect(licenceKindsIn("Worked beside registered nurses on the ward", false)).toEqual([]);
    expect(licenceKindsIn("Registered Nurse", true)).toEqual(["registered-nurse"]);
  });
});
