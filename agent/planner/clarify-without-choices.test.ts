/**
 * trial18 §14: a question back with no choices read "Just to be sure, which of these?" and showed
 * nothing to pick from. Without choices the reply asks for the request in other words instead.
 */
import { describe, expect, it } from "vitest";
import type { Focus } from "../graph/focus.ts";
import { moreText } from "./replies-more.ts";

const focus: Focus = { hasProfile: true };
const choices = [{ label: "Set a target job", text: "set my target job" }];

describe("a question back", () => {
  it.each(["seed-a", "seed-b", "seed-c", "seed-d"])("without choices never points at a list (%s)", (seed) => {
    const text = moreText({ kind: "clarify" }, focus, seed) ?? "";
    expect(text).not.toMatch(/\bthese\b/i);
    expect(text).toMatch(/another way/);
  });

  it("with choices offers them", () => {
    expect(moreText({ kind: "clarify", choices }, focus, "seed-a")).toMatch(/which/i);
  });

  it("that saved nothing names no list when there is none", () => {
    expect(moreText({ kind: "clarify", detail: "not_saved" }, focus, "s")).not.toMatch(/\bthese\b/);
    expect(moreText({ kind: "clarify", detail: "not_saved", choices }, focus, "s")).toMatch(/these/);
  });
});
