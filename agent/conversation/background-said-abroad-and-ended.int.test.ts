/**
 * conv19u, the agent end to end (trial18 §12, §13 and the activities said abroad): a German
 * nursing assistant's job is saved under the role data's title, not her words; a job lost is
 * answered kindly, the role saved as ended and nothing said back as "not placed"; a workplace
 * with its city is no skill. Messages written for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 180_000 });

describeEachDatabase("backgrounds said abroad and jobs ended (conv19u)", (getDb) => {
  const bed = offlineChatBed(getDb, "background19u");

  it("a job said in German with its years is saved under its English title", async () => {
    const p = await bed.person();
    const told = await p.say("ich arbeite seit 6 Jahren als Pflegehelferin in einem Altenheim");
    expect(told.tools).toEqual(["add_profile_entry"]);
    expect(told.calls[0]!.args.background).toMatchObject({
      roles: [{ title: "Nursing Assistant", months: 72 }],
    });
    expect(told.text).toMatch(/Nursing Assistant/);
    expect(told.text).not.toMatch(/Pflegehelferin/);
  });

  it("a job lost is answered kindly and saved as ended, nothing said back as unplaced", async () => {
    const p = await bed.person();
    const told = await p.say(
      "I was a warehouse supervisor at a distribution centre for 8 years, scheduling and safety audits, got laid off 2 months ago",
    );
    expect(told.tools).toEqual(["add_profile_entry"]);
    expect(told.text).toMatch(/sorry about the job/i);
    expect(told.text).not.toMatch(/didn.t place[^.]*laid off/i);
    expect(told.calls[0]!.args.background).toMatchObject({ roles: [{ current: false, endedMonthsAgo: 2 }] });
  });

  it("a hotel and its city are no skill", async () => {
    const p = await bed.person();
    const told = await p.say(
      "soy recepcionista desde hace 4 años en un hotel de Valencia, Excel y Opera PMS",
    );
    expect(told.tools).toEqual(["add_profile_entry"]);
    expect(told.text).not.toMatch(/hotel de Valencia|Valencia \(/);
  });
});
