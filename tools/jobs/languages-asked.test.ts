import { describe, expect, it } from "vitest";
import { extractSkills } from "../skills/extract.ts";
import { parseJobPosting } from "./parse.ts";
import { findLanguages } from "./signals.ts";

describe("spoken languages an ad asks for", () => {
  it("reads a language written in lower case right after speaking it", () => {
    // Was []: the ad's only must-have besides a good voice went unread, so nothing could be scored.
    expect(findLanguages(["You will call customers while speaking norwegian every day."])).toEqual([
      "norwegian",
    ]);
    expect(findLanguages(["Fluent in german, written and spoken."])).toEqual(["german"]);
  });

  it("does not read lower-case words that only look like languages", () => {
    expect(findLanguages(["Strong written skills to polish our customer letters."])).toEqual([]);
  });

  it("leaves out a language the ad says is not needed", () => {
    expect(findLanguages(["A job where you do not have to speak Finnish, only English."])).toEqual([
      "english",
    ]);
    expect(findLanguages(["No Dutch needed; fluent English is a must."])).toEqual(["english"]);
  });
});

describe("a language ask worded with 'fluency'", () => {
  // "Fluency in X" outside the ad's requirements list was no requirement line: the spoken-language
  // cue read "fluent" but not "fluency" (issue 13, 2026-12-04 late night).
  it("is a requirement line wherever the ad puts it", () => {
    const ad = [
      "Night Receptionist",
      "You welcome late guests and keep the lobby calm.",
      "Fluency in Portuguese and English is important in this job.",
      "Requirements:",
      "- Two years at a hotel front desk",
    ].join("\n");
    const lines = (
      parseJobPosting(ad, (t) => extractSkills(t, { section: "job ad" })).requirementLines ?? []
    ).map((l) => l.text);
    expect(lines).toContain("Fluency in Portuguese and English is important in this job.");
  });
});
