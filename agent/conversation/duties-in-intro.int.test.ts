/**
 * Issue 12 (chat12s): duties said in an intro ("I ran the night shift, trained new hires and did
 * inventory") are saved as the job's bullets, not said back as "not placed". Real conversation,
 * offline planner, each database. Messages written for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 240_000 });

describeEachDatabase("duties said in an intro (chat12s)", (getDb) => {
  const bed = offlineChatBed(getDb, "chat12s-duties");
  const stored = bed.profileOf;

  it("are the bullets of the job they were said with", async () => {
    const p = await bed.person();
    const turn = await p.say(
      "I've been a shift supervisor for 4 years, I ran the night shift, trained new hires and did inventory",
    );
    expect(turn.tools).toEqual(["add_profile_entry"]);
    const [job] = (await stored(p.who)).experience;
    expect(job?.title).toBe("Shift Supervisor");
    // "did" is a light verb: the duty is said with a full one (chat13u's duty-light-verb).
    expect(job?.bullets).toEqual(["Ran the night shift", "Trained new hires", "Performed inventory"]);
    expect(turn.text).toMatch(
      /duties under Shift Supervisor: ran the night shift, trained new hires and performed inventory/,
    );
    expect(turn.text).not.toMatch(/didn't place/);
  });
});
