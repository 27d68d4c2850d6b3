/**
 * Issue 12 (chat12s): leaving a job and a corrected length are read as changes to a role on the
 * profile (change_role), not as a new entry or nothing. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import type { Focus } from "../graph/focus.ts";
import { lengthCorrected, roleLeft } from "./role-change-said.ts";

const now = new Date(Date.UTC(2026, 11, 6)); // December 2026

describe("a job left, said in chat", () => {
  it.each([
    ["I left Brightline last month", { role: "Brightline", end: "2026-11" }],
    ["quit my job at Acme Foods in March", { role: "Acme Foods", end: "2026-03" }],
    ["got laid off from Initech", { role: "Initech", left: true }],
    ["so i was let go from Globex back in 2025", { role: "Globex", end: "2025" }],
    ["I resigned from Wayne Corp 3 months ago", { role: "Wayne Corp", end: "2026-09" }],
    ["I quit my barista job in october 2025", { role: "barista", end: "2025-10" }],
    ["I left my job last month", { end: "2026-11" }],
    ["I no longer work at Hooli", { role: "Hooli", left: true }],
  ])("%s", (said, expected) => {
    expect(roleLeft(said, now)).toEqual(expected);
  });

  it.each(["I left my resume at home", "I quit smoking", "I left it there", "I want to leave my job"])(
    "%s is no job left",
    (said) => expect(roleLeft(said, now)).toBeUndefined(),
  );
});

describe("a job's length corrected right after it was told", () => {
  const told: Focus = {
    lastCall: { name: "save_background", args: { roles: [{ title: "Cook" }, { title: "Sous Chef" }] } },
  };
  it.each([
    ["its about 2.5 years actually", 30],
    ["no, 4 years not 6", 48],
    ["not 6 years, 4", 48],
    ["wait it was more like 18 months", 18],
  ])("%s", (said, months) => {
    expect(lengthCorrected(said, told)).toEqual({ months, inFocus: "Sous Chef" });
  });

  it("needs a job just told, and only the length said", () => {
    expect(lengthCorrected("no, 4 years not 6", {})).toBeUndefined();
    expect(
      lengthCorrected("no, 4 years not 6", { lastCall: { name: "show_skills", args: {} } }),
    ).toBeUndefined();
    expect(lengthCorrected("actually I was a data analyst for 4 years at a bank", told)).toBeUndefined();
    expect(lengthCorrected("4 years", told)).toBeUndefined();
  });
});
