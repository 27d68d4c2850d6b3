/**
 * Roadmaps in chat as a new user tried them (issue 12 trial, items 17, 20 and 21), through the
 * real conversation entry with the offline planner on PGlite and PostgreSQL:
 * - "done with the first item of week 1" marked the whole week ("Week 1 is marked done");
 *   it marks that one line, and the card and the reply count the same;
 * - "show week 2" answered "Week 2 of 8" over a card of weeks 1-4; the card opens at week 2;
 * - "gimme a roadmap but im busy, 2 hrs a week max" was 80 weeks; it is a plan of at most 26
 *   weeks that says what did not fit.
 * The resume, the ad and the messages are written for this test.
 */
import { expect, it, vi } from "vitest";
import { roadmapCard } from "../../channels/core/cards/from-parts.ts";
import type { RoadmapPart } from "../../contract/conversation.ts";
import { offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

const RESUME = `Priya Nair
priya.nair@example.org | Leeds, UK

EXPERIENCE
Office Coordinator, Northgate Builders, Leeds — March 2019 to Present
- Kept the site schedules and supplier invoices in Excel for 4 project managers
- Wrote the weekly status email and meeting notes

SKILLS
Excel, Outlook, Word`;

const AD = `Junior Data Analyst
Requirements
- SQL for reporting (joins, grouping)
- Python with pandas for cleaning data
- Tableau or Power BI dashboards
- Statistics basics`;

const LIMITS = { maxButtons: 40, maxElementChars: 400, maxButtonLabel: 30, maxActionChars: 300 };

vi.setConfig({ testTimeout: 180_000 });

const roadmapOf = (parts: { type: string }[]) => parts.find((p) => p.type === "roadmap") as RoadmapPart;
const cardWeeks = (part: RoadmapPart) =>
  roadmapCard(part, LIMITS)
    .elements.flatMap((e) => (e.kind === "text" ? [e.text.match(/^\*\*Week (\d+)\*\*/)?.[1]] : []))
    .filter(Boolean)
    .map(Number);

describeEachDatabase("roadmap lines and weeks in chat (issue 12 trial)", (getDb) => {
  const bed = offlineChatBed(getDb, "roadmap-lines");
  const person = async () => {
    const p = await bed.person(textAttachment("priya.txt", RESUME));
    expect((await p.say(`am I a fit for this job?\n\n${AD}`)).tools).toContain("analyze_fit");
    return p;
  };

  it('"done with the first item of week 1" marks that line, not the week; card and reply agree', async () => {
    const p = await person();
    const plan = await p.say("make me a roadmap, 3 hours a week");
    expect(plan.tools).toEqual(["create_roadmap"]);
    const week1 = roadmapOf(plan.parts).weeks[0]!;
    expect(week1.items.length).toBeGreaterThan(1);

    const first = await p.say("done with the first item of week 1");
    expect(first.calls).toEqual([{ name: "record_progress", args: { week: 1, line: 1 } }]);
    expect(first.text).not.toMatch(/Week 1 is marked done/);
    const card = roadmapOf(first.parts);
    const ticked = card.weeks[0]!.items.map((i) => i.done);
    expect(ticked[0]).toBe(true);
    expect(ticked.slice(1).every((d) => !d)).toBe(true);
    const done = card.weeks.flatMap((w) => w.items).filter((i) => i.done).length;
    expect(done).toBe(1);
    expect(first.text).toMatch(/\b1 of \d+ items complete/);

    const second = await p.say("ticked off item 2");
    expect(second.calls).toEqual([{ name: "record_progress", args: { week: 1, line: 2 } }]);
    const after = roadmapOf(second.parts).weeks[0]!.items.map((i) => i.done);
    expect(after.slice(0, 2)).toEqual([true, true]);
    expect(second.text).toMatch(/\b2 of \d+ items complete/);
  });

  it('"show week 2" shows week 2 on the card, not weeks 1-4 again', async () => {
    const p = await person();
    const plan = await p.say("make me a roadmap, 2 hours a week");
    expect(roadmapOf(plan.parts).weeks.length).toBeGreaterThan(6);
    const shown = await p.say("show week 5");
    expect(shown.calls).toEqual([{ name: "show_roadmap", args: { week: 5 } }]);
    expect(shown.text).toMatch(/^Week 5 of \d+/);
    expect(cardWeeks(roadmapOf(shown.parts))[0]).toBe(5);
    // Without a week asked, the card opens at week 1 as before.
    expect(cardWeeks(roadmapOf((await p.say("show my roadmap")).parts))[0]).toBe(1);
  });

  it('"gimme a roadmap but im busy, 2 hrs a week max" is a plan of at most 26 weeks that says what did not fit', async () => {
    const p = await person();
    const plan = await p.say("gimme a roadmap but im busy, 2 hrs a week max");
    expect(plan.calls).toEqual([{ name: "create_roadmap", args: { hoursPerWeek: 2 } }]);
    const weeks = Number(plan.text.match(/(\d+) weeks? at 2 hours a week/)?.[1]);
    expect(weeks).toBeGreaterThan(0);
    expect(weeks).toBeLessThanOrEqual(26);
    expect(roadmapOf(plan.parts).weeks.length).toBe(weeks);
  });
});
