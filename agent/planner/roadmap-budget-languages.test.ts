/**
 * A roadmap's time budget said in another language the chat understands keeps its numbers
 * (found in a trial: a nurse on Slack asked "hazme un plan de 8 semanas, tengo 5 horas por
 * semana" and got the default 21 weeks at 10 hours a week).
 */
import { describe, expect, it } from "vitest";
import { TOOL_NAMES, type ToolName } from "../tools/schemas.ts";
import { extractHoursPerWeek, extractWeeks } from "./slots.ts";
import { understand } from "./understand.ts";

const everything = new Set<ToolName>(TOOL_NAMES);

describe("roadmap budget in other languages", () => {
  it.each([
    ["hazme un plan de 8 semanas, tengo 5 horas por semana", 8, 5],
    ["fais-moi un plan sur 6 semaines, 4 heures par semaine", 6, 4],
    ["mach mir einen Lernplan für 10 Wochen mit 3 Stunden pro Woche", 10, 3],
    ["quero um plano de 12 semanas com 6 horas por semana", 12, 6],
    ["un plan de 2 meses, 1 hora al día", 9, 7],
    // Trial F8.2: Hinglish, and the rate said before its number ("roz 1 ghanta" = 1 hour a day).
    ["6 hafte ka plan chahiye, roz 2 ghante", 6, 14],
    ["3 mahine, har hafte 4 ghante", 13, 4],
    ["plan de 5 semanas, cada día 1 hora", 5, 7],
  ])("%j -> %d weeks x %d h", (text, weeks, hours) => {
    const t = text.toLowerCase();
    expect(extractWeeks(t)).toBe(weeks);
    expect(extractHoursPerWeek(t)).toBe(hours);
  });

  it("the Spanish request plans the roadmap with its budget", async () => {
    const plan = await understand("hazme un plan de 8 semanas, tengo 5 horas por semana", {
      focus: { analysisId: "a1" },
      attachments: [],
      available: everything,
    });
    expect(plan.calls).toEqual([{ name: "create_roadmap", args: { weeks: 8, hoursPerWeek: 5 } }]);
  });

  it("English budgets read as before", () => {
    expect(extractWeeks("make me a roadmap, 4 weeks, 5 hours a week")).toBe(4);
    expect(extractHoursPerWeek("i need a 4-week plan, 5h/week")).toBe(5);
    expect(extractWeeks("i need a 4-week plan, 5h/week")).toBe(4);
    expect(extractWeeks("plan for 6 weeks please")).toBe(6);
    expect(extractHoursPerWeek("make me a roadmap, 1 month, an hour a day")).toBe(7);
  });
});
