/**
 * A described sous chef for a restaurant server was UNFIT on duties the role asks ("Cook fish",
 * "Direct the preparation of food") and the years, yet "make me a roadmap" answered "nothing to
 * plan" (a new user's trial, issue 13, F13.2). Duty and years gaps are planned: a step that
 * gets evidence of each duty, and the way to gain or show the years. The resume is written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, profile, skill } from "../../test-support/gap-fixtures.ts";
import { analyze } from "../gap/analyze.ts";
import { describeDreamRole } from "../jobs/dream-role.ts";
import { loadRoleFinder } from "../jobs/target.ts";
import { buildRoadmap } from "./build.ts";

const deps = gapDeps();
const server = profile({
  headline: "Restaurant Server",
  summary: "Server in a busy bistro.",
  education: [{ degree: "High school diploma", level: "secondary", field: "" }],
  experience: [
    {
      title: "Server",
      company: "Bistro Nord",
      start: "2024-03",
      end: "2025-06",
      bullets: ["Took orders at 30 tables and handled the till at close."],
      skills: [],
    },
  ],
  skills: [skill("customer-service", "intermediate")].filter((s) => deps.graph.get(s.skillId)),
});

describe("a roadmap plans the duties and years a role asks, not only skills", () => {
  it("holds a step of evidence for each duty gap and the years for a described sous chef", async () => {
    const role = describeDreamRole("sous chef", await loadRoleFinder(), deps.graph);
    const analysis = analyze(server, role, deps);
    const duties = analysis.gaps.filter((g) => g.type === "duty");
    expect(duties.length, analysis.gaps.map((g) => `${g.type}:${g.skill}`).join(", ")).toBeGreaterThan(0);
    const plan = buildRoadmap(analysis, server, deps, { hoursPerWeek: 5 });
    expect(plan.weeks.length).toBeGreaterThan(0);
    for (const d of duties.slice(0, 2)) {
      const item = plan.items.find((i) => i.skill === d.skill);
      expect(item, plan.items.map((i) => i.skill).join(", ")).toBeDefined();
      expect(item!.practice).toMatch(/practice project|volunteer|shadow/);
    }
    const years = analysis.gaps.find((g) => g.type === "experience" && g.kind === "required");
    if (years) expect(plan.items.some((i) => i.skillId === "relevant-experience")).toBe(true);
  });

  it("plans the rest of the years from the work held when some count", async () => {
    const role = describeDreamRole("nurse manager", await loadRoleFinder(), deps.graph);
    const nurse = profile({
      headline: "Registered Nurse",
      summary: "Registered nurse on a paediatric ward.",
      education: [{ degree: "BSN Nursing", level: "bachelor", field: "Nursing" }],
      experience: [
        {
          title: "Registered Nurse",
          company: "Hillside Hospital",
          start: "2023-01",
          end: "2025-06",
          bullets: ["Cared for up to six patients a shift and trained new nurses."],
          skills: [],
        },
      ],
    });
    const analysis = analyze(nurse, role, deps);
    const years = analysis.gaps.find((g) => g.type === "experience" && g.kind === "required");
    expect(years?.reason).toMatch(/you show [1-9]/);
    const plan = buildRoadmap(analysis, nurse, deps, { hoursPerWeek: 5 });
    const item = plan.items.find((i) => i.skillId === "relevant-experience");
    expect(item, plan.items.map((i) => i.skill).join(", ")).toBeDefined();
    expect(item!.practice).toMatch(/stretch assignment|take on/);
  });
});

describe("a week finishing two duties (trial20 §7)", () => {
  it("names each duty in its checkpoint and never says one checkpoint twice", async () => {
    const role = describeDreamRole("sous chef", await loadRoleFinder(), deps.graph);
    const analysis = analyze(server, role, deps);
    const plan = buildRoadmap(analysis, server, deps, { hoursPerWeek: 10 });
    const duties = plan.items.filter((i) => i.skillId.startsWith("duty-"));
    expect(duties.length).toBeGreaterThan(1);
    for (const d of duties) expect(d.checkpoint.toLowerCase()).toContain(d.skill.toLowerCase().slice(0, 8));
    for (const w of plan.weeks) {
      const sentences = w.checkpoint.split(/(?<=\.)\s+/);
      expect(new Set(sentences).size, w.checkpoint).toBe(sentences.length);
    }
  });
});

describe("a duty's week title (trial20 §7)", () => {
  it("is the step's clause with its hours, not the whole practice sentence, and differs week to week", async () => {
    const role = describeDreamRole("sous chef", await loadRoleFinder(), deps.graph);
    const plan = buildRoadmap(analyze(server, role, deps), server, deps, { hoursPerWeek: 3 });
    const titles = plan.weeks.map((w) => w.goals[0] ?? "");
    const duty = titles.filter((t) => /first step/.test(t));
    expect(duty.length, titles.join("\n")).toBeGreaterThan(0);
    for (const t of duty) expect(t.length, t).toBeLessThan(140);
    expect(new Set(duty).size).toBe(duty.length);
  });
});
