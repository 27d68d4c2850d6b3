/**
 * The employer scorer saw only the lines right beside a piece, so an employer alone on its
 * line with its title two lines below, across a place line, looked like any other capitalised
 * line (training split, branch resume14o's miss study). The window reaches past the next line.
 */
import { describe, expect, it } from "vitest";
import { employerCandidates } from "./employer-candidates.ts";
import { isPlaceLine } from "./employer-layout-window.ts";

// Invented resume: employer / place / title / dates, then a line of another kind.
const TEXT = [
  "Work History",
  "Cedar Hollow Hardware",
  "Bowling Green, Kentucky",
  "Customer Service Associate",
  "May 2016 - June 2019",
  "Greeted shoppers and kept the paint aisle stocked",
  "Riverbend Press",
  "Proofread weekly inserts for local advertisers",
].join("\n");
const at = (s: string) => TEXT.indexOf(s);
const candidates = () =>
  employerCandidates({
    text: TEXT,
    sections: [
      {
        kind: "experience",
        heading: "Work History",
        startLine: 1,
        endLine: 8,
        start: at("Cedar"),
        end: TEXT.length,
      },
    ],
    spans: [],
    jobs: [],
    experience: [],
  });
const line = (raw: string, extra: { hasDate?: boolean; titleLike?: boolean } = {}) => ({
  raw,
  blanked: raw,
  hasDate: false,
  titleLike: false,
  words: raw.split(/\s+/).filter(Boolean).length,
  ...extra,
});

describe("the employer scorer's layout window", () => {
  it("sees a title two lines below, across a place line", () => {
    const c = candidates().find((x) => x.text === "Cedar Hollow Hardware")!;
    expect(c.features).toContain("titleReach=none|2");
    expect(c.features).toContain("titleReach=whole|none|2");
  });

  it("does not reach across a line of another kind", () => {
    const c = candidates().find((x) => x.text === "Riverbend Press")!;
    expect(c.features).toContain("titleReach=none|none");
    expect(c.features).not.toContain("titleReach=whole|none|2");
  });

  it("reads a place line, and not a title or a sentence, as a place", () => {
    expect(isPlaceLine(line("Bowling Green, Kentucky"))).toBe(true);
    expect(isPlaceLine(line("Austin, TX"))).toBe(true);
    expect(isPlaceLine(line("Pune"))).toBe(true);
    expect(isPlaceLine(line("Store Manager, Austin, TX", { titleLike: true }))).toBe(false);
    expect(isPlaceLine(line("Greeted shoppers in Austin and kept the aisle stocked"))).toBe(false);
  });
});
