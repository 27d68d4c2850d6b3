import { describe, expect, it } from "vitest";
import { extractContact } from "./contact.ts";
import { nameInLine, personNameFrom } from "./person-name.ts";

const contactOf = (lines: string[]) => extractContact(lines, lines.join("\n"));

describe("person name", () => {
  it("takes the first name-like line at the top", () => {
    expect(personNameFrom(["Meera Iyer", "Data Analyst - Tata Consultancy Services"])?.value).toBe(
      "Meera Iyer",
    );
  });

  it("skips template banners, headings and places", () => {
    expect(
      personNameFrom(["Copy Writer Resume Template", "Omar Blake", "East Village, New York City"])?.value,
    ).toBe("Omar Blake");
    expect(personNameFrom(["CURRICULUM VITAE", "Rohit Sharma", "Pune, Maharashtra"])?.value).toBe(
      "Rohit Sharma",
    );
    expect(nameInLine("San Mateo, CA", true, true)).toBeUndefined();
  });

  it("takes no tool list or employer near the top for a person (a resume with no name)", () => {
    const top = [
      "Summary",
      "Network administrator with a decade of Windows server work.",
      "Active Directory, Group Policy, VMware, Cisco switches",
      "Senior Administrator, 2015 to Present",
      "NORTHWIND COMPANY, Springfield, IL",
    ];
    expect(personNameFrom(top)).toBeUndefined();
    expect(personNameFrom(["Ilse Marwick", ...top])?.value).toBe("Ilse Marwick");
  });

  it("ends a name in capitals where its job title starts, by the words the resume writes in lower case (issue 14)", () => {
    // A resume pasted as one paragraph, all in capitals at the top: the title's opening words
    // ("REGISTERED", "ACCOUNTS PAYABLE") are no part of the name; the resume's own text shows it.
    const nurse = [
      "MARIA GONZALEZ REGISTERED NURSE 555-222-3333 SUMMARY Registered nurse with ICU experience; registered in two states.",
    ];
    expect(personNameFrom(nurse)?.value).toBe("MARIA GONZALEZ");
    const clerk = [
      "DAVID R BROWN ACCOUNTS PAYABLE CLERK SUMMARY Processed accounts payable and payable reconciliations for 40 vendors.",
    ];
    expect(personNameFrom(clerk)?.value).toBe("DAVID R BROWN");
    // A surname that is also a word keeps it when no title follows.
    expect(personNameFrom(["MARY ANN LONG", "long-term care planner"])?.value).toBe("MARY ANN LONG");
    expect(personNameFrom(["MICHAEL O'BRIEN TEACHER michael@mail.com"])?.value).toBe("MICHAEL O'BRIEN");
  });

  it("reads explicit labels and names followed by credentials, titles or an address", () => {
    expect(personNameFrom(["PERSONAL DETAILS", "Name:", "Trevor Keel"])?.value).toBe("Trevor Keel");
    expect(personNameFrom(["Hal Schmidt, MBA, PMP", "Toronto"])?.value).toBe("Hal Schmidt");
    expect(personNameFrom(["Ivan Keel 87 Some Street", "Kansas City, MO 52364"])?.value).toBe("Ivan Keel");
    expect(personNameFrom(["Bernier Software-Firmware Engineer", "24 Robinson Road"])?.value).toBe("Bernier");
  });

  it("does not take a job title or a sentence for a name", () => {
    expect(personNameFrom(["JAVA DEVELOPER", "Qualifications Profile"])).toBeUndefined();
    expect(personNameFrom(["Around 2 years of experience in Java Technologies"])).toBeUndefined();
  });
});

describe("contact fields", () => {
  it("finds email, phone, links and an Indeed-style location", () => {
    const c = contactOf([
      "Anita Rao",
      "Software Engineer - Infosys",
      "Bengaluru, Karnataka - Email me on Indeed: anita.rao@example.com",
      "Willing to relocate to: Hyderabad, Telangana",
      "Phone: +91 98450 12345",
      "https://www.linkedin.com/in/anita-rao github.com/anitarao",
    ]);
    expect(c.name?.value).toBe("Anita Rao");
    expect(c.email?.value).toBe("anita.rao@example.com");
    expect(c.phone?.value).toBe("+91 98450 12345");
    expect(c.location?.value).toBe("Bengaluru, Karnataka");
    expect(c.otherLocations).toEqual(["Hyderabad, Telangana"]);
    expect(c.links.map((l) => l.kind)).toEqual(["linkedin", "github"]);
  });

  it("reads a US address line as a location", () => {
    const c = contactOf(["Lionel White", "3748 Bee Street", "Grand Rapids, MI 49503", "lionel@example.com"]);
    expect(c.location?.value).toBe("Grand Rapids, MI");
  });
});
