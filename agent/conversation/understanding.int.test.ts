/**
 * Issue 12's quoted messages, as a new user typed them into the widget and `careercraft
 * chat`, played through the conversation entry with the offline planner on PGlite and on
 * a real PostgreSQL (the checkpointed state is what "they" and "bookmark it" resolve
 * against, also after a restart). Each failed on the rule-based planner.
 */
import { expect, it } from "vitest";
import { chatTurn, OFFLINE_CONFIG, offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { createConversation } from "./converse.ts";

// A resume written for this test.
const RESUME = `Lena Ortiz
lena.ortiz@example.org | +1 555 010 2020 | Austin, TX

EXPERIENCE
Junior Developer, Pecan Labs, Austin — June 2022 to Present
- Built REST APIs in Python and Flask; wrote SQL for reporting
- Set up CI with GitHub Actions

EDUCATION
B.S. in Computer Science, Texas State University, 2018 - 2022

SKILLS
Python, Flask, SQL, Git, JavaScript`;

const resume = textAttachment("lena.txt", RESUME);
const HELP_LIST = /here's what i can do|didn't quite catch that|not sure what you mean/i;

describeEachDatabase("understanding what people write (issue 12)", (getDb) => {
  const bed = offlineChatBed(getDb, "u12");
  /** A fresh person with the resume read, on their own thread. */
  const person = () => bed.person(resume);

  it('"they invited me to a phone screen" moves the application just logged, also after a restart', async () => {
    const p = await person();
    expect((await p.say("I applied to Stripe yesterday for a backend engineer role")).tools).toEqual([
      "add_application",
    ]);
    const restarted = await createConversation({ db: getDb(), config: OFFLINE_CONFIG });
    const r = await chatTurn(restarted, p.who, p.thread, "they invited me to a phone screen");
    expect(r.calls).toEqual([
      { name: "update_application_status", args: { application: "Stripe", status: "phone_screen" } },
    ]);
    expect(r.text).not.toMatch(/couldn't find/i);
  });

  it('"bookmark it" after a list of questions bookmarks the first of them', async () => {
    const p = await person();
    const list = await p.say("show me SQL interview questions");
    expect(list.tools).toEqual(["search_questions"]);
    const r = await p.say("bookmark it");
    expect(r.tools).toEqual(["bookmark_question"]);
    expect(r.text).not.toMatch(/no question on the table/i);
    const second = await p.say("bookmark the 2nd");
    expect(second.tools).toEqual(["bookmark_question"]);
    expect(second.calls[0].args.questionId).not.toEqual(r.calls[0].args.questionId);
  });

  it('"stop" during a quiz ends it; the next message is not taken as an answer', async () => {
    const p = await person();
    expect((await p.say("quiz me")).tools).toEqual(["practice_question"]);
    const stop = await p.say("stop");
    expect(stop.tools).toEqual([]);
    expect(stop.text).toMatch(/stop/i);
    expect((await p.say("show my skills")).tools).toEqual(["show_skills"]);
  });

  it("a STAR answer typed after a behavioural question is scored as the answer", async () => {
    const p = await person();
    expect((await p.say("give me a behavioral interview question")).tools).toEqual(["practice_question"]);
    const r = await p.say(
      "Situation: our release was slipping. Task: I owned the API. Action: I cut scope and paired with QA. Result: we shipped two days early.",
    );
    expect(r.tools).toEqual(["answer_question"]);
  });

  it.each([
    ["stats pls", "application_stats"],
    ["im pretty good at excel, put that on there", "add_skill"],
    ["I threw my resume at Amazon, SDE1", "add_application"],
    ["just sent my app to Notion, PM intern", "add_application"],
    ["I have like two years of java, so intermediate?", "add_skill"],
  ])('"%s" reaches %s', async (text, tool) => {
    const p = await person();
    const r = await p.say(text);
    expect(r.tools).toEqual([tool]);
  });

  it('"I threw my resume at Amazon, SDE1" and "excel" keep the names as written', async () => {
    const p = await person();
    expect((await p.say("I threw my resume at Amazon, SDE1")).calls[0].args).toMatchObject({
      company: "Amazon",
      position: "SDE1",
    });
    expect((await p.say("im pretty good at excel, put that on there")).calls[0].args).toMatchObject({
      skill: "excel",
    });
  });

  it('"wat shud i lern next for backnd" after an analysis plans the learning', async () => {
    const p = await person();
    await p.say("I want to be a backend engineer");
    expect((await p.say("am I a fit?")).tools).toEqual(["analyze_fit"]);
    expect((await p.say("wat shud i lern next for backnd")).tools).toEqual(["create_roadmap"]);
  });

  it('"ok now check if i\'m a fit" analyses instead of "You\'re welcome!"', async () => {
    const p = await person();
    await p.say("I want to be a data analyst");
    const r = await p.say("ok now check if i'm a fit");
    expect(r.tools).toEqual(["analyze_fit"]);
    expect(r.text).not.toMatch(/welcome/i);
  });

  it('"status of my TechCorp application" lists the applications', async () => {
    const p = await person();
    await p.say("I applied to TechCorp for a data analyst role last week");
    await p.say("I applied to Globex for a BI analyst role yesterday");
    const r = await p.say("status of my TechCorp application");
    expect(r.tools).toEqual(["list_applications"]);
    // It answers where that one stands (it used to say only "You have 2 applications.").
    expect(r.text).toMatch(/data analyst at TechCorp — applied \d{4}-\d{2}-\d{2}/i);
    expect(r.text).not.toMatch(/Globex/);
  });

  it("¿Qué habilidades me faltan? is understood, with one note that replies are in English", async () => {
    const p = await person();
    await p.say("I want to be a backend engineer");
    await p.say("am I a fit?");
    const r = await p.say("¿Qué habilidades me faltan?");
    expect(r.tools.length).toBe(1);
    expect(["explain_score", "explain_gap", "questions_for_gaps"]).toContain(r.tools[0]);
    expect(r.text).toMatch(/respondo en inglés/);
    const again = await p.say("¿Por qué mi puntuación de experiencia es baja?");
    expect(again.text).not.toMatch(/respondo en inglés/);
  });

  it("a language we do not read gets a short English reply naming the ones we do", async () => {
    const p = await person();
    const r = await p.say("Ciao, puoi controllare se sono adatto per questo lavoro di analista?");
    expect(r.tools).toEqual([]);
    expect(r.text).toMatch(/Spanish, French, German, Portuguese and Hindi/);
  });

  it.each([
    "can I talk to a human advisor?",
    "how do I negotiate my salary?",
    "what career paths fit my profile?",
    "how do I network for a job?",
    "how should I research a company before applying?",
    "how can I improve my resume?",
  ])('"%s" is answered in words, not with a tool or the help list', async (text) => {
    const p = await person();
    const r = await p.say(text);
    expect(r.tools).toEqual([]);
    expect(r.text).not.toMatch(HELP_LIST);
    expect(r.text.length).toBeGreaterThan(60);
  });

  it('"My salary expectation is at least 90000 EUR" after an analysis stores it and re-runs the analysis', async () => {
    const p = await person();
    await p.say("I want to be a backend engineer");
    await p.say("am I a fit?");
    const r = await p.say("My salary expectation is at least 90000 EUR");
    expect(r.text).not.toMatch(HELP_LIST);
    expect(r.tools).toEqual(["reanalyze"]);
  });

  it("an unclear message is asked back with tappable choices instead of the help list", async () => {
    const p = await person();
    const r = await p.say("Java");
    expect(r.tools).toEqual([]);
    const choices = r.parts.find((x) => x.type === "quickReplies");
    expect(choices?.type === "quickReplies" && choices.options.length).toBeGreaterThanOrEqual(2);
    const tapped = choices?.type === "quickReplies" ? choices.options[0].text : "";
    expect((await p.say(tapped)).tools.length).toBe(1);
  });
});
