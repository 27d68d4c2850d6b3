import { describe, expect, it } from "vitest";
import { normalize } from "./normalize.ts";
import { weeksSaid } from "./weeks-said.ts";

const weeks = (text: string) => weeksSaid(normalize(text));

describe("the roadmap weeks a message names", () => {
  it("reads ordinal words in the five languages the chat understands", () => {
    expect(weeks("j'ai fini la deuxième semaine")).toEqual([2]);
    expect(weeks("ich habe die erste Woche geschafft")).toEqual([1]);
    expect(weeks("terminei a primeira semana")).toEqual([1]);
    expect(weeks("ya completé la tercera semana")).toEqual([3]);
    expect(weeks("pehla hafta ho gaya")).toEqual([1]);
    expect(weeks("done with the 3rd week")).toEqual([3]);
  });

  it("reads several weeks at once", () => {
    expect(weeks("knocked out the first two weeks")).toEqual([1, 2]);
    expect(weeks("weeks 1 and 2 done")).toEqual([1, 2]);
    expect(weeks("weeks one, two and three")).toEqual([1, 2, 3]);
    expect(weeks("semanas 1 a 3 terminadas")).toEqual([1, 2, 3]);
    expect(weeks("woche zwei erledigt")).toEqual([2]);
  });

  it("does not read a duration or a plan's length as a week's number", () => {
    expect(weeks("make a 6 week plan")).toEqual([]);
    expect(weeks("I spent a week on it")).toEqual([]);
    expect(weeks("finished it")).toEqual([]);
  });
});
