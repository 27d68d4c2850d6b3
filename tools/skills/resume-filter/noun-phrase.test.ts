import { describe, expect, it } from "vitest";
import { phraseWords, vendorWords } from "../../../scripts/taxonomy/phrase-words.ts";
import { extractSkills } from "../extract.ts";
import { resumeSkillCandidates } from "./candidates.ts";
import { nounPhraseAround } from "./noun-phrase.ts";

const reported = (text: string) =>
  new Map(
    resumeSkillCandidates(text, extractSkills(text, { unlisted: true }), () => undefined).map((c) => [
      c.output.id,
      c.output.spans.map((s) => s.text),
    ]),
  );

describe("a skill written inside a sentence keeps the noun phrase it stands in (issue 14)", () => {
  it("widens the name over the taxonomy's modifier and head words beside it", () => {
    const text =
      "Experience\nMaintained corporate DB2 databases for payroll.\nSupported SAP systems across three plants while on the support desk.";
    const out = reported(text);
    expect(out.get("db2")).toEqual(["corporate DB2 databases"]);
    expect(out.get("sap")).toEqual(["SAP systems"]);
    for (const c of resumeSkillCandidates(text, extractSkills(text, { unlisted: true }), () => undefined))
      for (const sp of c.output.spans) expect(text.slice(sp.start, sp.end)).toBe(sp.text);
  });

  it("does not take a verb, an article or a noun that no skill name ends with", () => {
    const text =
      "Experience\nWrote scripts that let UNIX administrators rotate logs.\nBuilt the Kubernetes team and all marketing programs, reporting to the board.";
    const out = reported(text);
    expect(out.get("unix")).toEqual(["UNIX"]);
    expect(out.get("kubernetes")).toEqual(["Kubernetes"]);
  });
});

describe("a long name in a sentence", () => {
  it("is reported as found, and the widening ends (a name of four words or more)", () => {
    const piece = { text: "supported digital Microsoft Dynamics AX Retail POS systems", start: 10, end: 68 };
    const name = piece.text.indexOf("Microsoft");
    const span = {
      start: piece.start + name,
      end: piece.start + name + "Microsoft Dynamics AX Retail POS".length,
    };
    expect(nounPhraseAround(piece, span)).toBeUndefined();
  });
});

describe("phrase words from the taxonomy's multi-word names", () => {
  it("counts heads by last word and modifiers by the words before it", () => {
    const phrases = Array.from({ length: 10 }, (_, i) => `digital thing${i} systems`);
    // "tools" ends more names than it modifies: the head of a name, never a modifier.
    const tools = Array.from({ length: 12 }, (_, i) => `kind${i} tools`);
    const words = phraseWords([
      ...phrases,
      ...tools,
      "tools a b",
      "tools c d",
      "tools e f",
      "tools g h",
      "tools i j",
      "systems",
    ]);
    expect(words.heads).toEqual(["systems", "tools"]);
    expect(words.modifiers).toEqual(["digital"]);
  });

  it("a vendor's word opens many products' names and is a product's spelling alone", () => {
    const product = (id: string, name: string, aliases: string[] = []) => ({
      id,
      name,
      category: "tool",
      aliases,
    });
    const skills = [
      product("acme-db", "Acme Database", ["acme"]),
      ...Array.from({ length: 20 }, (_, i) => product(`acme-${i}`, `Acme Tool${i}`)),
      // "Digital" opens as many names but names no product alone; "Java" opens too few.
      ...Array.from({ length: 21 }, (_, i) => product(`digital-${i}`, `Digital Kit${i}`)),
      product("java", "Java"),
      ...Array.from({ length: 12 }, (_, i) => product(`java-${i}`, `Java Lib${i}`)),
      // A field's names are no products.
      ...Array.from({ length: 25 }, (_, i) => ({
        id: `acme-field-${i}`,
        name: `Acme Field${i}`,
        category: "domain_knowledge",
      })),
    ];
    expect(vendorWords(skills)).toEqual(["acme"]);
  });
});
