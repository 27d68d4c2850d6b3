import { describe, expect, it } from "vitest";
import { extractSkills } from "../skills/extract.ts";
import { parseJobPosting } from "./parse.ts";

const extract = (text: string) => extractSkills(text, { section: "job ad" });

// A job board's "Technologies" header field is a list of tags, read tag by tag into skill
// requirements. Read as a requirement sentence too, it became a duty whose "text" was the bare
// tag list, quoted back to the person as the ad's evidence for every one of its tools
// (trial: an SAP developer against an SAP cloud ad, 2026-12-04).
const AD = [
  "Cloud Integration Consultant",
  "Job type:",
  "Full-time",
  "Technologies",
  "sapui5 javascript node.js odata",
  "Job description",
  "You will design integrations between our clients' systems.",
  "Requirements:",
  "Experience integrating enterprise systems",
  "Good knowledge of JavaScript",
].join("\n");

describe("a Technologies tag list", () => {
  const job = parseJobPosting(AD, extract);

  it("is not a requirement line of its own", () => {
    const lines = (job.requirementLines ?? []).map((l) => l.text);
    expect(lines).not.toContain("sapui5 javascript node.js odata");
    expect(lines).toContain("Experience integrating enterprise systems");
  });

  it("still asks for the skills it names", () => {
    expect(job.skills.map((s) => s.skillId)).toEqual(expect.arrayContaining(["javascript", "nodejs"]));
  });
});
