/**
 * The labeller's name stands in for the rules only where a name is written: at the top, not on
 * a duty's bullet under an experience heading (trial14 §11: a pasted Spanish CV's bullet
 * "Triaje Manchester" became the person's name). Spans made by hand here, as the labeller
 * returns them, so the choice is tested whatever the trained model tags.
 */
import { describe, expect, it } from "vitest";
import type { LabelledSpan } from "../labeller/index.ts";
import { learnedName } from "./learned-name.ts";

const LINES = [
  "enfermera · madrid",
  "EXPERIENCIA",
  "Enfermera de Urgencias — Hospital del Norte — 2018 – actualidad",
  "• Triaje Manchester y valoración inicial",
  "• Coordinación con el equipo médico",
];

function spanOf(text: string, lines: string[]): LabelledSpan {
  const start = lines.join("\n").indexOf(text);
  return { field: "NAME", text, start, end: start + text.length, token: 20 };
}

describe("learnedName", () => {
  it("does not take a name the labeller found on a duty's bullet under an experience heading", () => {
    expect(learnedName([spanOf("Triaje Manchester", LINES)], undefined, LINES)).toBeUndefined();
  });

  it("does not take one from a line under an education or skills heading either", () => {
    const lines = ["FORMACIÓN", "Valoración Geriátrica Integral", "2016"];
    expect(learnedName([spanOf("Valoración Geriátrica", lines)], undefined, lines)).toBeUndefined();
  });

  it("still takes the labeller's name from the top lines when the rules found none", () => {
    const lines = ["Curriculum de Marta Olivares Peña", "EXPERIENCIA", "Enfermera — 2018"];
    expect(learnedName([spanOf("Marta Olivares Peña", lines)], undefined, lines)?.value).toBe(
      "Marta Olivares Peña",
    );
  });
});
