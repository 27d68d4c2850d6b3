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

  // "Additional skills" under an SAP ad's must-haves named its front-end extras (trial, 2026-12-04).
  it.each([
    "Bonus if you have:",
    "Ideally you also bring:",
    "Additional skills",
    "Additional qualifications:",
  ])("%s heads the nice-to-haves", (heading) => {
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
});
