/**
 * Issue 12, found trying the chat as a graphic designer moving into UX (lead26 trial): "hey!
 * graphic designer here, 3 yrs agency experience, figma illustrator photoshop, want to move into
 * UX design" kept only the target ("<role> here" was no way of saying the job held, and tools
 * named without "I know …" were not read), and "make a plan" then answered "There is no analysis
 * yet. Tell me the job you want" although the job was set. Messages written for this test.
 */
import { expect, it } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

describeEachDatabase("a graphic designer's first turns (issue 12)", (getDb) => {
  const bed = offlineChatBed(getDb, "gdt");

  it("saves the job, its years and the tools said in one line, sets the target, and plans from them", async () => {
    const p = await bed.person();
    const first = await p.say(
      "hey! graphic designer here, 3 yrs agency experience, figma illustrator photoshop, want to move into UX design",
    );
    expect(first.tools).toEqual(["add_profile_entry", "set_dream_job"]);
    expect(first.text).toMatch(/Graphic Designer/);
    expect(first.text).toMatch(/Figma.*Adobe Illustrator.*Adobe Photoshop/s);
    expect(first.text).toMatch(/UX Designer/);
    const skills = await p.say("show my skills");
    expect(skills.text).toMatch(/(?:skills|lists) \(3\)/);
    const plan = await p.say("make a plan");
    expect(plan.tools).toEqual(["create_roadmap"]);
    expect(plan.text).toMatch(/Your roadmap is ready|Here's (?:your plan|a week-by-week plan)/);
    expect(plan.text).not.toMatch(/no analysis yet|Tell me the job/i);
  });

  it("with a target and nothing known of the person, a plan asks for the background, not the job", async () => {
    const p = await bed.person();
    await p.say("I want to move into UX design");
    const plan = await p.say("ok make a plan, i have like 5 hours a week");
    expect(plan.tools).toEqual(["create_roadmap"]);
    expect(plan.text).not.toMatch(/Tell me the job you want/);
    expect(plan.text).toMatch(/don't know your background yet/);
  });
});
