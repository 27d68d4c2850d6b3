/**
 * A background said beside the job wanted, with a resume already loaded (issue 12, chat12q),
 * through the real conversation on the offline planner. Before: the clause was dropped ("I've
 * been a line cook 6 years and want to be a sous chef" set the target only), or sent to the
 * entry tool, which failed with "couldn't read that as an experience" (no employer named).
 * Then (chat12q) the target was set and the background recorded beside the resume's facts; now
 * (conv17u, the outside splits' convention) the target alone, unless the job is told as an addition.
 */
import { expect, it, vi } from "vitest";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 240_000 });

// A resume written for this test.
const RESUME = `Marisol Okafor
Tacoma, WA · marisol.okafor@example.org

EXPERIENCE
Line Cook — Pier 9 Kitchen, Tacoma, WA
2019 - 2025
- Worked the grill and fry stations on a 150-cover dinner service
- Trained two new prep cooks on station setup

Dishwasher — Elm Street Cafe, Olympia, WA
2017 - 2019
- Kept the dish pit and walk-in cooler clean during busy brunch shifts

SKILLS
Food Safety, Inventory Management, Menu Planning, Customer Service

EDUCATION
Culinary Arts Certificate, Clover Park Technical College, 2019
`;

describeEachDatabase("a background beside a wish, with a resume loaded (chat12q)", (getDb) => {
  const bed = offlineChatBed(getDb, "chat12q-bg");
  const roles = async (who: { channel: string; externalId: string }) => {
    const user = await createUsersRepository(getDb()).resolveIdentity(who);
    const profile = await createProfileRepository(getDb()).load(user.id);
    return profile.experience.map((e) => e.title);
  };

  // conv17u: every outside conversation split (blind12..16) labels a background told beside the
  // job wanted set_dream_job alone; with a resume loaded the job held is the reason for the wish.
  it("the target is set alone, nothing of the resume changes", async () => {
    const p = await bed.person(textAttachment("resume.txt", RESUME));
    const before = await roles(p.who);
    expect(before).toHaveLength(2);
    const turn = await p.say("I've been a line cook for 6 years and I want to become a sous chef");
    expect(turn.tools).toEqual(["set_dream_job"]);
    expect(turn.text).not.toMatch(/no resume needed|counted back|Saved to your profile/i);
    expect(turn.text).toMatch(/Sous Chef/);
    expect(await roles(p.who)).toEqual(before);
  });

  it("a new job said in its own sentence beside a fit question is saved, not failed at the entry tool", async () => {
    const p = await bed.person(textAttachment("resume.txt", RESUME));
    const turn = await p.say(
      "could I realistically become a restaurant manager? I worked 3 years as a barista too. check my fit",
    );
    expect(turn.tools).toContain("set_dream_job");
    expect(turn.tools).toContain("analyze_fit");
    // The background is add_profile_entry's background form (told-background-call.ts); no entry read from the sentence.
    expect(turn.calls.filter((c) => c.name === "add_profile_entry" && !c.args.background)).toEqual([]);
    expect(turn.calls.find((c) => c.name === "add_profile_entry")?.args.background).toMatchObject({
      roles: [{ title: "Barista", months: 36 }],
    });
    expect(turn.text).not.toMatch(/couldn't read that/i);
    expect(turn.text).toMatch(/Saved to your profile from what you told me — experience: Barista/);
    const after = await roles(p.who);
    expect(after).toHaveLength(3);
    expect(after).toEqual(expect.arrayContaining(["Line Cook", "Barista"]));
  });
});
