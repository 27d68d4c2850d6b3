/**
 * Issue 13: one sentence asking several things ("experience with budgeting and payroll") was
 * matched to the resume as one ask, so a line showing one of them read as meeting all. Each
 * thing is its own ask now; a list of alternatives or a compound name stays one. Sentences
 * written here.
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import type { JobPosting } from "../jobs/types.ts";
import { splitBundledAsk } from "./bundled-asks.ts";
import { typeRequirements } from "./requirements.ts";

const graph = getTaxonomy();

describe("a sentence bundling several asks", () => {
  it("is one ask per thing, each with its lead, with or without commas", () => {
    expect(splitBundledAsk("Solid experience with budgeting and payroll", graph)).toEqual([
      "Solid experience with budgeting",
      "Solid experience with payroll",
    ]);
    expect(splitBundledAsk("Good knowledge of SEO, copywriting and email marketing.", graph)).toEqual([
      "Good knowledge of SEO",
      "Good knowledge of copywriting",
      "Good knowledge of email marketing",
    ]);
  });

  it("stays one ask for alternatives, examples, compound names and clauses", () => {
    for (const text of [
      "Experience with Sketch or Figma",
      "Knowledge of design tools such as Sketch and Figma",
      "Knowledge of health and safety",
      "Understanding of lesson planning and other classroom practices",
      "Understanding of progressive and alternative teaching methods",
      "Experience with planning the weekly rota and making sure every shift is covered by trained staff",
    ])
      expect(splitBundledAsk(text, graph), text).toEqual([text]);
  });

  it("gives the job one duty ask per thing", () => {
    const job = {
      title: "Finance Officer",
      source: "posting",
      skills: [],
      experience: [],
      requirementLines: [{ text: "Proven experience with budgeting and payroll", kind: "required" }],
    } as unknown as JobPosting;
    const duties = typeRequirements(job, graph)
      .filter((r) => r.type === "duty")
      .map((r) => r.text);
    expect(duties).toEqual(["Proven experience with budgeting", "Proven experience with payroll"]);
  });
});
