/**
 * Wrong turns found trying the chat as new users (branch conv12h): a restaurant manager moving
 * into project management, typing Spanish and English; a computer-science student referring
 * back. Played through the conversation entry with the offline planner, so the dialogue state
 * carried between turns (the company asked for, the roadmap's budget) is what is tested.
 * Messages written for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 180_000 });

const RESUME = textAttachment(
  "resume.txt",
  [
    "Lucía Ortega",
    "lucia.ortega@example.com | Monterrey, Mexico",
    "",
    "EXPERIENCE",
    "Restaurant Manager, Casa Norte — 2016 to Present",
    "- Ran a team of 20 and weekly schedules; cut food costs 10% renegotiating suppliers",
    "- Owned a $900K yearly budget and monthly reports in Excel",
    "",
    "EDUCATION",
    "Licenciatura en Administración, Universidad de Monterrey, 2015",
    "",
    "SKILLS",
    "Excel, Budgeting, Scheduling, Team Leadership, Customer Service",
  ].join("\n"),
);

describeEachDatabase("new-user trials (issue 12, conv12h)", (getDb) => {
  const bed = offlineChatBed(getDb, "trial12h");

  it("'apliqué a una startup para …' asks which startup, and the answer logs it with the role and day kept", async () => {
    const p = await bed.person(RESUME);
    const asked = await p.say("aplique a una startup para project coordinator ayer");
    expect(asked.tools).toEqual([]);
    expect(asked.text).toContain("Which startup was it?");
    const named = await p.say("es Kueski");
    expect(named.calls).toEqual([
      {
        name: "add_application",
        args: { company: "Kueski", position: "project coordinator", appliedOn: "yesterday" },
      },
    ]);
    const same = await p.say("y tambien a Wizeline, mismo puesto");
    expect(same.calls[0]?.args.company).toBe("Wizeline");
    expect(String(same.calls[0]?.args.position).toLowerCase()).toBe("project coordinator");
  });

  it("'mismo puesto' with no role logged before is not a role named 'Mismo Puesto'", async () => {
    const p = await bed.person(RESUME);
    const t = await p.say("apliqué a Wizeline, mismo puesto");
    expect(JSON.stringify(t.calls)).not.toMatch(/mismo puesto/i);
  });

  it("a roadmap for another role keeps the hours a week said for the first", async () => {
    const p = await bed.person(RESUME);
    await p.say("quiero ser project manager");
    await p.say("am i a fit?");
    const first = await p.say("ok make me a plan, I have like 5 hrs a week");
    expect(first.calls[0]).toMatchObject({ name: "create_roadmap", args: { hoursPerWeek: 5 } });
    const other = await p.say("what if I went for operations manager instead");
    expect(other.tools).toEqual(["set_dream_job"]);
    const second = await p.say("make me a roadmap for that");
    expect(second.tools).toEqual(["create_roadmap"]);
    expect(second.text).toMatch(/\b5 hours a week/);
  });
});
