/**
 * Several applications in one message, each in a clause with its own role and day: every
 * company named is logged, or the reply says which could not be read (trial14 §2: the second
 * and third were dropped without a word). Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import { sayText } from "./replies-say.ts";

const plan = plannerWith({ focus: { hasProfile: true }, tracked: [] });
const logged = async (text: string) =>
  (await plan(text)).calls.filter((c) => c.name === "add_application").map((c) => c.args);

describe("one application per clause", () => {
  it("'to A for X on <day>, to B for Y on <day> and to C for Z yesterday' logs all three", async () => {
    expect(
      await logged(
        "sent in three today-ish: i applied to Brightwell for the account manager role on oct 30, to Ferrow for Senior AM on nov 4 and to Quillby for Sales Lead yesterday",
      ),
    ).toEqual([
      { company: "Brightwell", position: "account manager", appliedOn: "on oct 30" },
      { company: "Ferrow", position: "Senior AM", appliedOn: "on nov 4" },
      { company: "Quillby", position: "Sales Lead", appliedOn: "yesterday" },
    ]);
  });
  it("a second sentence 'also applied to B last week (role) and to C on friday' keeps B and C apart from A", async () => {
    expect(
      await logged(
        "so i applied to Pennant today for the ux designer role. also applied to Dovetail Bank last week (lead ux designer) and to Orbo on friday",
      ),
    ).toEqual([
      { company: "Pennant", position: "ux designer", appliedOn: "today" },
      { company: "Dovetail Bank", position: "lead ux designer", appliedOn: "last week" },
      // No role of its own: the one said just before it.
      { company: "Orbo", position: "lead ux designer", appliedOn: "on friday" },
    ]);
  });
  it("Spanish: 'a 3 sitios: A (rol) el martes pasado, B (rol) el 2 de diciembre y C hoy', accented names whole", async () => {
    expect(
      await logged(
        "bueno, he aplicado a 3 sitios: Clínica Nuñez Ibáñez (enfermera de investigación) el martes pasado, Fundación Peña Alcázar (monitora de ensayos) el 2 de diciembre y Biomédica Sur hoy",
      ),
    ).toEqual([
      { company: "Clínica Nuñez Ibáñez", position: "enfermera de investigación", appliedOn: "martes pasado" },
      { company: "Fundación Peña Alcázar", position: "monitora de ensayos", appliedOn: "2 de diciembre" },
      { company: "Biomédica Sur", position: "monitora de ensayos", appliedOn: "today" },
    ]);
  });
  it("a counted list with a piece that names no company says which piece it could not log", async () => {
    const p = await plan(
      "he aplicado a 3 sitios: Hospital Ríos (enfermera) ayer, una empresa pequeña de biotech y Sanidad Norte hoy",
    );
    expect(p.calls.map((c) => c.args.company)).toEqual(["Hospital Ríos", "Sanidad Norte"]);
    const unread = p.says.find((s) => s.kind === "applications_unread");
    expect(unread?.detail).toBe("una empresa pequeña de biotech");
    expect(sayText(unread!, { hasProfile: true }, "s")).toContain('"una empresa pequeña de biotech"');
  });
  it("a question about applying logs nothing", async () => {
    expect(
      await logged("should i apply to Pennant for ux designer today, or to Orbo for ui designer next week?"),
    ).toEqual([]);
  });
});
