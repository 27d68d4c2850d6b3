import { describe, expect, it } from "vitest";
import { toolReply } from "./replies-tools.ts";

describe("a tool's error in the planner's reply", () => {
  it("follows a whole opening sentence, never glued onto it ('Hmm, This…')", () => {
    const error = "This PDF is damaged or not a real PDF, so no text could be read.";
    for (const seed of ["a", "b", "c", "d", "e", "f", "g", "h"]) {
      const reply = toolReply("read_resume", { error }, {}, seed);
      expect(reply.endsWith(error)).toBe(true);
      expect(reply.slice(0, -error.length)).toMatch(/[.!?] $/);
    }
  });
});

describe("a roadmap mark taken back ('undo that' after 'finished week 1')", () => {
  it("says the week is not done, with no praise, whatever the seed", () => {
    for (const seed of ["a", "b", "c", "d", "e"]) {
      const reply = toolReply(
        "record_progress",
        { week: 1, undone: true, done: 0, total: 15 },
        { week: 1, done: false },
        seed,
      );
      expect(reply).toMatch(/^Taken back: Week 1 is marked not done/);
      expect(reply).not.toMatch(/Nice work|Great progress|Well done/);
    }
  });
});
