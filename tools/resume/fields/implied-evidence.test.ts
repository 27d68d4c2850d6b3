import { describe, expect, it } from "vitest";
import type { ResumeSkill } from "../types.ts";
import { backListedByUse, shippedBuiltOn } from "./implied-evidence.ts";

const used = (id: string, name: string, category: string, years: number): ResumeSkill => ({
  id,
  name,
  category,
  spans: [],
  sections: ["experience"],
  validated: true,
  evidence: ["experience: Web Designer at Harbour Digital (2020-04 to 2024-05)"],
  years,
  lastUsed: "2024-05",
});
const listed = (id: string, name: string, category: string): ResumeSkill => ({
  id,
  name,
  category,
  spans: [],
  sections: ["skills"],
  validated: false,
  evidence: [],
});

describe("backListedByUse", () => {
  it("backs a listed language a used framework is written in, with that framework's years", () => {
    const out = backListedByUse(
      [used("angular", "Angular", "framework_library", 4), listed("html", "HTML", "programming_language")],
      shippedBuiltOn,
    );
    const html = out.find((s) => s.id === "html")!;
    expect(html.validated).toBe(true);
    expect(html.years).toBe(4);
    expect(html.lastUsed).toBe("2024-05");
    expect(html.evidence[0]).toMatch(/^implied: work in Angular uses HTML — experience: Web Designer/);
  });

  it("never implies a tool or a skill nothing used is built on", () => {
    const out = backListedByUse(
      [
        used("power-bi", "Power BI", "tool", 3),
        listed("excel", "Excel", "tool"),
        listed("pytorch", "PyTorch", "framework_library"),
      ],
      shippedBuiltOn,
    );
    expect(out.find((s) => s.id === "excel")?.validated).toBe(false);
    expect(out.find((s) => s.id === "pytorch")?.validated).toBe(false);
  });

  it("does not chain: a skill backed only by implication backs nothing further", () => {
    const graph = { builtOn: (id: string) => (id === "b" ? ["a"] : id === "c" ? ["b"] : []) };
    const implied = { ...listed("b", "B", "framework_library"), validated: true, evidence: ["implied: x"] };
    const out = backListedByUse([implied, listed("a", "A", "programming_language")], graph);
    expect(out.find((s) => s.id === "a")?.validated).toBe(false);
  });

  it("adds no skill: only what the resume names is backed", () => {
    const out = backListedByUse([used("angular", "Angular", "framework_library", 2)], shippedBuiltOn);
    expect(out.map((s) => s.id)).toEqual(["angular"]);
  });
});
