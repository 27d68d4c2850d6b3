/**
 * Issue 12 (trial item 13): "apliqué a Sunrise Family Clinic ayer para clinic manager" was
 * answered "Je te comprends en français" — the detector weighed the English title, the
 * company's name and one accent — although the person had written Spanish all along. The
 * detector now reads the words that are not English or names, and the conversation's
 * language breaks a near tie for a short or mixed message.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";
import { intentModel } from "./nlu/intent-model.ts";

const SPANISH_SO_FAR: Focus = { hasProfile: true, languagesNoted: ["es"], language: "es" };
const plan = plannerWith();

it("an application said in Spanish with an English title and company is Spanish", () => {
  const found = intentModel().language.detect("apliqué a Sunrise Family Clinic ayer para clinic manager");
  expect(found.language).toBe("es");
});

it("the Spanish speaker is not told in French that replies come in English", async () => {
  const p = await plan("apliqué a Sunrise Family Clinic ayer para clinic manager", SPANISH_SO_FAR);
  expect(p.says.map((s) => s.kind)).not.toContain("language_note");
  expect(p.language).toBe("es");
});

it("a French message in a Spanish conversation stays French", () => {
  const found = intentModel().language.detect("postulé chez Decathlon hier comme chef de rayon", "es");
  expect(found.language).toBe("fr");
});

it("a short mixed message takes the conversation's language, and is English without one", () => {
  const model = intentModel().language;
  expect(model.detect("borra java de mis skills", "es").language).toBe("es");
  expect(model.detect("borra java de mis skills").language).toBe("en");
});

it("a French message the detector rates Catalan by a hair is French; Italian stays Italian", () => {
  const model = intentModel().language;
  expect(model.detect("salut ! tu fais quoi exactement ?")).toEqual({ language: "fr", supported: true });
  expect(model.detect("mi dispiace, parlo solo italiano").supported).toBe(false);
});
