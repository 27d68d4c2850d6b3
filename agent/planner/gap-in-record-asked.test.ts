/**
 * trial20 §5: a gap in the work record asked about in everyday words got the skill-gaps card,
 * generic STAR advice or a resume report; it gets the career-gap answer. The analysis's skill
 * gaps stay theirs. Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const ANALYSED: Focus = {
  hasProfile: true,
  jobTitle: "Web Developer",
  analysisId: "an-1",
  verdict: "FIT",
  topic: "analysis",
  lastIntent: "analyze_fit",
  gaps: ["Relevant experience", "PHP", "SQL"],
};

describe("a gap in the work record, asked about", () => {
  it.each([
    "how do I explain the gaps in my cv to an employer?",
    "there are 2 years with no job on my cv. how should I explain that in an interview?",
    "what should I put on my resume for the years I was learning on my own?",
    "should I mention the months I wasn't working?",
    "¿cómo explico los huecos en mi currículum?",
    "wie erkläre ich die Lücken in meinem Lebenslauf?",
    "como explico os buracos no meu currículo?",
  ])("'%s' gets the career-gap answer", async (text) => {
    const p = await planText(text, ANALYSED);
    expect(p.calls).toEqual([]);
    expect(p.says.map((s) => [s.kind, s.detail])).toContainEqual(["advice", "career_gap"]);
  });

  it.each(["what are my gaps?", "why is PHP a gap?", "how do I close the gaps for this job?"])(
    "'%s' stays about the analysis",
    async (text) => {
      const p = await planText(text, ANALYSED);
      expect(p.says.map((s) => s.detail)).not.toContain("career_gap");
    },
  );
});
