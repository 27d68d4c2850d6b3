/**
 * Issue 13, licensed professions, through the real conversation (offline planner, PGlite and
 * PostgreSQL). Found by a new-user trial: a registered nurse (BSN, about ten years) who wants
 * to become a nurse practitioner was told FIT 82%, her ten years "making up" the master's, and
 * got a roadmap of EHR tools only.
 */
import { expect, it } from "vitest";
import { offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

// A nurse's resume written for this test.
const RESUME = `Jordan Avery
jordan.avery@example.org

Experience
Staff Nurse, Cardiac Step-Down Unit — Lakeside General Hospital
March 2015 – Present
- Monitored telemetry patients and escalated rhythm changes to the rapid response team
- Started peripheral IVs and managed heparin infusions

Education
Bachelor of Science in Nursing, Lakeside University, 2014

Licenses & Certifications
Registered Nurse, State Board of Nursing
BLS; ACLS

Skills
IV therapy, telemetry, patient education, Epic
`;

describeEachDatabase("a registered nurse who wants to become a nurse practitioner (issue 13)", (getDb) => {
  const bed = offlineChatBed(getDb, "lic");

  it("is UNFIT with the master's as a high gap, and the roadmap starts with the degree and the licence", async () => {
    const p = await bed.person(textAttachment("nurse.txt", RESUME));
    await p.say("I want to become a nurse practitioner");
    const fit = await p.say("am I a fit?");
    expect(fit.tools).toEqual(["analyze_fit"]);
    expect(fit.text).toMatch(/UNFIT for Nurse Practitioner/);
    expect(fit.text).toMatch(/master degree/);
    const plan = await p.say("make me a roadmap");
    const card = plan.parts.find((part) => part.type === "roadmap");
    expect(card?.type).toBe("roadmap");
    if (card?.type !== "roadmap") return;
    const first = card.weeks[0]!.items[0]!.text;
    expect(first).toMatch(/^Master's degree — .*about 2 years full time.*long multi-week item/);
    const items = card.weeks.flatMap((w) => w.items.map((i) => i.text));
    expect(items.findIndex((t) => t.startsWith("Nurse Practitioner licence"))).toBeLessThan(
      items.findIndex((t) => /eClinicalWorks|MEDITECH|Epic/.test(t)),
    );
  });
});
