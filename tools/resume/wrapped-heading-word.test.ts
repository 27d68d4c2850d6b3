/**
 * Text whose paragraph was wrapped by hand or by a converter leaves "skills." alone on a line
 * (resume14x's note; the PDF reader joins a wrapped paragraph itself): that word ends the
 * sentence, it is no SKILLS heading, and the section it stands in goes on. Resumes invented.
 */
import { describe, expect, it } from "vitest";
import { parseResumeText } from "./parse-text.ts";

const now = new Date("2026-12-01T00:00:00Z");

describe("a wrapped sentence's last word that is a heading word", () => {
  it.each([
    ["skills.", "Operations lead who builds calm teams and sharp processes, with strong planning and people"],
    [
      "experience",
      "Teacher of maths and physics whose lessons draw on a decade of hands-on engineering and industry",
    ],
  ])("reads '%s' after a line that runs on as the sentence's end", async (word, runOn) => {
    const r = await parseResumeText(
      [
        "Dana Whitfield",
        "dana@example.com",
        "SUMMARY",
        runOn,
        word,
        "Planned routes for 40 customers across Europe.",
        "EDUCATION",
        "BSc Logistics, 2014",
      ].join("\n"),
      { now },
    );
    expect(r.sections.map((s) => s.kind)).toEqual(["contact", "summary", "education"]);
  });

  it("still takes 'Skills' under a closed sentence as a heading", async () => {
    const r = await parseResumeText(
      [
        "Dana Whitfield",
        "dana@example.com",
        "SUMMARY",
        "Operations lead who builds calm teams.",
        "Skills",
        "Excel",
      ].join("\n"),
      { now },
    );
    expect(r.sections.map((s) => s.kind)).toEqual(["contact", "summary", "skills"]);
  });
});
