/**
 * Found trying the product as a nurse: "give me a behavioural question" gave a developer's
 * technical question ("How would you set up local development…"). With no role or skill
 * named, practice and search are for the person's target job, else the job they hold.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

// A resume written for this test.
const NURSE = `Ines Duarte
ines.duarte@example.org | Porto, Portugal

EXPERIENCE
Registered Nurse, Hospital Santa Luzia, Porto — 2020 to Present
- Cared for six patients per shift on a cardiology ward
- Administered medications and monitored vital signs

EDUCATION
Bachelor of Nursing, University of Porto, 2020

SKILLS
Patient assessment, wound care, Portuguese, English`;

// The question bank and its embedder load on first use: room for a busy machine.
vi.setConfig({ testTimeout: 180_000 });

describeEachDatabase("interview practice is for the person's own field", (getDb) => {
  const bed = offlineChatBed(getDb, "prac");

  it("a nurse who names no role practises a nursing question, of the type asked for", async () => {
    const p = await bed.person(textAttachment("ines.txt", NURSE));
    const r = await p.say("give me a behavioural question");
    expect(r.tools).toEqual(["practice_question"]);
    expect(r.calls[0]!.args).toMatchObject({ type: "behavioral" });
    expect(r.text).toMatch(/behavioral/);
    expect(await questionOnTable(p.say)).toMatch(/^nur-/);
  });

  it("a target job wins over the job held, and a named skill is not narrowed by it", async () => {
    const p = await bed.person(textAttachment("ines.txt", NURSE));
    expect((await p.say("I want to be a teacher")).tools).toEqual(["set_dream_job"]);
    const quiz = await p.say("quiz me");
    expect(quiz.tools).toEqual(["practice_question"]);
    expect(await questionOnTable(p.say)).toMatch(/^tch-/);
    await p.say("stop");
    const sql = await p.say("show me SQL interview questions");
    expect(sql.tools).toEqual(["search_questions"]);
    const listed = sql.parts.flatMap((part) => (part.type === "list" ? part.items.map((i) => i.text) : []));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.join(" ")).toMatch(/SQL|quer|join/i);
  });
});

/** The id of the question on the table, read back through "bookmark it" (ids start with the bank's role). */
async function questionOnTable(say: (t: string) => Promise<{ calls: { args: Record<string, unknown> }[] }>) {
  const r = await say("bookmark it");
  return String(r.calls[0]?.args.questionId ?? "");
}
