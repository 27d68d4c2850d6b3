/**
 * A flattened ad (line breaks lost, its bullets read back as separators) runs its list headings
 * into its items: "• Key reponsibilities and tasks •" became an item, and "We can offer you"
 * was glued to the end of the last ask. Left as items, the duties after the first were read as
 * the intro's, the headings as asks, and the offer as asks (issue 13, 2026-12-04 late night:
 * the Windows-1252 bullet clean-up split such ads into items). Invented ad lines.
 */
import { describe, expect, it } from "vitest";
import { extractSkills } from "../skills/extract.ts";
import { listHeadingKind, trailingListHeading } from "./list-headings.ts";
import { parseJobPosting } from "./parse.ts";
import { normaliseAdText, segmentAd } from "./segments.ts";

const extract = (text: string) => extractSkills(text, { section: "job ad" });

const AD = [
  "Payroll Specialist",
  [
    "Our finance team in the harbour office is growing and needs one more colleague.",
    "• Key reponsibilities and tasks",
    "• Run the monthly payroll for four hundred staff",
    "• Answer questions from employees about their payslips",
    "• Preferred background and qualifications",
    "• Relevant vocational training in bookkeeping",
    "• Three years of payroll experience",
    "• Fluency in Danish ( written and spoken ) Preferred personal qualities",
    "• Calm under deadlines",
    "• Eager to help colleagues We can offer you",
    "• A canteen with a salad bar",
    "• Paid parental leave",
  ].join(" "),
].join("\n");

describe("list headings run into a flattened list", () => {
  it("open the section they head, whether an item of their own or glued to an item's end", () => {
    const sections = segmentAd(normaliseAdText(AD)).map((s) => [s.text, s.section]);
    expect(sections).toEqual(
      expect.arrayContaining([
        ["Run the monthly payroll for four hundred staff", "responsibilities"],
        ["Relevant vocational training in bookkeeping", "preferred"],
        ["Fluency in Danish ( written and spoken )", "preferred"],
        ["Calm under deadlines", "preferred"],
        ["Eager to help colleagues", "preferred"],
        ["A canteen with a salad bar", "benefits"],
      ]),
    );
  });

  it("are read as neither asks nor parts of one, and the offer is no ask", () => {
    const lines = (parseJobPosting(AD, extract).requirementLines ?? []).map((l) => l.text);
    expect(lines).toContain("Three years of payroll experience");
    expect(lines).toContain("Eager to help colleagues");
    for (const l of lines) expect(l).not.toMatch(/reponsibilities|Preferred|offer you|canteen|parental/);
  });

  it.each([
    ["Key reponsibilities and tasks", "responsibilities"],
    ["Preferred background and qualifications", "preferred"],
    ["Personal qualities", "requirements"],
    ["We can offer you", "benefits"],
    ["Primary areas of responsibility", "responsibilities"],
    ["Our expectations of you", "requirements"],
    ["What we offer in return", "benefits"],
  ])("%s is a heading", (text, kind) => {
    expect(listHeadingKind(text)).toBe(kind);
  });

  it.each([
    "Strong team skills",
    "Experience with payroll",
    "Relevant experience",
    "Great attention to detail",
  ])("the ask %s is not", (text) => {
    expect(listHeadingKind(text)).toBeUndefined();
  });

  it("a title-case ask keeps its last words", () => {
    expect(trailingListHeading("Strong Technical Skills")).toBeUndefined();
    expect(trailingListHeading("Very good written English Technical skills")).toBeUndefined();
  });
});

describe("asides in a list whose line breaks fell in the wrong places", () => {
  // An ad saved with a break after every full stop breaks inside "( e.g . … )", and its items run
  // on from the end of one aside into the next ask (issue 13, 2026-12-04 late night).
  const AD = [
    "Data Engineer",
    "Requirements:",
    "Experience with message queues ( e.g .",
    "RabbitMQ ) Experience with batch schedulers ( e.g .",
    "Airflow Luigi ) is a plus",
    "Working knowledge of Terraform",
  ].join("\n");

  it("keeps each aside with its ask and ends the ask where the line closes the aside", () => {
    const lines = (parseJobPosting(AD, extract).requirementLines ?? []).map((l) => l.text);
    expect(lines).toEqual([
      "Experience with message queues ( e.g . RabbitMQ )",
      "Experience with batch schedulers ( e.g . Airflow Luigi ) is a plus",
      "Working knowledge of Terraform",
    ]);
  });

  it("keeps offsets: a moved break takes a space's place", () => {
    expect(normaliseAdText(AD).length).toBe(AD.length);
  });
});

describe("headings run into one line", () => {
  it("'What you will do:' and 'Your qualifications:' open their sections mid-line", () => {
    const ad = [
      "Route Planner",
      "Is this you? What you will do: Plan the next day's routes for thirty vans Your qualifications: Two years of route planning in a parcel company",
    ].join("\n");
    const sections = segmentAd(normaliseAdText(ad)).map((s) => [s.text, s.section]);
    expect(sections).toContainEqual(["Plan the next day's routes for thirty vans", "responsibilities"]);
    expect(sections).toContainEqual(["Two years of route planning in a parcel company", "requirements"]);
  });

  it("a heading in capitals run into the line opens its section", () => {
    const ad = [
      "Test Engineer",
      "WHAT YOU WILL DO Test the mobile app before each release WHAT YOU BRING TO THE TABLE: Two years of mobile testing Knowledge of Appium or similar tools WHAT WE OFFER A quiet office by the canal",
    ].join("\n");
    const sections = segmentAd(normaliseAdText(ad)).map((s) => [s.text, s.section]);
    expect(sections).toContainEqual(["Test the mobile app before each release", "responsibilities"]);
    expect(sections).toContainEqual([
      "Two years of mobile testing Knowledge of Appium or similar tools",
      "requirements",
    ]);
    expect(sections).toContainEqual(["A quiet office by the canal", "benefits"]);
  });
});
