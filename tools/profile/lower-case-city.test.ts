/**
 * trial14 §5: a city written in lower case beside a work mode was dropped ("hybrid" saved, the
 * city lost). The real preference reader; messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { preferencesIn } from "../gap/stated-preferences.ts";

describe("a city said in lower case", () => {
  it.each([
    ["i'm based in denver and hybrid works for me", "Denver"],
    ["hybrid in leeds would be ideal", "Leeds"],
    ["ok with on-site if it's in manchester", "Manchester"],
    ["remote preferred but i live in new york", "New York"],
  ])("%s -> %s", (text, place) => {
    expect(preferencesIn(text).desiredLocation).toBe(place);
  });

  it.each([
    "i'd like hybrid, mostly in sales roles",
    "remote work in marketing please",
    "nice, hybrid is good",
  ])("names no place: %s", (text) => {
    expect(preferencesIn(text).desiredLocation).toBeUndefined();
  });
});
