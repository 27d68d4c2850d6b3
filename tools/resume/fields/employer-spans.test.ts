import { describe, expect, it } from "vitest";
import { parseResumeText } from "../parse-text.ts";
import { employerSpans, insideEmployer } from "./employer-spans.ts";

const now = new Date("2026-12-01T00:00:00Z");

// Invented resume: an employer whose name is also a tool's, named again in a skills line.
const TEXT = [
  "Priya Raman",
  "EXPERIENCE",
  "Database Administrator, Oracle Solutions India",
  "June 2018 - May 2023",
  "- Tuned Oracle 19c and PostgreSQL for the billing team",
  "SKILLS",
  "Oracle, PostgreSQL, worked at oracle solutions india on billing",
].join("\n");

describe("employer spans", () => {
  it("finds every whole-word mention of the parsed employers, and not a tool inside other text", async () => {
    const parsed = await parseResumeText(TEXT, { now, skills: null });
    expect(parsed.experience.map((e) => e.company)).toEqual(["Oracle Solutions India"]);
    const spans = employerSpans(parsed.text, parsed.experience);
    expect(spans.map((s) => parsed.text.slice(s.start, s.end))).toEqual([
      "Oracle Solutions India",
      "oracle solutions india",
    ]);
    const tool = parsed.text.indexOf("Oracle 19c");
    expect(insideEmployer(spans, tool, tool + "Oracle".length)).toBe(false);
    const named = parsed.text.indexOf("Oracle Solutions India") + "Oracle ".length;
    expect(insideEmployer(spans, named, named + "Solutions".length)).toBe(true);
  });

  it("keeps the longer name whole when one employer's name holds another's", () => {
    const text = "Acme at Acme Robotics GmbH, then Acme";
    const spans = employerSpans(text, [{ company: "Acme" }, { company: "Acme Robotics GmbH" }, {}]);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.company])).toEqual([
      ["Acme", "Acme"],
      ["Acme Robotics GmbH", "Acme Robotics GmbH"],
      ["Acme", "Acme"],
    ]);
  });
});
