/**
 * Issue 13 robustness (found 2026-12-04): a keyword list appended to a one-paragraph resume, with
 * an ad sentence pasted among the names, read as a sentence — its last item held "and" the way
 * "..., HTML and CSS" closes an enumeration — so every stuffed name became a skill "used" in the
 * paragraph's role and an UNFIT pair turned FIT. Lines written here.
 */
import { describe, expect, it } from "vitest";
import { proseUse, withoutKeywordLists } from "./prose-evidence.ts";

const at = (text: string, word: string) => {
  const start = text.indexOf(word);
  return { start, end: start + word.length };
};

describe("a keyword list with sentences pasted among the names", () => {
  it("is still a list: its names are not used in anything", () => {
    const list = "Python, Perl, SQL, Hands-on work with genome sequencing data and analysis pipelines";
    expect(withoutKeywordLists(`Drafted contracts for clients. ${list}`)).toBe(
      "Drafted contracts for clients.",
    );
    expect(proseUse(list, at(list, "Perl"))).toBeUndefined();
  });

  it("leaves sentences that enumerate what was used", () => {
    const closing = "Built sales dashboards with Python, SQL, Tableau and Excel.";
    expect(proseUse(closing, at(closing, "SQL"))).toBe(closing);
    const doing = "I built APIs, wrote tests, deployed services and monitored them in production.";
    expect(withoutKeywordLists(doing)).toBe(doing);
  });
});
