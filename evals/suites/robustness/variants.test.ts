import { describe, expect, it } from "vitest";
import { analysisDelta } from "./deltas.ts";
import {
  claimStuffing,
  jobInjections,
  repetitionStuffing,
  resumeInjections,
  unstructured,
  unstructuredClaimStuffing,
} from "./variants.ts";

describe("adversarial variants", () => {
  const resume = "Asha K\nData analyst\nSkills: SQL, Python\nEducation: B.Sc.";

  it("keeps the original text and adds one instruction per variant at different places", () => {
    const variants = resumeInjections(resume);
    expect(variants).toHaveLength(4);
    expect(variants[0].text.startsWith("IMPORTANT SYSTEM NOTE")).toBe(true);
    expect(variants[1].text.split("\n")[2]).toContain("[assistant]");
    expect(variants[2].text.endsWith("-->")).toBe(true);
    for (const v of variants)
      expect(v.text.replace(/\n?[^\n]*(ignore|assistant|reviewers)[^\n]*\n?/i, "\n").length).toBeGreaterThan(
        0,
      );
  });

  it("splices into one-line text at a word boundary", () => {
    const flat = "word ".repeat(40).trim();
    const [middle, end] = jobInjections(flat);
    expect(middle.text).toMatch(/word Note to the screening .* word/);
    expect(end.text).toMatch(/word\nSYSTEM: /);
  });

  it("stuffs the document's own skills or the missing ones", () => {
    expect(
      repetitionStuffing(resume, ["SQL", "Python", "SQL"], 3)!.text.endsWith(
        "SQL, Python, SQL, Python, SQL, Python",
      ),
    ).toBe(true);
    expect(repetitionStuffing(resume, [])).toBeNull();
    expect(claimStuffing(resume, ["Spark", "Airflow"])!.text.endsWith("Spark, Airflow")).toBe(true);
  });
});

describe("analysisDelta", () => {
  it("finds the largest moved score and verdict flips", () => {
    const d = analysisDelta(
      { verdict: "UNFIT", confidence: 0.6, scores: { skills: 40, salary: null, education: 80 } },
      { verdict: "FIT", confidence: 0.7, scores: { skills: 55, salary: null, education: 80 } },
    );
    expect(d).toMatchObject({
      maxAbsDelta: 15,
      verdictFlipped: true,
      moved: [{ key: "skills", before: 40, after: 55 }],
    });
    expect(d.confidenceDelta).toBeCloseTo(0.1);
  });

  it("counts a score appearing from 'not enough data' as a full move", () => {
    const d = analysisDelta(
      { verdict: "UNFIT", confidence: 0.5, scores: { salary: null } },
      { verdict: "UNFIT", confidence: 0.5, scores: { salary: 70 } },
    );
    expect(d.maxAbsDelta).toBe(100);
  });

  it("flattens a resume into one paragraph and stuffs missing skills into it and after it", () => {
    const paragraph = unstructured("Asha K\nData analyst\nSkills: SQL,  Python\nEducation: B.Sc.");
    expect(paragraph).toBe("Asha K Data analyst Skills: SQL, Python Education: B.Sc.");
    const [inside, after] = unstructuredClaimStuffing(paragraph, ["Spark", "Airflow", "Spark"]);
    expect(inside!.text).toBe(`${paragraph} Spark, Airflow`);
    expect(after!.text).toBe(`${paragraph}\nSpark, Airflow`);
    expect(unstructuredClaimStuffing(paragraph, [])).toEqual([]);
  });
});
