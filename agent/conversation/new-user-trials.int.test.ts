/**
 * Found by trying the product as new users would (issue 12, trial12): corrections, lists of
 * applications said in one breath, references to a tracked application. Played through the
 * conversation entry with the offline planner, on PGlite and PostgreSQL. Messages written for
 * this test.
 */
import { expect, it } from "vitest";
import { offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

const RESUME = `Tomás Ferreira
tomas.ferreira@example.org | +1 555 010 7788 | Austin, TX

EDUCATION
B.S. Computer Science, Lakeside State University, 2023 - 2027

SKILLS
Python, Java, SQL, Git, React

EXPERIENCE
Lab Assistant, Lakeside State University, 2025 - Present
- Helped 30 students a week debug their Java assignments`;

const resume = textAttachment("tomas.txt", RESUME);

describeEachDatabase("new-user trials (issue 12, trial12)", (getDb) => {
  const bed = offlineChatBed(getDb, "trial12");
  const person = () => bed.person(resume);

  it('"no, I meant Microsoft" moves the change to Microsoft and takes it back on the other', async () => {
    const p = await person();
    await p.say("applied to Google for SWE intern");
    await p.say("also Microsoft, software engineering intern");
    expect((await p.say("Google invited me to a phone screen")).tools).toEqual(["update_application_status"]);
    const fixed = await p.say("actually no, I meant Microsoft");
    expect(fixed.text).not.toMatch(/couldn't/i);
    expect(fixed.text).toMatch(/Microsoft.*phone screen/);
    expect(fixed.text).toMatch(/Google.*back to applied/);
    const list = await p.say("show my applications");
    expect(list.text).toMatch(/Software Engineering Intern at Microsoft — phone screen/i);
    expect(list.text).toMatch(/SWE intern at Google — applied/i);
  });

  it("a list of companies in one message tracks each of them, with its own role or the shared one", async () => {
    const p = await person();
    // As in the trial: the list follows an application just logged.
    expect((await p.say("I applied to Google for the SWE intern role today")).tools).toEqual([
      "add_application",
    ]);
    const r = await p.say("and Amazon SDE intern, Meta, Notion PM intern and Datadog");
    expect(r.tools).toEqual(["add_application", "add_application", "add_application", "add_application"]);
    const both = await p.say("applied to Figma and Stripe yesterday, both for software engineering intern");
    expect(both.tools).toEqual(["add_application", "add_application"]);
    const list = (await p.say("show my applications")).text;
    expect(list).toMatch(/7 applications/);
    expect(list).not.toMatch(/Meta at Amazon/);
    expect((await p.say("how is my Notion application going")).text).toMatch(/PM intern at Notion/);
  });

  it("news about an untracked company, then 'I applied there', then 'they rejected me'", async () => {
    const p = await person();
    const news = await p.say("btw got rejected by salesforce smh");
    expect(news.text).toMatch(/I don't track an application to "salesforce"/);
    expect(news.text).not.toMatch(/smh/);
    const logged = await p.say("i never told u about it, i applied there last week for sales manager");
    expect(logged.calls).toEqual([
      {
        name: "add_application",
        args: { company: "salesforce", position: "sales manager", appliedOn: "last week" },
      },
    ]);
    const moved = await p.say("ok now they rejected me");
    expect(moved.calls).toEqual([
      { name: "update_application_status", args: { application: "salesforce", status: "rejected" } },
    ]);
  });
});
