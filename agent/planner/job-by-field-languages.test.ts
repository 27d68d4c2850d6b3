/**
 * A job told by its field in Spanish, French, German, Portuguese and Hindi is saved as English's
 * is (issue 12, chat12u: "llevo 12 años en ventas B2B" and the like were not read at all): the
 * field's practitioner, with the years said. Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";
import { withJobsByField } from "./job-by-field.ts";

const NEW_USER: Focus = { hasProfile: false };
const plan = plannerWith({ focus: NEW_USER, tracked: [], ownSkills: [] });

describe("a job told by its field, in the chat's other languages", () => {
  it.each([
    ["llevo 12 años en ventas B2B", "Sales Representative", 144],
    ["tengo 10 años de experiencia en enfermería", "Nurse", 120],
    ["je suis dans la vente depuis 8 ans", "Sales Representative", 96],
    ["j'ai 10 ans d'expérience en comptabilité", "Accountant", 120],
    ["ich bin seit 5 Jahren im Vertrieb", "Sales Representative", 60],
    ["ich arbeite seit 3 Jahren in der Pflege", "Nurse", 36],
    ["trabalho há 6 anos com vendas", "Sales Representative", 72],
    ["trabalho com enfermagem há 4 anos", "Nurse", 48],
    ["main 7 saal se sales mein hoon", "Sales Representative", 84],
    ["mujhe nursing mein 5 saal ka experience hai", "Nurse", 60],
  ])("'%s' saves %s for %i months", async (text, title, months) => {
    const calls = (await plan(text)).calls;
    expect(calls[0]?.name).toBe("save_background");
    const saved = calls[0]!.args as { roles: { title: string; months?: number }[]; unread?: string[] };
    expect(saved.roles[0]).toMatchObject({ title, months });
    expect(saved.unread ?? []).toEqual([]);
  });

  it("a place, a tool or a thing that is no field is left as said", async () => {
    for (const text of [
      "llevo 3 years en Madrid",
      "tengo 5 years en Python",
      "ich bin seit 2 years in Berlin",
    ])
      expect(await withJobsByField(text)).toBe(text);
  });
});
