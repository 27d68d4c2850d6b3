/**
 * The interview stage named for the role's field (issue 12, lang12): "they invited me to an
 * interview" for a line cook, a nurse or a sales role was said back as "applied → technical
 * interview" and listed as "Technical interview". The tracker's stage token stays (REST and
 * the CLI take it), but the chat names the stage by the occupation the position is (O*NET SOC
 * group, tools/applications/interview-kind.ts): a cook's is a practical interview, a nurse's
 * or a salesperson's an interview, an engineer's still a technical one. Messages written for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 180_000 });

describeEachDatabase("the interview stage by the role's field (issue 12, lang12)", (getDb) => {
  const bed = offlineChatBed(getDb, "stagefield");

  it.each([
    ["Nobu", "a line cook", "practical interview", "Practical interview"],
    ["St Mary's Hospital", "a registered nurse", "interview", "Interview"],
    ["Salesforce", "an account executive", "interview", "Interview"],
    ["Stripe", "a backend engineer", "technical interview", "Technical interview"],
  ])("%s (%s): the stage is said as '%s'", async (company, role, said, listed) => {
    const p = await bed.person();
    await p.say(`I applied to ${company} for ${role} position yesterday`);
    const invited = await p.say("they invited me to an interview next thursday!");
    expect(invited.tools, invited.text).toEqual(["update_application_status"]);
    expect(invited.text).toContain(`applied → ${said},`);
    const list = await p.say("show my applications");
    expect(list.text).toMatch(new RegExp(`— ${said}, interview on`));
    expect(JSON.stringify(list.parts)).toContain(`"detail":"${listed}, interview`);
  });

  it("practice asked for right after a cook's interview news is not another field's technical question", async () => {
    const p = await bed.person();
    await p.say("I applied to Nobu for a line cook position yesterday");
    await p.say("they invited me to an interview next thursday!");
    // The bank has no line cook set: the field-neutral behavioural questions, each time.
    for (const ask of ["give me a practice question for it", "skip", "skip"]) {
      const practice = await p.say(ask);
      expect(practice.tools, practice.text).toEqual(["practice_question"]);
      expect(practice.text).toMatch(/Here's your question \(behavioral,/);
    }
  });
});
