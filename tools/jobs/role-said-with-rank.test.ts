/**
 * Found trying the chat as a product designer (issue 13: "salespeople or designers look
 * unqualified"): "am I a fit for a UX lead role?" was "not a known role", "design lead" and
 * "head of design" were analysed as a video game designer (O*NET files the one-word title
 * "Designer" under it, and under fourteen other occupations), "tech lead" as a surgical
 * technologist ("OR Tech") and "product designer" as an industrial designer. A rank word
 * ("lead", "head of") no longer hides the role; a role said too vaguely is asked about, with
 * the common titles it could mean as answers that each work when sent.
 */
import { expect, it } from "vitest";
import { isCareerCraftError } from "../../data/errors.ts";
import { loadAnalysisDeps } from "../gap/deps.ts";
import { describeDreamRole } from "./dream-role.ts";
import { loadRoleFinder } from "./target.ts";

it.each([
  ["UX lead", "15-1255.00"],
  ["frontend lead", "15-1254.00"],
  ["customer success lead", "41-3091.00"],
  ["tech lead", "15-1252.00"],
  ["product designer", "15-1255.00"],
  ["senior product designer", "15-1255.00"],
  ["UX/UI designer", "15-1255.00"],
  // Said exactly, O*NET's own titles still win.
  ["industrial designer", "27-1021.00"],
  ["art director", "27-1011.00"],
])("%s is found as %s", async (text, code) => {
  const find = await loadRoleFinder();
  expect(find(text)?.role.code).toBe(code);
});

it.each(["design lead", "lead designer", "head of design", "designer", "data lead", "engineer"])(
  "%s is asked about, and every answer offered sets a role",
  async (text) => {
    const find = await loadRoleFinder();
    const { graph } = await loadAnalysisDeps();
    expect(find(text)).toBeUndefined();
    let error: unknown;
    try {
      describeDreamRole(`I want to be a ${text}`, find, graph);
    } catch (e) {
      error = e;
    }
    expect(isCareerCraftError(error) && error.userMessage).toMatch(/could be several roles: .+ Which one/);
    const choices = (error as { details: { choices: { label: string; text: string }[] } }).details.choices;
    expect(choices.length).toBeGreaterThanOrEqual(2);
    const codes = choices.map((c) => describeDreamRole(c.text, find, graph).title);
    expect(new Set(codes).size).toBe(choices.length);
  },
);

it("offers the designers a designer could mean, UX and graphic among them", async () => {
  const find = await loadRoleFinder();
  const offered = find.choices?.("design lead") ?? [];
  expect(offered).toEqual(expect.arrayContaining(["ux designer", "graphic designer"]));
});

it.each(["python", "java"])("%s alone, with no rank word, names no role (a skill)", async (text) => {
  const find = await loadRoleFinder();
  expect(find(text)).toBeUndefined();
});
