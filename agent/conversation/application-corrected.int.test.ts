/**
 * A logged application corrected in chat a few messages on, in words and in other languages
 * (issue 12): the tracker's application changes in place — company, role or day — and one the
 * person does not track changes nothing and is said back. Messages written for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 240_000 });

describeEachDatabase("an application corrected later in chat (issue 12)", (getDb) => {
  const bed = offlineChatBed(getDb, "corrected");
  const listed = async (say: (t: string) => Promise<{ parts: unknown }>) =>
    JSON.stringify((await say("show my applications")).parts);

  it("company, role and day are put right in place; an application not tracked changes nothing", async () => {
    const p = await bed.person();
    await p.say("I applied to Stripe for software engineer yesterday");
    expect(await listed(p.say)).toMatch(/Stripe/);

    const company = await p.say("I mixed them up, that application was with Adyen not Stripe");
    expect(company.calls.map((c) => c.name)).toEqual(["change_application"]);
    const afterCompany = await listed(p.say);
    expect(afterCompany).toMatch(/Adyen/);
    expect(afterCompany).not.toMatch(/Stripe/);

    const role = await p.say("sorry it was the data analyst role not the engineer one");
    expect(role.calls).toEqual([
      { name: "change_application", args: { application: expect.any(String), position: "data analyst" } },
    ]);
    expect((await listed(p.say)).toLowerCase()).toMatch(/data analyst/);

    const day = await p.say("en realidad apliqué el martes");
    expect(day.calls.map((c) => c.name)).toEqual(["change_application"]);
    expect(day.text).toMatch(/\(was \d{4}-\d{2}-\d{2}\)/);

    const before = await listed(p.say);
    const unknown = await p.say("I mixed them up, that application was with Revolut not Klarna");
    expect(unknown.calls).toEqual([]);
    expect(unknown.text).toMatch(/don't track an application to "Klarna".*haven't changed anything/);
    expect(await listed(p.say)).toEqual(before);

    const someoneElse = await p.say("no wait, the Adyen one was my friend's application, not mine");
    expect(someoneElse.calls).toEqual([]);
    expect(someoneElse.text).toMatch(/only track your own applications/);
    expect(await listed(p.say)).toEqual(before);
  });
});
