/**
 * Wrong turns found trying the product as new users (issue 12, trial12d), played through the
 * conversation entry with the offline planner on PGlite and PostgreSQL. Messages written for this test.
 */
import { expect, it } from "vitest";
import { offlineChatBed, quickReplies } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

describeEachDatabase("new-user trials (issue 12, trial12d)", (getDb) => {
  const bed = offlineChatBed(getDb, "trial12d");

  it("'no, the other one' among three applications asks which with quick replies; the choice moves it", async () => {
    const p = await bed.person();
    await p.say("I applied to Orla Foods for a buyer job");
    await p.say("I applied to Penn Freight for a dispatcher job");
    await p.say("I applied to Tarn Media for a copywriter job");
    await p.say("Penn Freight invited me to a phone screen");
    const asked = await p.say("no, the other one");
    expect(asked.tools).toEqual([]);
    expect(asked.text).toMatch(/Which one did you mean: (?=.*Orla Foods)(?=.*Tarn Media)/);
    const choice = quickReplies(asked).find((o) => /Tarn/.test(String(o.label)));
    expect(choice).toBeDefined();
    const moved = await p.say(String(choice?.text ?? choice?.label));
    expect(moved.text).toMatch(/Tarn Media.*phone screen/i);
    const list = await p.say("show my applications");
    expect(list.text).toMatch(/Penn Freight[^\n]*applied/i);
  });

  it("'cancel that' right after the reminders list stops that reminder", async () => {
    const p = await bed.person();
    await p.say("I applied to Orla Foods for a buyer job");
    await p.say("remind me to follow up with Orla Foods in 5 days");
    await p.say("show my reminders");
    const r = await p.say("cancel that");
    expect(r.tools).toEqual(["cancel_reminder"]);
    expect((await p.say("show my reminders")).text).not.toMatch(/Orla/);
  });

  it("a bare role after an offer from an untracked company names the role of the application it logged", async () => {
    const p = await bed.person();
    await p.say("I applied to Orla Foods for a buyer job");
    // Since apps12n the news logs the application at that stage (trial F16.3), asking the role.
    expect((await p.say("got an offer from Penn Freight!!")).text).toMatch(/Logged Penn Freight at offer/);
    const r = await p.say("junior dispatcher");
    expect(r.tools).toEqual(["change_application"]);
    expect((await p.say("show my applications")).text).toMatch(/Junior Dispatcher at Penn Freight — offer/i);
  });
});
