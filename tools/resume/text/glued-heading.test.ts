/**
 * A heading on the same line as the first entry under it ("Experience Harbourline Games
 * Studio March 2019 Present"): the section never started and the jobs under it were lost in
 * the list above (training split, branch resume14n).
 */
import { describe, expect, it } from "vitest";
import { parseResumeText } from "../parse-text.ts";
import { splitGluedHeading } from "./glued-heading.ts";

const RESUME = `Marisol Okafor
marisol.okafor@example.org

Skills
Languages: TypeScript, Go, SQL
Tools: Figma, Jira, Docker
Experience Harbourline Games Studio March 2019 Present
Lead Front-end Developer
Built the storefront and the launcher used by two million players.
Quillfeather Media June 2015 February 2019
Web Developer
Made sites for local newspapers.
`;

describe("a heading glued to its first entry", () => {
  it("starts its section, so the jobs under it are read", async () => {
    const parsed = await parseResumeText(RESUME, { now: new Date("2026-12-01T00:00:00Z") });
    expect(parsed.sections.map((s) => s.kind)).toContain("experience");
    const companies = parsed.experience.map((e) => e.company);
    expect(companies).toContain("Harbourline Games Studio");
    expect(companies).toContain("Quillfeather Media");
  });

  it("is split only from an entry, never from a title or a sentence", () => {
    expect(splitGluedHeading("Experience Harbourline Games Studio March 2019 Present")).toMatchObject({
      kind: "experience",
      rest: "Harbourline Games Studio March 2019 Present",
    });
    expect(splitGluedHeading("Education Coordinator, January 2004 - Present")).toBeNull();
    expect(splitGluedHeading("Experience Designer at Harbourline, 2019 - 2022")).toBeNull();
    expect(splitGluedHeading("Education Programs. Personnel preparation grant, 1993 to 1997.")).toBeNull();
    expect(splitGluedHeading("Experience with Kafka and Spark since 2018")).toBeNull();
    expect(splitGluedHeading("Education Westbrook College, BA History")).toBeNull();
  });
});
