/**
 * An unsure reading whose likeliest alternatives cannot be offered as requests ("thanks",
 * "refusal") still asks back with what usually comes next here, rather than "I didn't
 * understand" (issue 12: a vague "alright then" after a target was not understood).
 */
import { expect, it } from "vitest";
import type { Focus } from "../graph/focus.ts";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { understand } from "./understand.ts";

const AFTER_TARGET: Focus = { hasProfile: true, topic: "job", jobId: "job-1", jobTitle: "Backend Engineer" };

it("a vague reply after a new target asks back with the usual next steps as choices", async () => {
  const plan = await understand("alright then", {
    focus: AFTER_TARGET,
    attachments: [],
    available: new Set(TOOL_NAMES),
  });
  expect(plan.calls).toEqual([]);
  const clarify = plan.says.find((s) => s.kind === "clarify");
  expect(clarify?.choices?.map((c) => c.text)).toContain("am I a fit?");
});

it("gibberish still gets the help list, not made-up choices", async () => {
  const plan = await understand("purple elephants dancing", {
    focus: AFTER_TARGET,
    attachments: [],
    available: new Set(TOOL_NAMES),
  });
  expect(plan.says.map((s) => s.kind)).toEqual(["unknown"]);
});

const NO_TARGET: Focus = { hasProfile: true };

it.each([
  ["¿Qué habilidades me faltan para ser analista de datos?", "Qué"],
  ["¿Cómo puedo mejorar mi perfil de ventas?", "Cómo"],
  ["Quelles compétences me manquent pour ce poste ?", "Quelles"],
  ["Welche Fähigkeiten fehlen mir noch?", "Welche"],
  ["Quais habilidades me faltam para essa vaga?", "Quais"],
  ["Kya mujhe aur skills chahiye?", "Kya"],
])("a question word is never a quick reply's name (issue 12: %s)", async (message, word) => {
  for (const focus of [NO_TARGET, AFTER_TARGET]) {
    const plan = await understand(message, { focus, attachments: [], available: new Set(TOOL_NAMES) });
    const texts = plan.says.flatMap((s) => s.choices?.map((c) => `${c.label} | ${c.text}`) ?? []);
    for (const text of texts) expect(text).not.toContain(word);
  }
});
