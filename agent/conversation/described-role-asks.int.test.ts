/**
 * Found trying the chat (lead29): "I want to become a sous chef" answered "I used the typical
 * requirements for it — 0 required skills", and the next "am I a fit?" was decided on three of
 * the trade's duties ("Cook fish", …). The new-target reply counts and names every ask the
 * analysis will weigh — the trade's duties as well as taxonomy skills — in plain words.
 */
import { expect, it } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

describeEachDatabase("a described role's asks said when it is set", (getDb) => {
  const bed = offlineChatBed(getDb, "described-asks");

  it("names a trade's duties instead of '0 required skills'", async () => {
    const p = await bed.person();
    const set = await p.say("I want to become a sous chef");
    expect(set.tools).toContain("set_dream_job");
    expect(set.text).not.toMatch(/\b0 required skills?\b|\b0 typical requirements\b/);
    const said = set.text.match(/(\d+) typical requirements? \(([^)]+)\)/);
    expect(Number(said?.[1])).toBeGreaterThan(0);
    // In plain words: "Cook fish", not the role data's "Able to cook fish".
    expect(said?.[2]).not.toMatch(/Able to/);
    const fit = await p.say("am I a fit?");
    expect(fit.tools).toContain("analyze_fit");
  });
});
