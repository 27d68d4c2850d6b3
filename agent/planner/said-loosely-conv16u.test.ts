/**
 * conv16u (kinds of blind15's misses; every message here is written for this test, none is a
 * blind line):
 * - a story closed by an order to set the target sets the target alone (no background save);
 * - a spoken language re-levelled by a CEFR code; a skill added by dictation; a reminder scrapped;
 * - a recap naming one application; "how would you grade me" during practice; two page commands;
 * - a credential earned told in German, Spanish, French, Portuguese, Hindi;
 * - a job left "two weeks ago"; a length taken back and said again, in words.
 */
import { describe, expect, it } from "vitest";
import { LOGGED_APPLICATION, PROFILE_ONLY, plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";
import { pageWanted } from "./next-page.ts";

const none = PROFILE_ONLY;
const logged = LOGGED_APPLICATION;
const practising: Focus = {
  hasProfile: true,
  topic: "question",
  questionId: "q-1",
  awaiting: "practice_answer",
  lastIntent: "practice_question",
};
const plan = plannerWith({ tracked: [], ownSkills: ["Excel", "Scheduling"] });
const named = async (text: string, focus: Focus = none, tracked: string[] = []) =>
  (await plan(text, focus, tracked)).calls.map((c) => c.name);

describe("a story closed by an order to set the target sets the target alone", () => {
  it.each([
    "pipefitter 12 yrs. I want to become a welding inspector, set that as my goal please",
    "school bus driver for 9 years and I'd like to move into fleet dispatch. could you make that the job I'm aiming for",
    "Soy cocinero hace 8 años y quiero ser jefe de cocina. Ponlo como mi meta, porfa",
    "veterinary nurse 6 yrs, want to move into pharma sales. make this my goal.",
  ])("%s", async (text) => {
    expect(await named(text)).toEqual(["set_dream_job"]);
  });

  it("the order's own words are never a second target or a duty", async () => {
    const p = await plan(
      "school bus driver for 9 years and I'd like to move into fleet dispatch. can u make that the job im aiming for",
      none,
    );
    expect(p.calls).toHaveLength(1);
    expect(JSON.stringify(p.calls[0]!.args)).not.toMatch(/aiming|make that/i);
  });

  it("without the order, on a loaded profile, the target alone too (conv17u: wish-beside-background.ts)", async () => {
    expect(await named("I've been a line cook for 6 years and I want to become a sous chef")).toEqual([
      "set_dream_job",
    ]);
  });
});

describe("slots read as said", () => {
  it.each([
    ["my German is C1 now, update that", "German", "C1"],
    ["update my french to B1", "french", "B1"],
    ["mi inglés ya es B2, actualízalo", "English", "B2"],
  ])("a spoken language re-levelled: %s", async (text, skill, level) => {
    const p = await plan(text, none);
    expect(p.calls).toEqual([{ name: "add_skill", args: { skill, spokenLevel: level } }]);
  });

  it("a skill that is no language keeps its beginner..expert update", async () => {
    const p = await plan("bump my excel to advanced", none);
    expect(p.calls).toEqual([{ name: "update_skill", args: { skill: "excel", proficiency: "advanced" } }]);
  });

  it.each([
    ["add forklift i been driving one in the warehouse for like 6 years", "forklift"],
    ["add tiling im pretty quick at it been doing it since school", "tiling"],
  ])("a skill added by dictation ends where a new clause starts: %s", async (text, skill) => {
    const p = await plan(text, none);
    expect(p.calls.map((c) => c.args.skill)).toEqual([skill]);
  });

  it.each([
    ["ditch my gym reminder", "gym"],
    ["scrap the school run reminder, it got moved", "school run"],
    ["get rid of the dentist reminder pls", "dentist"],
  ])("a reminder thrown away by its words: %s", async (text, reminder) => {
    const p = await plan(text, none);
    expect(p.calls).toEqual([{ name: "cancel_reminder", args: { reminder } }]);
  });

  it("a recap naming one application is that application", async () => {
    const p = await plan("where are we at with the Vantora one", logged, ["Vantora"]);
    expect(p.calls).toEqual([{ name: "list_applications", args: { company: "Vantora" } }]);
  });

  it.each(["so how would you rate me on that", "grade me", "what would you give that out of 10"])(
    "during practice, '%s' is the recap",
    async (text) => {
      expect(await named(text, practising)).toEqual(["practice_recap"]);
    },
  );

  it("an answer that says 'rate' is still an answer", async () => {
    expect(
      await named("I would rate my planning as strong because I ran the rota for twenty people", practising),
    ).toEqual(["answer_question"]);
  });

  it.each([
    ["keep going, show the rest", { all: true }],
    ["more, all of them", { all: true }],
    ["next, next", {}],
  ])("two page commands together: %s", (text, wanted) => {
    expect(pageWanted(text)).toEqual(wanted);
  });
});

describe("a credential earned told in another language is a certification", () => {
  it.each([
    ["hab letzte Woche den Gabelstaplerschein bestanden!", "Gabelstaplerschein"],
    ["endlich die Gesellenprüfung geschafft", "Gesellenprüfung"],
    ["aprobé el examen de soldador ayer", "examen de soldador"],
    ["j'ai obtenu mon CACES R489 hier", "CACES R489"],
    ["passei na prova do Detran ontem", "prova do Detran"],
    ["kal mera crane operator license pass ho gaya", "crane operator license"],
  ])("%s", async (text, name) => {
    const p = await plan(text, none);
    expect(p.calls).toEqual([{ name: "add_profile_entry", args: { kind: "certification", text: name } }]);
  });

  it.each([
    "ich habe die Prüfung nicht bestanden",
    "passei na entrevista da Vantora",
    "aprobé el curso de Excel",
  ])("not one: %s", async (text) => {
    const p = await plan(text, none, ["Vantora"]);
    expect(p.calls.some((c) => c.args.kind === "certification")).toBe(false);
  });
});

describe("a job's end and length said loosely", () => {
  it("'two weeks ago, so that's not current anymore' ends the job, the time no part of its name", async () => {
    const p = await plan("btw I quit Rowan Dairy two weeks ago, so that's not current anymore", none);
    expect(p.calls).toHaveLength(1);
    expect(p.calls[0]).toMatchObject({ name: "change_role", args: { role: "Rowan Dairy" } });
    expect(p.calls[0]!.args.end).toMatch(/^\d{4}-\d{2}$/);
  });

  it.each([
    ["Rowan Dairy wasn't two years, I was there more like three and a half years", 42],
    ["the Kestrel job was not 4 years, closer to a year and a half", 18],
    ["my job at Rowan Dairy was three years not two", 36],
  ])("%s", async (text, months) => {
    const p = await plan(text, none);
    expect(p.calls).toEqual([{ name: "change_role", args: { role: expect.any(String), months } }]);
  });
});
