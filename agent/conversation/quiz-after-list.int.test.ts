/**
 * Found trying the widget as a warehouse supervisor: "giv me some interveiw questions" listed
 * five questions, then "quiz me" asked a web designer's question about abandoned forms (a
 * random one of the whole bank) and scored his warehouse answer 0. Right after a list, the
 * practice is one of the listed questions (the bank only once all of them were practised),
 * and "skip" never gives the question just skipped again.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

// A resume written for this test.
const SUPERVISOR = `Tomasz Reyes
tomasz.reyes@example.net | Fresno, CA

EXPERIENCE
Shift Lead, Valley Cold Storage, Fresno CA — 2018 to Present
- Lead a crew of 12 on the night shift: receiving, put-away and outbound loading
- Plan dock appointments with carriers and keep trailers turning within two hours

EDUCATION
High School Diploma, Fresno High School, 2012

SKILLS
Inventory control, shipping and receiving, forklift, Excel`;

// The question bank and its embedder load on first use: room for a busy machine.
vi.setConfig({ testTimeout: 180_000 });

describeEachDatabase("quiz me right after a list of questions", (getDb) => {
  const bed = offlineChatBed(getDb, "quizlist");

  it("practises one of the questions just listed, and 'skip' gives another of them", async () => {
    const p = await bed.person(textAttachment("tomasz.txt", SUPERVISOR));
    const list = await p.say("show me interview questions about warehouse safety");
    expect(list.tools).toEqual(["search_questions"]);
    const listed = list.parts.flatMap((part) => (part.type === "list" ? part.items.map((i) => i.text) : []));
    expect(listed.length).toBeGreaterThan(1);
    const asked: string[] = [];
    for (let i = 0; i < listed.length; i++) {
      const quiz = await p.say(i === 0 ? "quiz me" : "skip");
      expect(quiz.tools).toEqual(["practice_question"]);
      const shown = listed.find((q) => quiz.text.includes(q));
      expect(shown, `"${quiz.text}" is one of the listed questions`).toBeDefined();
      asked.push(shown!);
    }
    for (let i = 1; i < asked.length; i++) expect(asked[i]).not.toBe(asked[i - 1]);
  });
});
