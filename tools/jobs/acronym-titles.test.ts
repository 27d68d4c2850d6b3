/**
 * O*NET files acronyms as titles ("DO", "PA", "HIS", "SAD"): typed in lower case inside a
 * sentence they are words. Found trying the chat as a new graduate (issue 12): "how do I
 * look" answered "Which job should I compare you to?" and was set as the target "Physician"
 * (by "DO"), then judged UNFIT with a medical licence as the gap.
 */
import { expect, it } from "vitest";
import { namesKnownRole } from "./target.ts";

it.each(["how do i look", "what do you think", "im sad today", "his resume is better", "ok thanks"])(
  "%s names no role",
  async (text) => {
    expect(await namesKnownRole(text)).toBe(false);
  },
);

it.each(["i want to be an rn", "cna jobs", "I'm an RN", "junior data analyst", "registered nurse"])(
  "%s names a role",
  async (text) => {
    expect(await namesKnownRole(text)).toBe(true);
  },
);
