/**
 * A role named in another language with no target yet (issue 12): "¿Qué habilidades me
 * faltan para ser analista de datos?" asked back which job; it now goes to the role service,
 * which sets the role when it can match the title — a title in the language's own words is read
 * in English words first (tools/jobs/translate-title.ts) — and otherwise says honestly that
 * titles are matched in English, naming it.
 */
import { expect, it } from "vitest";
import { offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

// A resume written for this test.
const RESUME = `Tomás Reyes
tomas.reyes@example.org | Madrid

EXPERIENCE
Junior Analyst, Olivo Foods, Madrid — 2022 to Present
- Built weekly sales reports in Excel and SQL

EDUCATION
B.A. in Economics, Universidad de Sevilla, 2018 - 2022

SKILLS
Excel, SQL, Python`;

describeEachDatabase("a role named in another language (issue 12)", (getDb) => {
  const bed = offlineChatBed(getDb, "u12-role-lang");
  const person = () => bed.person(textAttachment("tomas.txt", RESUME));

  it("a title in the language's own words is read in English words and set as the target", async () => {
    const p = await person();
    const r = await p.say("¿Qué habilidades me faltan para ser analista de datos?");
    expect(r.tools[0]).toBe("set_dream_job");
    expect(r.text).toMatch(/data analyst/i);
    expect(r.text).not.toMatch(/in English only/);
  });

  it("a title the role finder cannot match gets the honest English-title reply, not a question back", async () => {
    const p = await person();
    const r = await p.say("quiero ser asesora de sueños");
    expect(r.tools).toEqual(["set_dream_job"]);
    expect(r.text).toMatch(/asesora de sueños/);
    expect(r.text).toMatch(/in English/);
  });

  it("a title it can match is set as the target", async () => {
    const p = await person();
    const r = await p.say("¿Qué habilidades me faltan para ser data analyst?");
    expect(r.tools[0]).toBe("set_dream_job");
    expect(r.text).toMatch(/data analyst/i);
    expect(r.text).not.toMatch(/in English only/);
  });

  it("the same in French", async () => {
    const p = await person();
    const r = await p.say("qu'est-ce qui me manque pour devenir analyste de données ?");
    expect(r.tools[0]).toBe("set_dream_job");
    expect(r.text).toMatch(/data analyst/i);
  });
});
