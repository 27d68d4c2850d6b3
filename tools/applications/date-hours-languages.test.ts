/**
 * Hours said in the chat's other languages (issue 12, lang12): the date reader took "14h" in
 * "jeudi à 14h" as fourteen hours from now, "a las 3" as 3 at night, lost "às 15h" ("amanhã" at
 * 09:00) and did not read Hindi "3 baje" at all. Each line is read in Paris time (UTC+1 in
 * December), from Saturday 5 December 2026 at 13:00 local. Lines written for this test.
 */
import { describe, expect, it } from "vitest";
import { futureDayWords, parseFutureInstant } from "./dates.ts";

const now = new Date("2026-12-05T12:00:00Z");
const timeZone = "Europe/Paris";

/** The instant the words a message says are read as, in Paris local time ("2026-12-10 14:00"). */
function localTime(message: string): string {
  const words = futureDayWords(message);
  expect(words, message).toBeDefined();
  const at = parseFutureInstant(words as string, { now, timeZone });
  return new Intl.DateTimeFormat("sv-SE", { timeZone, dateStyle: "short", timeStyle: "short" }).format(at);
}

describe("hours in other languages", () => {
  it.each([
    ["es", "recuérdame mañana a las 3 que llame a Acme", "2026-12-06 15:00"],
    ["es", "la entrevista es el jueves a las 10:30", "2026-12-10 10:30"],
    ["es", "mañana 15h tengo la llamada", "2026-12-06 15:00"],
    ["fr", "j'ai un entretien jeudi à 14h chez Decathlon", "2026-12-10 14:00"],
    ["fr", "entretien lundi à 9h30", "2026-12-07 09:30"],
    ["de", "Vorstellungsgespräch am Montag um 10 Uhr bei Zalando", "2026-12-07 10:00"],
    ["de", "erinnere mich morgen um 3", "2026-12-06 15:00"],
    ["pt", "minha entrevista é amanhã às 15h", "2026-12-06 15:00"],
    ["pt", "entrevista na segunda-feira às 10h30", "2026-12-07 10:30"],
    ["hi", "kal 3 baje yaad dilana", "2026-12-06 15:00"],
    ["hi", "friday ko subah 11 baje interview hai", "2026-12-11 11:00"],
    ["hi", "kal shaam 5 baje call hai", "2026-12-06 17:00"],
    ["en", "remind me tomorrow at 3", "2026-12-06 15:00"],
  ])("%s: %s", (_lang, message, expected) => {
    expect(localTime(message)).toBe(expected);
  });

  it("keeps an hour said for the morning, and counted days are not an hour", () => {
    expect(localTime("mañana a las 7 de la mañana")).toBe("2026-12-06 07:00");
    expect(localTime("la llamada es mañana a las 8 de la tarde")).toBe("2026-12-06 20:00");
    expect(localTime("me lembra daqui a 3 dias")).toBe("2026-12-08 09:00");
    expect(localTime("in 2 days at 3pm")).toBe("2026-12-07 15:00");
  });
});
