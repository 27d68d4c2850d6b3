import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { asciiJson } from "./ascii-json.ts";

const shipped = [
  "./taxonomy/taxonomy.json",
  "./taxonomy/matcher.json",
  "./taxonomy/esco-lookup.json",
  "../tools/resume/labeller/model.json",
].map((rel) => fileURLToPath(new URL(rel, import.meta.url)));

describe("asciiJson", () => {
  it("escapes every non-ASCII character and reads back the same values", () => {
    const value = { name: "newsletter’s analysis", city: "Zürich", emoji: "🙂", plain: "SQL" };
    const json = asciiJson(value);
    expect(json).toMatch(/^[\x00-\x7f]*$/);
    expect(json).toContain("\\u2019");
    expect(JSON.parse(json)).toEqual(value);
  });

  // One curly quote makes V8 read a whole 2.7 MB file as a two-byte string, which parses
  // about twice as slowly: a build script that writes plain JSON.stringify again fails here.
  it.each(shipped)("%s is pure ASCII", (file) => {
    expect(/[^\x00-\x7f]/.test(readFileSync(file, "latin1"))).toBe(false);
  });
});
