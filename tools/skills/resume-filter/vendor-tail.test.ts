/**
 * A product listed without its maker's name is that product (trial19: a music producer's resume
 * gave 0 skills; its tools are known to O*NET as "Avid Pro Tools", "Image-Line FL Studio").
 * Only under a skills heading: elsewhere a job title ends a product's name too. Resume invented.
 */
import { describe, expect, it } from "vitest";
import { parseResumeText } from "../../resume/parse-text.ts";
import { loadSkillExtractor } from "../../resume/skills-port.ts";
import { productWithoutVendor } from "./vendor-tail.ts";

const producer = (heading: string) =>
  [
    "Robin Okafor",
    "Sound Engineer",
    "Bristol | robin.okafor@example.com",
    "",
    "EXPERIENCE",
    "Freelance Sound Engineer, 2020 - Present",
    "- Tracked and mixed EPs for local bands in a rented studio",
    "- Ran monitors and front of house for weekend gigs",
    "",
    heading,
    "Pro Tools, FL Studio, Outboard compressors, Stage monitors",
  ].join("\n");

describe("a product listed without its vendor", () => {
  it("is the known product under a skills heading", async () => {
    const skills = await loadSkillExtractor();
    for (const heading of ["SKILLS", "EQUIPMENT & SOFTWARE"]) {
      const parsed = await parseResumeText(producer(heading), { skills });
      expect(
        parsed.skills.map((s) => s.name),
        heading,
      ).toEqual(expect.arrayContaining(["Avid Pro Tools", "Image-Line FL Studio"]));
    }
  });

  it("needs two capitalised words naming one product, never a known spelling", () => {
    expect(productWithoutVendor("Pro Tools")?.name).toBe("Avid Pro Tools");
    expect(productWithoutVendor("pro tools")).toBeUndefined();
    expect(productWithoutVendor("Tools")).toBeUndefined();
    expect(productWithoutVendor("Project Management")).toBeUndefined();
    // A field a vendor's product is named after is still the field ("Softrax Revenue Management").
    expect(productWithoutVendor("Revenue Management")).toBeUndefined();
  });

  it("is not read from a job line", async () => {
    const text = [
      "Dana Reyes",
      "EXPERIENCE",
      "Property Manager, Harbourview Lettings, 2019 - 2023",
      "SKILLS",
      "Budgeting, Tenant relations",
    ].join("\n");
    const parsed = await parseResumeText(text, { skills: await loadSkillExtractor() });
    expect(parsed.skills.map((s) => s.name).filter((n) => /AppFolio/.test(n))).toEqual([]);
  });
});
