/**
 * Issue 12, found trying the product as a high-school teacher moving into instructional
 * design: after the verdict, "what's the most important thing to learn" was answered "most is
 * not among the gaps for Instructional Designer", and with a roadmap made, "what should I
 * learn first" made the whole roadmap again. The first asks for the gap at the top of the
 * list; the second for where the plan starts.
 */
import { expect, it } from "vitest";
import { offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

// A resume written for this test.
const RESUME = `Lena Okafor
lena.okafor@example.org | Columbus, OH

Summary
Middle school science teacher for six years; designs lessons and online course units.

Experience
Science Teacher, Maple Grove Middle School — 2019-08 to present
- Designed blended-learning units in Google Classroom and Canvas.
- Wrote quizzes and rubrics and trained colleagues on Kahoot.

Education
M.Ed. Curriculum and Instruction, Ohio State University — 2019

Skills
Canvas, Google Classroom, lesson planning, Microsoft PowerPoint
`;

describeEachDatabase("the top gap asked after a verdict (issue 12)", (getDb) => {
  const bed = offlineChatBed(getDb, "tga");

  it("names the first gap for 'the most important thing', and shows the plan for 'what first'", async () => {
    const p = await bed.person(textAttachment("lena.txt", RESUME));
    await p.say("I want to become an instructional designer");
    const fit = await p.say("am I a fit?");
    expect(fit.tools).toEqual(["analyze_fit"]);
    const [top] = fit.parts.flatMap((part) => (part.type === "gapList" ? part.gaps : []));
    expect(top).toBeDefined();

    for (const asked of ["what's the most important thing to learn?", "ok and my top priority?"]) {
      const reply = await p.say(asked);
      expect(reply.tools).toEqual(["explain_gap"]);
      expect(reply.text).toContain(`${top.skill} is your top gap`);
      expect(reply.text).not.toMatch(/not among the gaps/);
    }

    const plan = await p.say("make me a roadmap");
    expect(plan.tools).toEqual(["create_roadmap"]);
    const first = await p.say("what should I learn first?");
    expect(first.tools).toEqual(["show_roadmap"]);
  });
});
