import { describe, expect, it } from "vitest";
import { findDateRanges } from "./dates.ts";
import { yearsCovered } from "./years.ts";

const one = (text: string) => {
  const [r] = findDateRanges(text);
  return r ? { start: r.start, end: r.end, current: r.current } : undefined;
};

describe("findDateRanges", () => {
  it.each([
    ["February 2016 to Present", { start: "2016-02", end: undefined, current: true }],
    ["Sept 2017 onwards", { start: "2017-09", end: undefined, current: true }],
    ["2019-21", { start: "2019", end: "2021", current: false }],
    ["2004-2007", { start: "2004", end: "2007", current: false }],
    ["01/2015 - 03/2018", { start: "2015-01", end: "2018-03", current: false }],
    ["Jun'14 – till date", { start: "2014-06", end: undefined, current: true }],
    ["Nov 2016 – Oct 2017", { start: "2016-11", end: "2017-10", current: false }],
    ["2015 Present", { start: "2015", end: undefined, current: true }],
    ["since 2018", { start: "2018", end: undefined, current: true }],
    ["2018.03 - 2020.11", { start: "2018-03", end: "2020-11", current: false }],
    ["Fall 2000 - Spring 2005", { start: "2000-09", end: "2005-03", current: false }],
    ["July 2017 to Current", { start: "2017-07", end: undefined, current: true }],
  ])("%s", (text, expected) => {
    expect(one(text)).toEqual(expected);
  });

  // An open end glued to the date by PDF text extraction, or joined by a separator a closed
  // range already accepted ("--", "~", "→", "through", "/", a bracket).
  it.each([
    ["2008 Present", "2008"],
    ["2008 - Present", "2008"],
    ["Jan 2019 Current", "2019-01"],
    ["2015 to date", "2015"],
    ["2016present", "2016"],
    ["Jan 2019Present", "2019-01"],
    ["2012to date", "2012"],
    ["2008/Now", "2008"],
    ["2008 -- Present", "2008"],
    ["2008 ~ Present", "2008"],
    ["2008 → Present", "2008"],
    ["2008 through present", "2008"],
    ["2015 to-date", "2015"],
    ["2015 till-date", "2015"],
    ["2008 (Present)", "2008"],
  ])("reads '%s' as a role still held", (text, start) => {
    expect(one(text)).toEqual({ start, end: undefined, current: true });
  });

  // Spanish, Portuguese, French, German and Italian month names and open ends (issue 14 trial).
  it.each([
    ["ene. 2020 – actualidad", { start: "2020-01", end: undefined, current: true }],
    ["mar. 2015 – dic. 2019", { start: "2015-03", end: "2019-12", current: false }],
    ["septiembre de 2012 – febrero de 2015", { start: "2012-09", end: "2015-02", current: false }],
    ["Enero 2018 - Presente", { start: "2018-01", end: undefined, current: true }],
    ["desde 2019 hasta la fecha", { start: "2019", end: undefined, current: true }],
    ["março de 2019 - atual", { start: "2019-03", end: undefined, current: true }],
    ["set. 2014 - out. 2016", { start: "2014-09", end: "2016-10", current: false }],
    ["janv. 2018 – aujourd'hui", { start: "2018-01", end: undefined, current: true }],
    ["mai 2017 - juin 2020", { start: "2017-05", end: "2020-06", current: false }],
    ["März 2019 – heute", { start: "2019-03", end: undefined, current: true }],
    ["Okt. 2016 bis Dez. 2018", { start: "2016-10", end: "2018-12", current: false }],
    ["seit 2021", { start: "2021", end: undefined, current: true }],
    ["gennaio 2020 - oggi", { start: "2020-01", end: undefined, current: true }],
  ])("reads '%s' in another language", (text, expected) => {
    expect(one(text)).toEqual(expected);
  });

  it("reads an everyday word after a year as no open end, and 'set'/'out'/'ago' as months only with a dot", () => {
    expect(findDateRanges("2019 actual revenue")).toEqual([]);
    expect(findDateRanges("set 2019 goals, 2 years ago 2021")).toEqual([]);
  });

  it("does not read a word that only starts like an open end", () => {
    expect(findDateRanges("2008Presenter")).toEqual([]);
  });

  it("ignores a lone year unless asked for single dates", () => {
    expect(findDateRanges("Graduated 2017")).toEqual([]);
    expect(findDateRanges("Graduated 2017", { singles: true })[0]).toMatchObject({
      start: "2017",
      end: "2017",
    });
  });

  // Templates and anonymised resumes hide the year ("July 20XX"): still a range, so the job
  // beside it is read, but an end with no year is left out, never guessed.
  it.each([
    ["July 20XX - Present", { start: undefined, end: undefined, current: true }],
    ["20XX – Present", { start: undefined, end: undefined, current: true }],
    ["Summer 20XX-20XX", { start: undefined, end: undefined, current: false }],
    ["19xx - 20xx", { start: undefined, end: undefined, current: false }],
    ["03/201X to 2019", { start: undefined, end: "2019", current: false }],
    ["Jan 2018 - Dec 20XX", { start: "2018-01", end: undefined, current: false }],
  ])("reads '%s' with a placeholder year as a range", (text, expected) => {
    expect(one(text)).toEqual(expected);
  });

  it("takes no word or number that merely starts like a placeholder year as a date", () => {
    expect(findDateRanges("20x faster builds, 2000xp - 20XXL shirts")).toEqual([]);
  });

  it("does not read phone numbers or percentages as dates", () => {
    expect(findDateRanges("Phone 98450 12345, scored 78%")).toEqual([]);
  });
});

describe("yearsCovered", () => {
  const now = new Date("2020-01-15T00:00:00Z");

  it("merges overlapping jobs so parallel work counts once", () => {
    const spans = [
      { start: "2015-01", end: "2017-12" },
      { start: "2017-01", end: "2018-12" },
    ];
    expect(yearsCovered(spans, now)).toBe(4);
  });

  it("runs open ranges to now and adds separate periods", () => {
    expect(yearsCovered([{ start: "2019-01", current: true }], now)).toBe(1.1);
    expect(
      yearsCovered(
        [
          { start: "2010", end: "2011" },
          { start: "2013", end: "2013" },
        ],
        now,
      ),
    ).toBe(3);
  });
});

describe("month ranges written with two-digit years", () => {
  // Invented lines. "(1/01 - 6/01)" beside a job was no date at all, so the job beside it was not read.
  it("reads M/YY - M/YY and M/YY - Present as ranges", () => {
    expect(findDateRanges("HEAD OF SALES (1/01 - 6/01) Lindqvist Net")[0]).toMatchObject({
      start: "2001-01",
      end: "2001-06",
      current: false,
    });
    expect(findDateRanges("Analyst 8/98 – Present")[0]).toMatchObject({ start: "1998-08", current: true });
  });

  it("reads no lone M/YY, fraction or hours as dates", () => {
    expect(findDateRanges("open 24/7 - 365 days, 1/2 - 3/4 cup")).toEqual([]);
    expect(findDateRanges("shipped on 6/01")).toEqual([]);
  });
});
