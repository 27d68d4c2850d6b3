import { describe, expect, it } from "vitest";
import { readJobHeader } from "./job-header.ts";

describe("readJobHeader", () => {
  it("reads 'Past Organization: <employer> as <title>'", () => {
    // Invented lines, in the labelled form some resumes use for each job.
    expect(readJobHeader(["Past Organization: Hoshino Precision Works as Quality Inspector"])).toMatchObject({
      title: "Quality Inspector",
      company: "Hoshino Precision Works",
    });
    expect(readJobHeader(["Current Company: Kansai Robotics Ltd"])).toMatchObject({
      company: "Kansai Robotics Ltd",
    });
  });

  it("reads a dash written as two hyphens as a field separator", () => {
    // Invented lines. Plain-text resumes write a dash as "--"; the whole line was one title.
    expect(readJobHeader(["Brightwater Labs -- Senior QA Analyst"])).toMatchObject({
      title: "Senior QA Analyst",
      company: "Brightwater Labs",
    });
    expect(readJobHeader(["Senior QA Analyst -- Brightwater Labs -- Leeds"])).toMatchObject({
      title: "Senior QA Analyst",
      company: "Brightwater Labs",
    });
  });

  it("ends the employer at a colon that opens a lower-case description", () => {
    // Invented line. "Title at Employer (dates): what was done" kept the description in the
    // employer when it was short ("Solbrisa Foods : planned launches.").
    expect(readJobHeader(["Brand Assistant at Solbrisa Foods : planned launches."])).toMatchObject({
      title: "Brand Assistant",
      company: "Solbrisa Foods",
    });
    expect(readJobHeader(["Line Cook at Harbor Grill: prepped and plated."])).toMatchObject({
      title: "Line Cook",
      company: "Harbor Grill",
    });
  });

  it("takes a part ending in a word that heads O*NET titles as the title when no other part is one", () => {
    // Issue 14 lead trial: "Generalist" is not in the short title list, so the title was lost
    // and "HR Generalist" became the employer.
    expect(readJobHeader(["HR Generalist — Trans-Cargo, Wroclaw"])).toEqual({
      title: "HR Generalist",
      company: "Trans-Cargo",
      location: "Wroclaw",
    });
    expect(readJobHeader(["Payroll Bookkeeper | Lindenhof Bakery"])).toMatchObject({
      title: "Payroll Bookkeeper",
      company: "Lindenhof Bakery",
    });
  });

  it("splits 'Title, Company — Place' into title, company and location", () => {
    expect(readJobHeader(["Regional Sales Manager, Lakeview Robotics — Denver, CO"])).toEqual({
      title: "Regional Sales Manager",
      company: "Lakeview Robotics",
      location: "Denver, CO",
    });
    expect(readJobHeader(["Staff Accountant, Harbor Mills Inc. | Portland, OR"])).toMatchObject({
      title: "Staff Accountant",
      company: "Harbor Mills Inc.",
      location: "Portland, OR",
    });
  });

  it("reads a 'City, ST' part as the location, and a company with a region after it as the company", () => {
    expect(readJobHeader(["Field Technician — Boulder, CO"])).toEqual({
      title: "Field Technician",
      location: "Boulder, CO",
    });
    expect(readJobHeader(["Field Technician | Harbor Mills Inc., Oregon"])).toMatchObject({
      title: "Field Technician",
      company: "Harbor Mills Inc.",
      location: "Oregon",
    });
  });

  it("reads 'Title | Company' and 'Company — Title' the same way", () => {
    expect(readJobHeader(["Field Technician | Northgate Energy"])).toMatchObject({
      title: "Field Technician",
      company: "Northgate Energy",
    });
    expect(readJobHeader(["Northgate Energy — Field Technician"])).toMatchObject({
      title: "Field Technician",
      company: "Northgate Energy",
    });
  });

  it("keeps a department after a comma as part of the title", () => {
    expect(readJobHeader(["Director, Product Management — Denver, CO"])).toMatchObject({
      title: "Director, Product Management",
      location: "Denver, CO",
    });
    expect(readJobHeader(["Director, Product Management — Denver, CO"]).company).toBeUndefined();
    expect(readJobHeader(["HEAD, QUALITY OPERATIONS | Lakeview Robotics"])).toMatchObject({
      title: "HEAD, QUALITY OPERATIONS",
      company: "Lakeview Robotics",
    });
  });
});

