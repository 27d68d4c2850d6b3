/**
 * Found by the new-user trial (issue 12, trial-findings F21.1, F10.5): "how long does it take to become
 * a nurse practitioner?" set that role as the target and ran a verdict, the question unanswered.
 * A question about the way into a role is answered from the role data (education, years,
 * licences) and setting the target is only offered. "How do I explain the gap on my resume?" got
 * resume layout advice: it gets career-gap advice with the break the profile shows. Messages
 * written for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed, quickReplies } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 180_000 });

describeEachDatabase("questions that must not change the target (issue 12, chat12o)", (getDb) => {
  const bed = offlineChatBed(getDb, "role-questions");

  it("how long it takes to become a role is answered, the target offered and left alone", async () => {
    const p = await bed.person();
    await p.say("I'm a registered nurse with 4 years on a cardiac unit");
    await p.say("I want to be a nurse manager");
    const asked = await p.say("how long would it take me to become a nurse practitioner?");
    expect(asked.tools).toEqual([]);
    expect(asked.text).toMatch(/master's degree/);
    expect(asked.text).toMatch(/Registered Nurse licence, then the Nurse Practitioner licence/);
    expect(asked.text).toMatch(/haven't changed your target/);
    expect(quickReplies(asked).map((q) => q.text)).toContain("I want to be a Nurse Practitioner");
    const fit = await p.say("am i a fit?");
    expect(fit.text).toMatch(/Nurse Manager/);
    expect(fit.text).not.toMatch(/Nurse Practitioner/);
  });

  it.each([
    ["es", "¿cuánto tiempo se tarda en ser contador?", /Accountant/],
    ["fr", "combien de temps pour devenir électricien ?", /Electrician/],
    ["pt", "quanto tempo leva para ser enfermeira?", /Nurse/],
    ["en", "what degree do i need to become a physical therapist", /Physical Therapist/],
  ])("asked in %s, the way in is answered and nothing is set", async (_lang, message, role) => {
    const p = await bed.person();
    const asked = await p.say(message);
    expect(asked.tools).toEqual([]);
    expect(asked.text).toMatch(role);
    expect(asked.text).toMatch(/Education: usually/);
  });

  it("how to explain a career gap is answered about gaps, with the break the profile shows", async () => {
    const p = await bed.person();
    await p.say("I was a bookkeeper for 7 years, then I took 3 years off to raise my twins");
    const asked = await p.say("how should I explain this break on my CV?");
    expect(asked.tools).toEqual([]);
    expect(asked.text).toMatch(/3 years since your Bookkeeper role ended/);
    expect(asked.text).toMatch(/returnship/i);
    expect(asked.text).toMatch(/interview/);
    expect(asked.text).not.toMatch(/contact details/);
  });
});
