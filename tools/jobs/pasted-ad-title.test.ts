/**
 * Trial findings F2.1, F5.4, F19.2 (issue 13 item 7, "no lead-in words in saved titles"): a
 * pasted ad's title kept the person's framing ("Here's a job I like: …"), the company and the
 * city after commas, or was not found at all when the ad opened with "About us" although a
 * line below read only the title. The saved title is the job's name; the rest goes where it
 * belongs (company, location).
 */
import { expect, it } from "vitest";
import { extractSkills } from "../skills/extract.ts";
import { parseJobPosting } from "./parse.ts";

const parse = (text: string) => parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }));

it.each([
  [
    "Found this one and love it: Curriculum Developer at Brightpath. Requirements: lesson design, 2+ years.",
    "Curriculum Developer",
    "Brightpath",
  ],
  [
    "here is a role I'm applying to: Payroll Specialist at Norvale Foods. Must have: ADP, 3 years of payroll.",
    "Payroll Specialist",
    "Norvale Foods",
  ],
  [
    "saw this on Indeed - Warehouse Supervisor at Keller Freight\nRequirements\n- 2 years leading a shift",
    "Warehouse Supervisor",
    "Keller Freight",
  ],
  [
    "check this posting I saw: Dental Hygienist at SmileWorks\nRequirements\n- RDH licence",
    "Dental Hygienist",
    "SmileWorks",
  ],
])("the person's framing before a colon is no part of the title: %s", (text, title, company) => {
  const ad = parse(text);
  expect(ad.title).toBe(title);
  expect(ad.company).toBe(company);
});

it("a prefix naming the job itself is kept", () => {
  expect(parse("Senior Engineer: Payments\nRequirements\n- Java\n- Kafka").title).toBe(
    "Senior Engineer: Payments",
  );
});

it.each([
  [
    "Marketing Coordinator, Lumen Goods, Denver, CO\nRequirements\n- 1+ years in marketing",
    "Marketing Coordinator",
    "Lumen Goods",
    "Denver, CO",
  ],
  [
    "Staff Accountant, Harbor & Pine LLP, Chicago\nQualifications\n- CPA preferred",
    "Staff Accountant",
    "Harbor & Pine LLP",
    "Chicago",
  ],
])("a company and a city after commas are read apart: %s", (text, title, company, location) => {
  expect(parse(text)).toMatchObject({ title, company, location });
});

it("an ad opening with 'About us' takes its title from the line that is only a title", () => {
  const ad = parse(
    [
      "About us",
      "Greenleaf Clinics runs eleven family practices across the region.",
      "",
      "Medical Receptionist",
      "Location: Tulsa, OK",
      "",
      "What you'll do",
      "- Greet patients and check them in",
      "- Schedule appointments in our EHR",
      "",
      "What you need",
      "- 1+ years at a front desk",
      "- Friendly phone manner",
    ].join("\n"),
  );
  expect(ad.title).toBe("Medical Receptionist");
});

it("a heading below 'About us' is no title", () => {
  const ad = parse(
    "About us\nWe build tools for farmers.\n\nWhat you'll do\n- Talk to customers\n\nBenefits\n- Health insurance\n- Remote work",
  );
  expect(ad.title ?? "").not.toMatch(/What you'll do|Benefits/);
});
