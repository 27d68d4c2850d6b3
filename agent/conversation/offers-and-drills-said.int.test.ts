/**
 * Offers and asks for a drill as a new user said them (trial13 finding 11): an offer said with
 * its role right after logging another application was tracked as "applied" with no role; a
 * status corrected ("X is an offer not applied") was refused as "already tracked"; "drill me
 * for the <company> phone screen" moved that application's status instead of starting
 * practice. Companies and messages written for this test.
 */
import { expect, it } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

describeEachDatabase("offers and drills as said (issue 12, apps13u)", (getDb) => {
  const bed = offlineChatBed(getDb, "apps13u-offer");

  it("an offer said after logging another application is an offer, with the role said", async () => {
    const p = await bed.person();
    await p.say("I applied to Kestrel Maps for frontend developer last week");
    const r = await p.say("and Lumen Freight gave me an offer!! data engineer");
    expect(r.text).toMatch(/Lumen Freight/);
    expect(r.text).toMatch(/offer/i);
    const list = await p.say("show my applications");
    expect(list.text).toMatch(/Data Engineer at Lumen Freight — offer/i);
  });

  it("'<company> is an offer not applied' moves its status to offer", async () => {
    const p = await bed.person();
    await p.say("I applied to Harbin Row for project coordinator yesterday");
    const r = await p.say("Harbin Row is an offer, not applied");
    expect(r.tools).toContain("update_application_status");
    expect(r.text).toMatch(/applied → offer/);
  });

  it("'drill me for the <company> phone screen' starts practice, and changes no status", async () => {
    const p = await bed.person();
    await p.say("I applied to Pellston Analytics for data analyst on monday");
    await p.say("Pellston Analytics wants a phone screen on friday at 11am");
    const r = await p.say("can you drill me for the pellston phone screen? sql stuff");
    expect(r.tools).not.toContain("update_application_status");
    expect(r.calls).toContainEqual({
      name: "practice_question",
      args: { application: "Pellston Analytics" },
    });
    expect(r.text).toMatch(/question/i);
    expect((await p.say("show my applications")).text).toMatch(/Pellston Analytics — phone screen/i);
  });
});
