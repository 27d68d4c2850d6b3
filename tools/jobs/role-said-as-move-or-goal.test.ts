/**
 * conv12s: the title a target sentence names when it is said as a move ("go from X to Y") or as
 * a goal's label in another language ("Mein Ziel: …", "mi meta: …"); the whole sentence was
 * handed to the role finder before ("Mein Ziel: Registrarin in einem Museum" matched no role).
 * Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { rolePhrase } from "./role-lead-ins.ts";

describe("the title after a move or a goal's label", () => {
  it.each([
    ["trying to switch from retail to hr assistant, give me a plan", "hr assistant", undefined],
    ["I wanna go from bartender to event coordinator", "event coordinator", undefined],
    ["Mein Ziel: Buchhalterin bei einer Spedition", "Buchhalterin", "German"],
    ["mi meta: maestra de preescolar en Lima", "maestra de preescolar", "Spanish"],
    ["Mon objectif : infirmière à Lyon", "infirmière", "French"],
    ["Meu objetivo: analista de dados", "analista de dados", "Portuguese"],
  ])("%s", (text, phrase, language) => {
    expect(rolePhrase(text)).toEqual({ phrase, ...(language ? { language } : {}) });
  });
  it.each(["how do I get from here to there", "I want to move from Austin to Denver"])(
    "no role after 'from here' or a move of home: %s",
    (text) => {
      expect(rolePhrase(text).phrase).not.toMatch(/^(?:there|Denver)$/);
    },
  );
});
