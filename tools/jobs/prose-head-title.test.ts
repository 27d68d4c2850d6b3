/**
 * Found trying `careercraft analyze` on a sales ad whose first line is a sentence (lead,
 * 2026-12-04): the verdict read "UNFIT for is searching for a Sales Manager with focus on the
 * and markets for" — a head line that says who is sought was taken whole as the title; "a
 * position as assistant professor" gave "Assistant"; "a highly qualified and motivated
 * administrator" kept the praise. Ads written here, with the reference ads' anonymisation
 * placeholders ("<ORGANIZATION>") where the bug needed them.
 */
import { describe, expect, it } from "vitest";
import { findTitle } from "./header.ts";

describe("the title named in a prose head line", () => {
  it.each([
    [
      "<ORGANIZATION> <ORGANIZATION> is searching for a Sales Manager with focus on the <LOCATION> and <LOCATION> markets .\nYou will grow our partner network .",
      "Sales Manager",
    ],
    [
      "The Faculty of Law has an opening for a position as assistant professor in tax law from 1 March.",
      "Assistant professor",
    ],
    [
      "The city library is seeking a highly qualified and motivated administrator for its lending service",
      "Administrator",
    ],
    [
      "The <ORGANIZATION> <ORGANIZATION> is recruiting a Research Assistant for a 12-month project on kelp forests",
      "Research Assistant",
    ],
  ])("%s", (ad, title) => {
    expect(findTitle(ad)).toBe(title);
  });

  it("keeps a head line that is a title", () => {
    expect(findTitle("Recruiting Coordinator\nWe hire 200 people a year.")).toBe("Recruiting Coordinator");
    expect(findTitle("Senior Sales Manager – Oslo\nYou will lead a team of six.")).toBe(
      "Senior Sales Manager",
    );
  });
});
