import { describe, expect, it } from "vitest";
import { extractExperience } from "./experience.ts";

describe("experience entries written title, dates, employer", () => {
  // Invented lines: each employer sits under its job's dates, above that job's duties.
  const lines = [
    "Kennel Assistant",
    "May 2016 - June 2018",
    "Maple Hollow Boarding Kennels",
    "Walked and fed forty dogs a day",
    "Grooming Assistant",
    "July 2018 - Present",
    "Silver Birch Pet Spa",
    "Bathed and trimmed small breeds",
  ];

  it("gives each job the employer under its own dates", () => {
    const jobs = extractExperience(lines).map((e) => [e.title, e.company]);
    expect(jobs).toEqual([
      ["Kennel Assistant", "Maple Hollow Boarding Kennels"],
      ["Grooming Assistant", "Silver Birch Pet Spa"],
    ]);
  });

  it("does not take a duty written in sentence case as an employer", () => {
    const jobs = extractExperience(["Line Cook", "2019 - 2021", "Prepared sauces for the dinner service"]);
    expect(jobs[0]!.company).toBeUndefined();
    expect(jobs[0]!.bullets).toEqual(["Prepared sauces for the dinner service"]);
  });
});

describe("experience entries whose years are placeholders", () => {
  // Invented lines, as a resume template leaves them: "20XX" where the year goes.
  const lines = [
    "Harbourside Bicycle Co-op",
    "Bike Mechanic",
    "March 20XX - Present",
    "• Trued wheels and rebuilt hubs",
    "Copperfield Garden Centre",
    "Sales Assistant",
    "20XX - 20XX",
    "• Advised customers on seasonal planting",
  ];

  it("reads each job and its employer, with no invented dates", () => {
    const jobs = extractExperience(lines).map((e) => [e.title, e.company, e.start, e.end, e.current]);
    expect(jobs).toEqual([
      ["Bike Mechanic", "Harbourside Bicycle Co-op", undefined, undefined, true],
      ["Sales Assistant", "Copperfield Garden Centre", undefined, undefined, false],
    ]);
  });
});

describe("a job's bullets as the page wrapped them", () => {
  // Invented lines, as a one-column export wraps long bullets: the rest of a duty on its own
  // lines, and a duty that tells its own dates.
  const lines = [
    "Claims Analyst",
    "Harbour Mutual Insurance Ltd -",
    "April 2014 to June 2018",
    "* Reviewed two hundred motor claims a month and was named the",
    "team's",
    '"Steady hand of the quarter".',
    "* From May 2016 to August 2016 was seconded to the fraud desk in Leeds and",
    "trained the new joiners on the claims system.",
    "* Cut the average settlement time by nine days.",
  ];

  it("joins a wrapped line to its duty, and keeps a dated duty in its job", () => {
    const jobs = extractExperience(lines);
    expect(jobs.map((j) => [j.title, j.start, j.end])).toEqual([["Claims Analyst", "2014-04", "2018-06"]]);
    expect(jobs[0]!.bullets).toEqual([
      `Reviewed two hundred motor claims a month and was named the team's "Steady hand of the quarter".`,
      "From May 2016 to August 2016 was seconded to the fraud desk in Leeds and trained the new joiners on the claims system.",
      "Cut the average settlement time by nine days.",
    ]);
  });

  it("keeps a short bulleted job header with its dates as a job", () => {
    const jobs = extractExperience([
      "• Barista, Bean There Cafe, 2015 - 2017",
      "• Pulled espresso shots",
      "• Shift Lead, Bean There Cafe, 2017 - 2019",
    ]);
    expect(jobs.map((j) => j.start)).toEqual(["2015", "2017"]);
  });
});

describe("a job line whose breaks were lost, dates between its fields", () => {
  // Invented lines. The title, the dates and the employer came on one line; read with a space
  // where the dates were, the employer ran into the title and nothing was the employer.
  it("reads the fields on either side of the dates apart", () => {
    const jobs = extractExperience([
      "Staff Nurse (2012 - 2017) Grady Hill Medical Center",
      "Cared for trauma patients.",
      "Barista 2010 - 2012 Copper Kettle Cafe",
    ]).map((e) => [e.title, e.company]);
    expect(jobs).toEqual([
      ["Staff Nurse", "Grady Hill Medical Center"],
      ["Barista", "Copper Kettle Cafe"],
    ]);
  });

  it("does not take a duty after the dates as the employer", () => {
    const [job] = extractExperience(["Charge Nurse, Atlanta, GA 2017 - present Supervised a 30 bed unit."]);
    expect(job!.company ?? "").not.toMatch(/Supervised/);
  });
});

describe("experience header fields each closed by a full stop", () => {
  // Invented lines: dates first, then "Employer, City, State." and "Title." on their own lines.
  const lines = [
    "March 2015 to June 2018",
    "Blue Heron Studios, Portland, Oregon.",
    "Motion Graphics Designer.",
    "Designed title sequences for documentaries.",
    "July 2012 to February 2015",
    "Kestrel Print Works, Salem, Oregon.",
    "Production Artist.",
    "Prepared files for the press.",
  ];

  it("reads the employer, place and title under each job's dates", () => {
    const jobs = extractExperience(lines).map((e) => [e.title, e.company, e.location, e.start]);
    expect(jobs).toEqual([
      ["Motion Graphics Designer", "Blue Heron Studios", "Portland, Oregon", "2015-03"],
      ["Production Artist", "Kestrel Print Works", "Salem, Oregon", "2012-07"],
    ]);
  });

  it("still leaves a duty sentence out of the header", () => {
    const jobs = extractExperience(["2019 - 2021", "Line Cook.", "Prepared sauces for the dinner service."]);
    expect(jobs[0]!.title).toBe("Line Cook");
    expect(jobs[0]!.bullets).toEqual(["Prepared sauces for the dinner service."]);
  });
});

describe("labelled job fields beside the dates", () => {
  // Invented lines: a job whose employer line is not above its labelled duration.
  const lines = [
    "Fitted the moulding line with sensors.",
    "Duration: 6 Years (2011 2017)",
    "Position: Plant Manager",
    "Job Profile: Casting Line Commissioning",
    "Set up a second moulding line.",
  ];

  it("takes neither the duration nor the profile as the employer", () => {
    const [job] = extractExperience(lines);
    expect(job!.title).toBe("Plant Manager");
    expect(job!.company).toBeUndefined();
    expect(job!.start).toBe("2011");
  });
});
