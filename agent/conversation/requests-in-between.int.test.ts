/**
 * Requests that come between others (issue 12): a request typed while a practice question
 * is open, "re-read my resume" with nothing attached, and "show my skills and delete it".
 * Played through the conversation entry with the offline planner, on PGlite and PostgreSQL.
 */
import { expect, it } from "vitest";
import { offlineChatBed, quickReplies, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

// A resume written for this test.
const RESUME = `Maya Chen
maya.chen@example.org | +1 555 010 3030 | Denver, CO

EXPERIENCE
Data Analyst, Birchwood Supply, Denver — May 2021 to Present
- Built weekly sales dashboards in Tableau used by 40 store managers
- Wrote SQL and Python jobs that cut report time by 60%

EDUCATION
B.A. in Economics, University of Denver, 2017 - 2021

SKILLS
SQL, Python, Tableau, Excel`;

const resume = textAttachment("maya.txt", RESUME);

describeEachDatabase("requests between others (issue 12)", (getDb) => {
  const bed = offlineChatBed(getDb, "between");
  const person = () => bed.person(resume);

  it("a request typed during practice runs, and the question stays open for the answer", async () => {
    const p = await person();
    expect((await p.say("give me a behavioral interview question")).tools).toEqual(["practice_question"]);
    const request = await p.say("put my Notion application in the tracker, I applied this morning");
    expect(request.tools).toEqual(["add_application"]);
    const answer = await p.say(
      "I'd sit down with both of them, hear each side, and agree on one plan we could all live with",
    );
    expect(answer.tools).toEqual(["answer_question"]);
  });

  it('"re-read my resume" with nothing attached reads the stored file again', async () => {
    const p = await person();
    const r = await p.say("can you re-read my resume");
    expect(r.calls).toEqual([{ name: "read_resume", args: { stored: true } }]);
    expect(r.text).toMatch(/stored resume again/i);
    expect(r.text).toMatch(/maya\.txt/);
  });

  it('"re-read my resume" with no resume stored says to attach one and changes nothing', async () => {
    const p = await bed.person();
    const r = await p.say("parse my CV again");
    expect(r.tools).toEqual(["read_resume"]);
    expect(r.text).toMatch(/attach your resume/i);
    expect((await p.say("show my skills")).text).toMatch(/no skills yet/i);
  });

  it('"show my skills and delete it" lists them and asks which one, with the skills as choices', async () => {
    const p = await person();
    const r = await p.say("show my skills and delete it");
    expect(r.tools).toEqual(["show_skills"]);
    expect(r.text).toMatch(/which skill should i remove/i);
    const chips = quickReplies(r);
    expect(chips.length).toBeGreaterThanOrEqual(2);
    const tapped = await p.say(chips[0].text);
    expect(tapped.tools).toEqual(["remove_skill"]);
    expect(tapped.calls[0].args.skill).toEqual(chips[0].label);
  });
});
