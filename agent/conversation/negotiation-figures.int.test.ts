/**
 * Trial F9.5 and F19.4 through the real conversation (offline planner, PGlite and
 * PostgreSQL): salary advice answers the figures the person gives — where an offer sits in
 * the band they were told and a counter inside it, the rise over what they earn now, an
 * offer read against the target ad's own range — and an hourly expectation without a
 * currency is stored. No figure the person or the ad did not give (or that is not computed
 * from theirs) is said. Messages and the ad are written for this test.
 */
import { expect, it } from "vitest";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

const AD = `Warehouse Team Lead — Northgate Logistics (Columbus, OH)
We run a regional distribution centre for grocery chains.
Requirements
- 2+ years leading a shift in a warehouse
- Forklift certification
Pay: $21 - $27 per hour`;

describeEachDatabase("salary advice on the person's own figures (trial F9.5, F19.4)", (getDb) => {
  const bed = offlineChatBed(getDb, "neg");

  it("an offer inside a band gets its place in the band and a counter inside it", async () => {
    const { say } = await bed.person();
    const r = await say("they offered me 118k and the band is 110-135, should I negotiate?");
    expect(r.tools).toEqual([]);
    expect(r.text).toMatch(/offer of 118k is in the lower half of the band of 110k-135k/);
    expect(r.text).toMatch(/counter of 130k-135k/);
    // The general "find the range from two or three sources" is for a question without figures.
    expect(r.text).not.toMatch(/two or three sources/);
  });

  it("what they think of asking is compared with what they earn now (Hindi in Latin script)", async () => {
    const { say } = await bed.person();
    const r = await say("salary kitna maangu? 9 LPA theek hai? mera current ctc 6 LPA hai");
    expect(r.tools).toEqual([]);
    expect(r.text).toMatch(/9 LPA is a 50% rise on the 6 LPA you earn now/);
  });

  it("an offer is read against the target ad's own range", async () => {
    const { say } = await bed.person();
    expect((await say(AD)).tools).toEqual(["set_dream_job"]);
    const r = await say("they offered me 22 an hour, how do I negotiate?");
    expect(r.tools).toEqual([]);
    expect(r.text).toMatch(/offer of 22 USD is in the lower half of the ad's range of 21-27 USD/);
  });

  it('"I want at least 25 an hour" is stored as an hourly expectation', async () => {
    const p = await bed.person();
    const r = await p.say("I want at least 25 an hour");
    expect(r.tools).toEqual(["set_preferences"]);
    const user = await createUsersRepository(getDb()).resolveIdentity(p.who);
    const { preferences } = await createProfileRepository(getDb()).load(user.id);
    expect(preferences).toMatchObject({ salaryMin: 25, salaryPeriod: "hour" });
  });
});
