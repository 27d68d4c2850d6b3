/**
 * trial20 §3: a resume disowned ("not my CV, it's my father's") is offered to be forgotten; asking
 * about a relative's resume or about one's own is not. Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { disownsResume } from "./resume-disowned.ts";

describe("a resume said not to be the person's own", () => {
  it.each([
    "das ist nicht mein Lebenslauf, das ist von meinem Vater",
    "sorry that's not my resume",
    "this CV is my dad's, I sent the wrong file",
    "oops, wrong resume",
    "that file was a job ad, not my resume",
    "the resume isn't mine, it's my sister's",
    "ese no es mi currículum, es de mi padre",
    "esse não é o meu currículo, é do meu irmão",
    "ce n'est pas mon CV, c'est le CV de mon frère",
    "ye mera resume nahi hai, mere papa ka resume hai",
  ])("'%s'", (text) => {
    expect(disownsResume(text)).toBe(true);
  });

  it.each([
    "can you look at my wife's resume?",
    "how do I make my resume look better?",
    "this is my resume",
    "that's not on my resume but I did it",
    "Python is not my strongest skill",
    "my father was a nurse too",
  ])("not '%s'", (text) => {
    expect(disownsResume(text)).toBe(false);
  });
});
