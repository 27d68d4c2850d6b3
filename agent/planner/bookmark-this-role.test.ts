/**
 * "bookmark this role" right after practising (trial16 §15): the role is what the person means,
 * never the practice question asked last. With a job ad in focus it is kept on the applications
 * list as saved; with none, the reply says how to keep a job and bookmarks nothing.
 * Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import { sayText } from "./replies-say.ts";

const AFTER_PRACTICE = {
  hasProfile: true,
  topic: "question" as const,
  questionId: "q-7",
  lastIntent: "answer_question",
};
const WITH_AD = {
  ...AFTER_PRACTICE,
  jobId: "job-3",
  jobCompany: "Larkfield Health",
  jobTitle: "Community Nurse",
};
const plan = plannerWith({ focus: AFTER_PRACTICE, tracked: [] });

describe("a role bookmarked after practice", () => {
  for (const text of ["bookmark this role", "can u bookmark that position for me", "bookmark this job pls"]) {
    it(`'${text}' with a job ad in focus saves the job, not the question`, async () => {
      const p = await plan(text, WITH_AD);
      expect(p.calls.map((c) => c.name)).not.toContain("bookmark_question");
      expect(p.calls.find((c) => c.name === "add_application")?.args).toMatchObject({
        company: "Larkfield Health",
        position: "Community Nurse",
        status: "saved",
      });
    });
    it(`'${text}' with no job ad in focus bookmarks nothing and says how to keep a job`, async () => {
      const p = await plan(text);
      expect(p.calls).toEqual([]);
      expect(p.says.map((s) => sayText(s, {}, "t")).join(" ")).toMatch(/save the <role> job at <company>/);
    });
  }
  it("'bookmark this question' still bookmarks the question", async () => {
    expect((await plan("bookmark this question")).calls).toEqual([
      { name: "bookmark_question", args: { questionId: "q-7" } },
    ]);
  });
});
