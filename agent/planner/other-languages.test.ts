/**
 * The short fit question and "how do I prepare for the interview?" in the other languages
 * the planner reads (issue 12: "¿soy apto?" was asked back about, the German interview
 * question was read as updating an application).
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const TARGET_SET: Focus = { hasProfile: true, topic: "job", jobId: "job-1", jobTitle: "Data Analyst" };
const plan = plannerWith({ focus: TARGET_SET });

it.each(["¿soy apto?", "suis-je fait pour ce poste ?", "kya main fit hoon?"])(
  "%s runs the fit check",
  async (message) => {
    expect((await plan(message)).calls.map((c) => c.name)).toEqual(["analyze_fit"]);
  },
);

it.each([
  "wie bereite ich mich auf das Interview vor?",
  "como eu me preparo pra entrevista?",
  "interview ke liye taiyari kaise karu?",
])("%s gets interview advice", async (message) => {
  const says = (await plan(message)).says;
  expect(says.find((s) => s.kind === "advice")?.detail).toBe("interview_tips");
});
