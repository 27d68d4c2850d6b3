/**
 * An application named by its place in the list just shown ("the third one", "la segunda",
 * "die zweite") for any operation: news, a status, an interview day, a reminder, a removal
 * (trial13 finding 5: it logged a phantom application at company "the second one", and the
 * Portuguese "a segunda" moved the first). Companies and messages written for this test.
 */
import { expect, it } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

describeEachDatabase("applications named by position (issue 12, apps13u)", (getDb) => {
  const bed = offlineChatBed(getDb, "apps13u-pos");

  async function threeLogged() {
    const p = await bed.person();
    await p.say("I applied to Fennwick Labs for data analyst on monday");
    await p.say("I applied to Ostrava Freight for logistics planner on tuesday");
    await p.say("I applied to Quillon Health for nurse on wednesday");
    const listed = await p.say("show my applications");
    return { p, order: listed.text.match(/Fennwick Labs|Ostrava Freight|Quillon Health/g) ?? [] };
  }

  it("news about 'the second one' after a list updates that one and logs nothing new", async () => {
    const { p, order } = await threeLogged();
    const r = await p.say("the second one just asked me for a phone screen");
    expect(r.tools).toEqual(["update_application_status"]);
    expect(r.text).toContain(order[1]);
    expect(r.text).not.toMatch(/hadn't tracked|second one/i);
    const list = await p.say("show my applications");
    expect(list.text).not.toMatch(/second one/i);
    expect(list.text.match(/Fennwick Labs|Ostrava Freight|Quillon Health/g)).toHaveLength(3);
  });

  it("a status asked for by position, a turn after the list, goes to that one", async () => {
    const { p, order } = await threeLogged();
    await p.say(`${order[0]} got back to me, they want a phone screen`);
    const r = await p.say("the third one never answered, mark it as rejected");
    expect(r.text).toContain(order[2]);
    expect(r.text).toMatch(/rejected/);
    expect(r.text).not.toMatch(/don't track/);
  });

  it("a position said in Portuguese, Spanish or German counts in the list shown", async () => {
    for (const [said, at] of [
      ["a segunda ligou-me, tenho entrevista por telefone", 1],
      ["la tercera me rechazó", 2],
      ["die zweite hat mir abgesagt", 1],
    ] as const) {
      const { p, order } = await threeLogged();
      const r = await p.say(said);
      expect(r.text, said).toContain(order[at]);
      for (const other of order.filter((_, i) => i !== at)) expect(r.text, said).not.toContain(other);
    }
  });

  it("an interview day and a reminder by position go to that application", async () => {
    const { p, order } = await threeLogged();
    const day = await p.say("the first one wants to interview me next thursday at 10am");
    expect(day.text).toContain(order[0]);
    expect(day.text).not.toMatch(/first one/i);
    await p.say("show my applications");
    const remind = await p.say("remind me to follow up with the third one on friday");
    expect(remind.text).toContain(order[2]);
  });

  it("undo right after news logged a new application takes that application back", async () => {
    const p = await bed.person();
    await p.say("I applied to Fennwick Labs for data analyst on monday");
    const logged = await p.say("Marrowby Foods invited me to a phone screen");
    expect(logged.text).toMatch(/Logged Marrowby Foods/);
    const undone = await p.say("undo");
    expect(undone.text).not.toMatch(/nothing to undo|no such change/i);
    const list = await p.say("show my applications");
    expect(list.text).not.toMatch(/Marrowby/);
    expect(list.text).toMatch(/Fennwick Labs/);
  });
});
