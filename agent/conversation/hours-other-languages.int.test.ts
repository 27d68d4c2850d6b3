/**
 * Hours said in the chat's other languages (issue 12, lang12): a reminder or an interview time
 * asked for in Spanish, French, German, Portuguese or Hindi in Latin script kept the day but not
 * the hour — "a las 3" was 3 at night or dropped, "à 14h" was read as fourteen hours from now,
 * "3 baje" was not read — so the interview stood at 09:00 and the reminder at 09:00. The time is
 * now kept, through the same date reader the CLI and REST use. Messages written for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 180_000 });

describeEachDatabase("hours in other languages in chat (issue 12, lang12)", (getDb) => {
  const bed = offlineChatBed(getDb, "langhours");

  it("es: 'recuérdame mañana a las 3 que llame a Acme' is a reminder tomorrow at 15:00", async () => {
    const p = await bed.person();
    await p.say("I applied to Acme for an office assistant role yesterday");
    const remind = await p.say("recuérdame mañana a las 3 que llame a Acme");
    expect(remind.tools, remind.text).toEqual(["set_reminder"]);
    expect(remind.text).toMatch(/Acme .* at 15:00 \(UTC\)/);
  });

  it.each([
    ["fr", "Decathlon", "a sales associate", "j'ai un entretien jeudi à 14h chez Decathlon", "Thu", "14:00"],
    [
      "de",
      "Zalando",
      "a warehouse lead",
      "Vorstellungsgespräch am Montag um 10 Uhr bei Zalando",
      "Mon",
      "10:00",
    ],
    ["pt", "Nubank", "an analyst", "tenho entrevista na Nubank na sexta às 15h", "Fri", "15:00"],
    ["es", "Rappi", "a courier lead", "tengo una entrevista con Rappi el martes a las 4", "Tue", "16:00"],
    [
      "hi",
      "Flipkart",
      "a sales executive",
      "Flipkart ke saath friday ko 11 baje interview hai",
      "Fri",
      "11:00",
    ],
  ])("%s: the interview keeps its hour ('%s')", async (_lang, company, role, message, day, hour) => {
    const p = await bed.person();
    await p.say(`I applied to ${company} for ${role} role yesterday`);
    const told = await p.say(message);
    expect(told.tools, told.text).toEqual(["update_application_status"]);
    expect(told.text).toMatch(new RegExp(`interview on ${day}, \\w+ \\d+ at ${hour}`));
    expect(told.text).not.toMatch(/since you gave no time/);
  });
});
