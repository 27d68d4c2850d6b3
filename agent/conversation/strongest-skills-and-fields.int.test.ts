/**
 * Found trying the product (issue 12, blind3 writer's trial): "what are my strongest skills?"
 * listed the skills alphabetically (finding 4), and "what is instructional design about" set that
 * sentence as the target job (finding 9). Messages and resume written for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 180_000 });

const RESUME = textAttachment(
  "resume.txt",
  [
    "Dana Okafor",
    "dana.okafor@example.com | Leeds, UK",
    "",
    "EXPERIENCE",
    "Data Analyst, Harbour Freight Ltd — 2018 to Present",
    "- Built Tableau dashboards and SQL models for the sales team every week",
    "- Automated monthly reporting in Python",
    "",
    "SKILLS",
    "Airtable, Asana, Python, SQL, Tableau",
  ].join("\n"),
);

describeEachDatabase("strongest skills and fields asked about (issue 12)", (getDb) => {
  const bed = offlineChatBed(getDb, "strongest");

  it("'what are my strongest skills?' lists the ones experience backs first, not A to Z", async () => {
    const p = await bed.person(RESUME);
    const turn = await p.say("what are my strongest skills?");
    expect(turn.calls).toEqual([{ name: "show_skills", args: { strongest: true } }]);
    const top = /Your strongest skills: ([^—]+)/.exec(turn.text)?.[1] ?? "";
    expect(top).toMatch(/SQL|Tableau|Python/);
    expect(top).not.toMatch(/Airtable|Asana/);
    const card = JSON.stringify(turn.parts);
    expect(card.indexOf("Airtable")).toBeGreaterThan(card.indexOf("SQL"));
  });

  it("'what is instructional design about' tells what the work is and sets no target", async () => {
    const p = await bed.person(RESUME);
    const turn = await p.say("what is instructional design about");
    expect(turn.calls).toEqual([]);
    expect(turn.text).toMatch(/What an Instructional Designer/);
    const profile = await p.say("what's my target job?");
    expect(profile.text).not.toMatch(/what is instructional design about/i);
  });
});
