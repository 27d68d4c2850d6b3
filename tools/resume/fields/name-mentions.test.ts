import { describe, expect, it } from "vitest";
import type { FoundSkill } from "../skills-port.ts";
import { withNameMentions } from "./name-mentions.ts";

const listed = (name: string, at: number): FoundSkill => ({
  id: name.toLowerCase(),
  name,
  type: "technical",
  category: "tool",
  unrecognised: true,
  spans: [{ start: at, end: at + name.length, text: name }],
});

describe("withNameMentions", () => {
  const text =
    "- Outreach to 40 schools each term.\n- Logged calls in Outreach and Gong daily\nSkills: Outreach, Gong, teamwork";
  const skillsAt = text.indexOf("Skills:");
  const job = { start: 0, end: skillsAt };

  it("finds a listed unknown tool again inside a job, as written, not where it opens a sentence", () => {
    const [outreach] = withNameMentions(
      text,
      [listed("Outreach", text.indexOf("Outreach", skillsAt))],
      [job],
    );
    expect(outreach!.spans.map((s) => s.start)).toEqual([
      text.indexOf("Outreach and"),
      text.indexOf("Outreach", skillsAt),
    ]);
  });

  it("leaves known skills and lowercase names (ordinary words) as they were", () => {
    const teamwork = listed("teamwork", text.indexOf("teamwork"));
    const known = { ...listed("Gong", text.indexOf("Gong", skillsAt)), unrecognised: undefined };
    const [a, b] = withNameMentions(text, [teamwork, known], [{ start: 0, end: text.length }]);
    expect(a).toBe(teamwork);
    expect(b).toBe(known);
  });
});