describe("an employer line with its legal form after a comma (issue 14)", () => {
  // Invented employers. Before the fix "Acme Widgets, Inc." alone gave no employer at all.
  it.each([
    ["Acme Widgets, Inc.", "Acme Widgets, Inc."],
    ["HARBOR TOOL WORKS, INC,", "HARBOR TOOL WORKS, INC"],
    ["Copperline Mills, LLC", "Copperline Mills, LLC"],
  ])("reads %s as the employer", (line, company) => {
    expect(readJobHeader([line]).company).toBe(company);
  });

  it("keeps the title and the place apart from the employer", () => {
    expect(readJobHeader(["Shift Lead, Copperline Mills, LLC, Dayton, OH"])).toMatchObject({
      title: "Shift Lead",
      company: "Copperline Mills, LLC",
    });
  });
});

describe("a title written as alternatives", () => {
  it("counts a title's words, not the slashes between its alternatives", () => {
    // Invented: a consultant's title with three alternatives, as executive resumes write it.
    expect(readJobHeader(["SENIOR BUDGET ANALYST / IT PORTFOLIO / PROGRAM CONSULTANT"]).title).toBe(
      "SENIOR BUDGET ANALYST / IT PORTFOLIO / PROGRAM CONSULTANT",
    );
  });
});

describe("a job line with two titles before its employer", () => {
  it("takes the name, not the second title, as the employer", () => {
    // Invented: a trainee teacher's placement, "<title>, <title>, <school>".
    expect(readJobHeader(["Trainee, Music teacher, Larkspur Vale Academy"])).toMatchObject({
      title: "Trainee",
      company: "Larkspur Vale Academy",
    });
  });

  it.each(["LOGISTICS COORDINATOR", "RETAIL MANAGER", "HEALTHCARE ADMINISTRATOR", "Insurance Agent"])(
    "reads %s, a title whose field is a company word, as the title beside the employer",
    (title) => {
      // Invented: "<employer>" / "<place>" / "<title in capitals>" above the job's dates.
      expect(readJobHeader(["Marrowby Freight", "Leeds", title])).toEqual({
        title,
        company: "Marrowby Freight",
        location: "Leeds",
      });
      expect(readJobHeader([title]).company).toBeUndefined();
    },
  );

  it("keeps a name ending in a company word as the employer", () => {
    expect(readJobHeader(["ACME LOGISTICS", "Dispatch Coordinator"])).toMatchObject({
      title: "Dispatch Coordinator",
      company: "ACME LOGISTICS",
    });
  });

  it("keeps a title that carries a company word as the employer", () => {
    expect(readJobHeader(["Analyst Labs, Data Analyst"]).company).toBe("Analyst Labs");
  });

  it("reads a labelled duration as neither title nor employer", () => {
    const h = readJobHeader(["Duration: 4 Years", "Position: Plant Manager"]);
    expect(h.title).toBe("Plant Manager");
    expect(h.company).toBeUndefined();
  });
});

describe("an employer written with its web address", () => {
  it.each([
    ["Marrowgate Robotics [http://www.marrowgate.example]", "Marrowgate Robotics"],
    ["Kelso Marine (www.kelsomarine.example), Hull", "Kelso Marine"],
  ])("reads %s as the employer's name", (line, company) => {
    // Invented employers; the address in brackets made the whole line no name.
    expect(readJobHeader([line]).company).toBe(company);
  });
});

describe("a membership written as a dated line", () => {
  it("is no job title", () => {
    // Invented memberships; "Member of Technical Staff" is a job title.
    expect(readJobHeader(["Member of the Ridgeway Bar Association."]).title).toBeUndefined();
    expect(readJobHeader(["Member of Pinecrest Town Orchestra"]).title).toBeUndefined();
    expect(readJobHeader(["Senior Member of Technical Staff, Orbitline Networks"]).title).toBe(
      "Senior Member of Technical Staff",
    );
    expect(readJobHeader(["Member of Technical Staff"]).title).toBe("Member of Technical Staff");
  });
});
