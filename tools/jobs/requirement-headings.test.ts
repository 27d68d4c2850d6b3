/**
 * Found trying `careercraft chat` as a salesperson: a customer-success ad whose must-haves sat
 * under "What you must have:" was read as "0 required skills and 6 nice-to-haves" (the heading
 * was not known, so the list was intro text). A short heading line that says what is needed
 * heads the requirements, in the ad's own words.
 */
import { describe, expect, it } from "vitest";
import { classifyHeading } from "./segments.ts";
import { readJobTarget } from "./target.ts";

const ad = (heading: string) => `Customer Success Manager
Remote (US)
You will look after a book of mid-market accounts after they sign and grow them over time.
${heading}
- 3+ years in account management or another customer-facing role
- Hands-on experience with a CRM such as Salesforce or HubSpot
Nice to have:
- Basic SQL`;

describe("requirement headings in the ad's own words", () => {
  it.each(["What you must have:", "Things you'll need:", "What we require:", "Essential:"])(
    "%s heads the requirements",
    (heading) => {
      expect(classifyHeading(heading)).toBe("requirements");
    },
  );

  it.each(["Bonus if you have:", "Ideally you also bring:"])("%s heads the nice-to-haves", (heading) => {
    expect(classifyHeading(heading)).toBe("preferred");
  });

  it("a line that is an ask, not a heading, stays an ask", () => {
    expect(classifyHeading("- Comfort with data: health scores and usage dashboards")).toBeUndefined();
  });

  it("the skills under 'What you must have:' are required", async () => {
    const { posting } = await readJobTarget(ad("What you must have:"));
    const crm = posting.skills.filter((s) => /Salesforce|HubSpot|CRM/.test(s.name));
    expect(crm.length).toBeGreaterThan(0);
    for (const s of crm) expect(s.kind).toBe("required");
    expect(posting.skills.find((s) => s.name === "SQL")?.kind).toBe("preferred");
  });

  // Trial (an SAP developer against an SAP cloud ad, 2026-12-04): the must-haves sat under a
  // lead-in sentence, so only the lines holding an ask cue word were read ("Capability to lead
  // the delivery team" and "Available to travel" were lost).
  it.each([
    "To make the most of this challenge, you have:",
    "You will be great in this role if you:",
    "This position calls for a wide range of strengths and capabilities, including:",
    "If you join the backend team you will be expected to have solid knowledge of:",
    "You will also need:",
  ])("the lead-in '%s' heads the requirements", (line) => {
    expect(classifyHeading(line)).toBe("requirements");
  });

  it.each([
    ["It would make our day if you also had experience with:", "preferred"],
    ["Day to day, in this position you will get to:", "responsibilities"],
    ["Extra credit for also knowing these:", "preferred"],
    // "Additional skills" under the must-haves names the extras (the SAP ad's front-end stack).
    ["Additional skills", "preferred"],
  ])("the lead-in '%s' heads %s", (line, kind) => {
    expect(classifyHeading(line)).toBe(kind);
  });

  it("a flattened line that ends in an inline heading is not a lead-in (its ask is kept)", () => {
    expect(
      classifyHeading("Fluent in Spanish and English (spoken and written) What we offer:"),
    ).toBeUndefined();
    expect(classifyHeading("Visit the careers page to plan your application:")).toBeUndefined();
  });

  it("the lines under a lead-in are read as asks", async () => {
    const { posting } = await readJobTarget(`Integration Specialist
Our consultants build integrations for large retailers.
To make the most of this challenge, you have:
Capability to lead a distributed delivery team
Available to travel within the region
What we offer:
A yearly training budget`);
    const lines = (posting.requirementLines ?? []).map((l) => l.text);
    expect(lines).toEqual([
      "Capability to lead a distributed delivery team",
      "Available to travel within the region",
    ]);
  });
});
