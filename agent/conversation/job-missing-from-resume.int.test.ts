/**
 * A past job the resume left out, told so it is added ("I also worked as a bank teller at First
 * Union for 3 years, it's not on my resume"): an experience entry is saved with its title and
 * employer (conv12o, a blind5 class: it was answered as a request to misstate one's years,
 * logged as an application, or refused as "not an experience" because of the words about the
 * resume). Messages and the resume written for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 180_000 });

const RESUME = textAttachment(
  "resume.txt",
  "Dana Whitfield\ndana.w@example.com\n\nEXPERIENCE\nCustomer Service Representative, Verizon, 2019 - 2024\n- Handled billing calls\n\nEDUCATION\nAssociate of Arts, Mesa Community College, 2018\n",
);

describeEachDatabase("a job the resume left out (conv12o)", (getDb) => {
  const bed = offlineChatBed(getDb, "missing-job");

  it.each([
    [
      "I also worked as a dental receptionist at Bright Smiles for 3 years, it's not on my resume",
      /Dental Receptionist/i,
    ],
    ["forgot to mention I was a line cook at Waffle Barn for 2 yrs, not on the cv", /Line Cook/i],
  ])("'%s' is saved as an experience", async (text, title) => {
    const p = await bed.person(RESUME);
    const told = await p.say(text);
    expect(told.tools).toEqual(["add_profile_entry"]);
    expect(told.calls[0]!.args).toMatchObject({ kind: "experience" });
    expect(told.text).toMatch(title);
    expect(told.text).not.toMatch(/couldn't read/i);
  });

  it("asking whether one may add it is not telling it", async () => {
    const p = await bed.person(RESUME);
    const asked = await p.say("can I put a job on my resume that I never had?");
    expect(asked.tools).not.toContain("add_profile_entry");
  });
});
