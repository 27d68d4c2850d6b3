/**
 * The interview's day read from news about it (issue 12, onboard12; blind3 trial item 27): the
 * day after the interview word, never a past one, never a day said about something else, and
 * in the other languages the day with its hour (the date reader once took the hour alone). Lines written
 * for this test.
 */
import { describe, expect, it } from "vitest";
import { interviewDaySaid } from "./plans/interview-day.ts";

describe("the interview's day said with the news", () => {
  it.each([
    ["they invited me to an interview next thursday!", "next thursday"],
    ["got a phone screen with Canva tomorrow at 3pm", "tomorrow at 3pm"],
    ["mi entrevista con Rappi es el jueves a las 3", "jueves a las 3"],
    ["mon entretien chez Doctolib est vendredi à 14h", "vendredi à 14h"],
    ["minha entrevista no Nubank é na sexta às 15h", "sexta às 15h"],
    ["das Vorstellungsgespräch bei Zalando ist am Donnerstag um 10 Uhr", "am Donnerstag um 10 Uhr"],
  ])("%s -> %s", (message, day) => {
    expect(interviewDaySaid(message)).toBe(day);
  });

  it.each([
    "I had my Datadog interview yesterday, it went well",
    "I applied on monday and they gave me a phone screen",
    "they invited me to an interview",
  ])("no day ahead for the interview: %s", (message) => {
    expect(interviewDaySaid(message)).toBeUndefined();
  });
});
