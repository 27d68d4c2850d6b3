/**
 * Planner words that end in an accented letter ("avancé", "terminé", "não é"): with JavaScript's
 * ASCII `\b` there was no word end after "é", so a French level or a French graduate's news was not
 * read. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { statesOwnNews } from "./own-news.ts";
import { extraLevel } from "./slot-words.ts";

describe("words ending in accented letters", () => {
  it("a French 'avancé' is the advanced level", () => {
    expect(extraLevel("je suis avancé en excel")).toBe("advanced");
    expect(extraLevel("niveau avancé")).toBe("advanced");
  });

  it("'j'ai terminé …' is the person's own news; 'não é' still says it is untrue", () => {
    expect(statesOwnNews("j'ai terminé mon master en juin")).toBe(true);
    expect(statesOwnNews("acabei de me formar, mas não é verdade")).toBe(false);
  });
});
