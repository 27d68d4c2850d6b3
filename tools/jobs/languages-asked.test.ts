import { describe, expect, it } from "vitest";
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
