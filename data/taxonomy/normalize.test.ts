import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeKey, slugify, spacedKey, stripVersion, tokenize } from "./normalize.ts";

describe("normalizeKey", () => {
  it("makes spelling variants meet", () => {
    for (const v of ["Node.js", "NodeJS", "node js", "NODE-JS"]) expect(normalizeKey(v)).toBe("nodejs");
    expect(normalizeKey("CI/CD")).toBe(normalizeKey("ci cd"));
    expect(normalizeKey("C++")).toBe("c++");
    expect(normalizeKey("C#")).toBe("c#");
    expect(normalizeKey("C")).toBe("c");
    expect(normalizeKey(".NET")).toBe("dotnet");
    expect(normalizeKey("Résumé")).toBe("resume");
  });

  it("keeps word breaks in the spaced key", () => {
    expect(spacedKey("CI/CD pipelines")).toBe("cicd pipelines");
    expect(spacedKey("Ruby on Rails")).toBe("ruby on rails");
  });

  it("tokens point back into the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        for (const t of tokenize(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
      }),
    );
  });

  it("strips versions and makes slugs", () => {
    expect(stripVersion("Oracle 10g")).toBe("Oracle");
    expect(stripVersion("PHP5")).toBe("PHP");
    expect(stripVersion("Windows XP")).toBe("Windows");
    expect(stripVersion("Python")).toBeNull();
    // One letter glued to a number is a name of its own (issue 14): a release, a library, a CPU.
    for (const name of ["R2", "D3", "M68K", "B2B"]) expect(stripVersion(name)).toBeNull();
    expect(stripVersion("R 4.2")).toBe("R");
    expect(slugify("C++")).toBe("cpp");
    expect(slugify("C#")).toBe("csharp");
    expect(slugify("Ruby on Rails")).toBe("ruby-on-rails");
  });
});
