import { describe, expect, it } from "vitest";
import type { Skill } from "../../data/taxonomy/types.ts";
import { markWordCased, proseWords } from "./word-cased.ts";

const skill = (id: string, name: string, aliases: string[] = [], ambiguous = false): Skill => ({
  id,
  name,
  aliases,
  category: "tool",
  type: "technical",
  parents: [],
  children: [],
  related: [],
  ambiguous,
  sources: ["curated"],
});

describe("word-cased names (issue 14: 'safe' is not SAFe)", () => {
  it("marks a one-word name with inner capitals whose lower case is a word of plain prose", () => {
    const prose = proseWords([
      "keeps the site safe and tidy; a rare typescript",
      "safe storage of tools",
      "operates safe equipment",
    ]);
    expect(prose.has("safe")).toBe(true);
    expect(prose.has("typescript")).toBe(false); // one text only: a rare word
    const skills = [
      skill("safe", "SAFe", ["scaled agile framework"]),
      skill("typescript", "TypeScript"),
      skill("tidy", "Tidy"), // Title Case only: the casing does not make the name
      skill("safety", "Safety"),
    ];
    const marked = markWordCased(skills, prose);
    expect(marked.map((s) => s.id)).toEqual(["safe"]);
    expect(skills[0]).toMatchObject({ wordKeys: ["safe"], ambiguous: true, ambiguousKeys: ["safe"] });
    expect(skills[1]!.wordKeys).toBeUndefined();
  });
});
