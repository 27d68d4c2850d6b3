import { describe, expect, it } from "vitest";
import { inProse } from "./prose-span.ts";

const at = (text: string, value: string) =>
  inProse(text, text.indexOf(value), text.indexOf(value) + value.length);

describe("inProse", () => {
  it("reads a name in a bullet of duties or a sentence of a profile as prose", () => {
    expect(at("Teacher\n- Built lessons in Google Classroom with short videos", "Google")).toBe(true);
    expect(at("Nurse with six years on wards, hoping to become a Charge Nurse soon.", "Charge Nurse")).toBe(
      true,
    );
  });

  it("does not read a job header, a short line or a dated sentence as prose", () => {
    expect(at("Staff Nurse | Riverside General Hospital | 03/2021 – present", "Riverside")).toBe(false);
    expect(at("Skills\nRiverside General Hospital\nLeeds", "Riverside")).toBe(false);
    expect(
      at("- Staff Nurse at Riverside General Hospital from 2019 to 2021 on the wards", "Riverside"),
    ).toBe(false);
    // A wall of text that lost its line breaks: the job's dates are in the same sentence.
    const wall =
      "worked on the wards and led the team Staff Nurse Riverside General Hospital Jan 2019 - Present cared";
    expect(at(wall, "Riverside")).toBe(false);
  });

  it("reads only the sentence that holds the name", () => {
    const text = "Charge Nurse. Led a team of six on the night shift and trained new staff";
    expect(at(text, "Charge Nurse")).toBe(false);
  });
});
