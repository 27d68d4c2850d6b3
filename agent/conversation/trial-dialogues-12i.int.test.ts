/**
 * Dialogue turns that depend on the turn before (issue 12, lead21), played through the
 * conversation entry on the offline planner and a real database: a company corrected right
 * after logging an application, a question about deleting asked before the yes, "and now?"
 * after ticking off a week, and the gaps asked for by name in other languages. Messages
 * written for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed, quickReplies, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 180_000 });

const RESUME = textAttachment(
  "resume.txt",
  [
    "Priya Raman",
    "priya.raman@example.com | Leeds, UK",
    "",
    "EXPERIENCE",
    "Retail Supervisor, Northgate Stores — 2019 to Present",
    "- Led a team of 8 and weekly stock counts; built sales reports in Excel",
    "",
    "EDUCATION",
    "BA Business Studies, University of Leeds, 2018",
    "",
    "SKILLS",
    "Excel, SQL, Customer Service, Scheduling",
  ].join("\n"),
);

describeEachDatabase("dialogue turns in context (issue 12, lead21)", (getDb) => {
  const bed = offlineChatBed(getDb, "trial12i");

  it("'sorry, I meant Figma, not Canva' right after logging Canva logs Figma instead (not a skill named Figma)", async () => {
    const p = await bed.person(RESUME);
    await p.say("I applied to Canva for a UX designer role last Monday");
    const fixed = await p.say("sorry, I meant Figma, not Canva");
    // Changed in place since 2026-12-05 (conv12n: the day, status and history stay).
    expect(fixed.tools).toEqual(["change_application"]);
    expect(fixed.calls[0]?.args).toMatchObject({ company: "Figma" });
    const listed = await p.say("show my applications");
    expect(listed.text).toMatch(/Figma/);
    expect(listed.text).not.toMatch(/Canva/);
    const skills = await p.say("show my skills");
    expect(skills.text).not.toMatch(/Figma/);
  });

  it("'no wait, it was product designer' corrects the role and keeps the company", async () => {
    const p = await bed.person(RESUME);
    await p.say("just applied at Monzo, UX researcher");
    const fixed = await p.say("no wait, it was product designer");
    // Changed in place since 2026-12-05 (conv12n): the company stays, the role is corrected.
    expect(fixed.calls).toEqual([
      { name: "change_application", args: expect.objectContaining({ position: "product designer" }) },
    ]);
    const listed = await p.say("show my applications");
    expect(listed.text).toMatch(/Monzo/);
    expect(listed.text).toMatch(/product designer/i);
  });

  it("a question about deleting is answered and the yes after it still deletes", async () => {
    const p = await bed.person(RESUME);
    const asked = await p.say("delete all my data");
    expect(asked.calls).toEqual([{ name: "delete_data", args: { confirm: false } }]);
    const scope = await p.say("hang on, does that include my applications too?");
    expect(scope.tools).toEqual([]);
    expect(scope.text).toMatch(/tracked applications/);
    expect(scope.text).toMatch(/can't be undone/);
    expect(quickReplies(scope).map((o) => o.text)).toEqual(["yes", "export my data", "cancel"]);
    const yes = await p.say("ok fine, go ahead");
    expect(yes.calls).toEqual([{ name: "delete_data", args: { confirm: true } }]);
    const profile = await p.say("show my profile");
    expect(profile.text).not.toMatch(/Priya/);
  });

  it("'und jetzt?' after ticking off a week shows the roadmap, it does not make a new one", async () => {
    const p = await bed.person(RESUME);
    await p.say("I want to become a data analyst");
    await p.say("make me a plan");
    await p.say("week 1 is done");
    for (const next of ["und jetzt?", "e agora?", "et maintenant ?"]) {
      const t = await p.say(next);
      // The roadmap shown, or (when the model is unsure of so short a line) the next step on it
      // with its week (next-step.ts); never a new roadmap.
      if (t.tools.length) expect(t.tools, next).toEqual(["show_roadmap"]);
      else expect(t.text, next).toMatch(/week \d+ of your roadmap/);
    }
  });

  it.each([
    ["quelles sont mes lacunes pour ce poste ?"],
    ["me mostra as minhas lacunas"],
    ["welche Lücken habe ich denn noch?"],
  ])("'%s' after a verdict lists every gap", async (asked) => {
    const p = await bed.person(RESUME);
    await p.say("I want to become a data analyst");
    await p.say("am I a fit?");
    const t = await p.say(asked);
    expect(t.calls).toEqual([{ name: "explain_gap", args: {} }]);
    expect(t.text).toMatch(/you're missing/);
  });
});
