/**
 * The kind of employment a person wants, said in chat in the five languages (issue 12, chat12u:
 * "only part-time" kept nothing). Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { employmentIn, employmentWords } from "./employment-types.ts";

describe("the kind of employment wanted", () => {
  it.each([
    ["only part-time", ["part_time"]],
    ["I'd like a full time job", ["full_time"]],
    ["contract work only, or freelance", ["contract"]],
    ["busco algo de medio tiempo", ["part_time"]],
    ["je cherche un mi-temps", ["part_time"]],
    ["ich suche nur Teilzeit", ["part_time"]],
    ["só meio período, por favor", ["part_time"]],
    ["sirf part time chahiye", ["part_time"]],
    ["full-time or contract, either is fine", ["full_time", "contract"]],
    ["travail en intérim", ["temporary"]],
  ])("%s -> %j", (text, kinds) => {
    expect(employmentIn(text)).toEqual(kinds);
  });

  it.each([
    "no part-time please",
    "pas de temps partiel",
    "I negotiated the contract with suppliers",
    "my partner times the runs",
    "doing a part-time MBA, graduating 2027",
  ])("%s wants no kind", (text) => {
    expect(employmentIn(text)).toEqual([]);
  });

  it("says the kinds in words", () => {
    expect(employmentWords(["part_time"])).toBe("part-time work");
    expect(employmentWords(["full_time", "contract"])).toBe("full-time or contract work");
  });
});
