/**
 * Shift preferences said with words that end or start in accented letters (Portuguese "manhã",
 * "sábados", Spanish "sábados"): JavaScript's ASCII `\b` found no word end after "ã", so "só de
 * manhã" stated nothing. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { shiftsIn, shiftWords } from "./shifts.ts";

describe("shift words with accented letters", () => {
  it.each([
    ["só posso trabalhar de manhã", "days only"],
    ["prefiro só o turno da manhã", "days only"],
    ["apenas pela manhã, por favor", "days only"],
    ["sem sábados nem domingos", "no weekends"],
    ["no trabajo los sábados", "no weekends"],
    ["pas le dimanche", "no weekends"],
  ])("%s -> %s", (text, words) => {
    expect(shiftWords(shiftsIn(text))).toBe(words);
  });

  it("an accented word that only holds a shift word is none", () => {
    expect(shiftsIn("trabalhei em Sãodias")).toEqual([]);
  });
});
