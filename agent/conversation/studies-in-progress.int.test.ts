/**
 * Issue 12 (chat12s): studies under way said in chat ("a sophomore studying biology", "final
 * year of a BSc in nursing", "doing a part-time MBA, graduating 2027") are saved as education in
 * progress, with field, level and expected end — before, the first read as nothing and the
 * second as a degree held (and the in-progress flag was not stored at all). Real conversation,
 * offline planner, each database. Messages written for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 240_000 });

describeEachDatabase("studies in progress said in chat (chat12s)", (getDb) => {
  const bed = offlineChatBed(getDb, "chat12s-studies");
  const stored = bed.profileOf;

  it("each is an education entry in progress with its field, level and expected end", async () => {
    const p = await bed.person();
    const first = await p.say("im a sophomore studying biology");
    expect(first.text).toMatch(/in progress, expected \d{4}/);
    await p.say("I'm in my final year of a BSc in nursing");
    await p.say("doing a part-time MBA, graduating 2027");
    const education = (await stored(p.who)).education;
    expect(education).toHaveLength(3);
    expect(education.every((e) => e.inProgress === true)).toBe(true);
    expect(education[0]).toMatchObject({ field: "Biology", level: "bachelor" });
    expect(education[1]).toMatchObject({ field: "Nursing", level: "bachelor" });
    expect(education[2]).toMatchObject({ level: "master", end: "2027" });
    const shown = await p.say("show my profile");
    expect(JSON.stringify(shown.parts)).toMatch(/in progress, expected 2027/);
  });
});
