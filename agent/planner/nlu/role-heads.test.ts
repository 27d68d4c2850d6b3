/**
 * intents12e's held-out turns: "je veux devenir analyste financier" and "non pardon, plutôt
 * analyste de données" were read as "list my analyses" — the spelling correction turned
 * "analyste" (one letter from the keyword "analyse") into it, so the intent model saw a request
 * about analyses. A job title's head noun is no misspelling.
 */
import { describe, expect, it } from "vitest";
import { normalize } from "../normalize.ts";
import { namesRole } from "./role-heads.ts";

describe("job title heads", () => {
  it.each([
    "je veux devenir analyste financier",
    "quiero ser analista de datos",
    "plutôt analyste de données",
  ])("%s keeps its title word through the spelling correction", (text) => {
    expect(normalize(text)).toMatch(/\banalist?a?e?\b|analyste|analista/);
    expect(normalize(text)).not.toMatch(/\banalyse\b/);
  });

  it("role heads are told from request words and everyday words", () => {
    expect(namesRole("je veux devenir analyste financier")).toBe(true);
    expect(namesRole("Ich möchte Produktmanager werden")).toBe(true);
    expect(namesRole("show my analyses")).toBe(false);
    expect(namesRole("the chef at my restaurant")).toBe(false);
  });
});
