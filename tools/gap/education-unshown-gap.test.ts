/**
 * Issue 13 (lead's trial: a pharmacy technician of six years toward a pharmacist ad asking a
 * PharmD or master's and a licence): the verdict's reason cited the required degree and "your
 * highest is not shown", yet the Gaps list showed no education gap, so the roadmap never named
 * the degree. A required level with no education shown is a gap, as the verdict reads it.
 * Real parts: the job parser, the shipped embedder, the analysis, the roadmap's credential items.
 * The ad and resume are written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { credentialItems } from "../roadmap/credentials.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();
const parse = (text: string) =>
  parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }), deps.graph);

const AD = `Hospital Pharmacist
Requirements
- Doctor of Pharmacy (PharmD) or a master's degree in pharmacy
- Current state pharmacist licence
- Experience dispensing medication and counselling patients`;

const RESUME = [
  "Alex Moreno",
  "alex.moreno@example.org",
  "EXPERIENCE",
  "Pharmacy Technician, Harbourside Pharmacy",
  "May 2020 - Present",
  "- Filled and double-checked prescriptions and kept the stock room in order.",
  "Pharmacy Technician, Maple Street Drugstore",
  "2018 - 2020",
  "- Prepared medicines for dispensing and kept the controlled-drug register.",
].join("\n");

describe("a required degree and no education shown", () => {
  it("is an education gap naming the level, and the roadmap plans the degree", async () => {
    const job = parse(AD);
    expect(job.education?.kind, JSON.stringify(job.education)).toBe("required");
    const a = analyze(await profileFromText(RESUME, new Date("2026-06-01")), job, deps);
    const gap = a.gaps.find((g) => g.type === "education");
    expect(gap, a.gaps.map((g) => g.skill).join("; ")).toMatchObject({ kind: "required" });
    expect(gap!.skill).toContain(job.education!.level!);
    const degree = credentialItems(a.gaps).find((i) => i.kind === "credential" && /degree/i.test(i.skill));
    expect(degree?.skill).toMatch(/degree/i);
  });
});
