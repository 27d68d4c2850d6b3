import { describe, expect, it } from "vitest";
import { formatReading } from "./format-readings.ts";

describe("readings decided by the message's shape", () => {
  it.each([
    ["my Portuguese is B2 now, update that", "update_skill"],
    ["Italian is C1 now", "update_skill"],
    ["no quiero ser cajero, quiero ser analista de datos", "set_dream_job"],
    ["i don't want to be a welder, i want to be a recruiter", "set_dream_job"],
  ])("%s -> %s", (text, intent) => {
    expect(formatReading(text)).toBe(intent);
  });

  it.each([
    "the ad wants Spanish C1, do I qualify?",
    "I've never used Docker, but I'm good at Excel",
    "my flat is B2 in block C",
  ])("decides nothing for %s", (text) => {
    expect(formatReading(text)).toBeUndefined();
  });
});
