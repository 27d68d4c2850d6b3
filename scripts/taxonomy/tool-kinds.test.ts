/**
 * A role's technologies by kind: O*NET lists a dozen CRMs for a sales manager and the role
 * asked each of them (plus Marketo, PeopleSoft, Visio...) as required; a person needs one CRM.
 * The rows below are written for this test: three sales occupations in one minor group that
 * list CRM software, two software occupations that list an IDE (one sales occupation does too),
 * and a spreadsheet everybody lists.
 */
import { describe, expect, it } from "vitest";
import type { Skill } from "../../data/taxonomy/types.ts";
import { kindName, namedKinds, toolKindsBuilder } from "./tool-kinds.ts";

const row = (code: string, example: string, commodity: string, hot = "N", inDemand = "N") => ({
  "O*NET-SOC Code": code,
  Example: example,
  "Commodity Title": commodity,
  "Hot Technology": hot,
  "In Demand": inDemand,
});
const CRM = "Customer relationship management CRM software";
const IDE = "Development environment software";
const SHEET = "Spreadsheet software";
const MINING = "Data mining software";
const technology = [
  row("41-2011.00", "Salesforce software", CRM, "Y", "Y"),
  row("41-2011.00", "Act!", CRM),
  row("41-2011.00", "Eclipse IDE", IDE, "Y"),
  row("41-2011.00", "Microsoft Excel", SHEET, "Y", "Y"),
  row("41-2011.00", "Google Analytics", MINING, "Y"),
  row("41-2021.00", "Salesforce software", CRM),
  row("41-2021.00", "Act!", CRM),
  row("41-2021.00", "Microsoft Excel", SHEET),
  row("41-2021.00", "Google Analytics", MINING),
  row("41-2031.00", "Salesforce software", CRM),
  row("41-2031.00", "Act!", CRM, "Y"),
  row("41-2031.00", "Microsoft Excel", SHEET),
  row("15-1011.00", "Eclipse IDE", IDE),
  row("15-1011.00", "Microsoft Excel", SHEET),
  row("15-1021.00", "Eclipse IDE", IDE),
  row("15-1021.00", "Microsoft Excel", SHEET),
  row("13-1011.00", "Microsoft Excel", SHEET),
  row("29-1011.00", "Microsoft Excel", SHEET),
];
const exampleToSkill = new Map([
  ["Salesforce software", "salesforce"],
  ["Act!", "act"],
  ["Eclipse IDE", "eclipse"],
  ["Microsoft Excel", "excel"],
  ["Google Analytics", "google-analytics"],
]);
const node = (id: string, parents: string[] = []) => ({ id, type: "technical", parents }) as unknown as Skill;
const taxonomy = {
  ownerOf: (term: string) => (term === CRM ? node("crm") : undefined),
  get: (id: string) => (id === "salesforce" || id === "act" ? node(id, ["crm"]) : node(id)),
};
const kindsOf = toolKindsBuilder({ technology, exampleToSkill, taxonomy });
const ordered = ["salesforce", "eclipse", "excel", "google-analytics", "act"];

describe("an occupation's tools by kind", () => {
  it("asks the field's kind with an In Demand tool, met by any tool of it, with the taxonomy's node", () => {
    const kinds = kindsOf("41-2011.00", ordered);
    const required = kinds.filter((k) => k.required);
    // The kind stands for the tool O*NET flags for the occupation; the node takes every other CRM.
    expect(required).toEqual([
      expect.objectContaining({ name: "CRM software", skillId: "crm", tools: ["salesforce"] }),
    ]);
  });

  it("with no flagged tool, every tool of the kind stands for it, the most widely listed first", () => {
    const crm = kindsOf("41-2021.00", ordered).find((k) => k.name === "CRM software");
    expect(crm?.tools).toEqual(["salesforce", "act"]);
  });

  it("leaves out a kind neither concentrated in the field nor common in it (an IDE for a salesperson)", () => {
    const kinds = kindsOf("41-2011.00", ordered);
    expect(kinds.some((k) => k.tools.includes("eclipse"))).toBe(false);
    // A spreadsheet, listed by every sales occupation, stays a nice-to-have.
    expect(kinds.find((k) => k.tools.includes("excel"))?.required).toBe(false);
  });

  it("keeps a kind of one tool specific (no node, the tool itself)", () => {
    // (41-2021.00: no posting data, so a kind it only lists still describes it.)
    const mining = kindsOf("41-2021.00", ordered).find((k) => k.name === MINING);
    expect(mining).toEqual(expect.objectContaining({ tools: ["google-analytics"] }));
    expect(mining?.skillId).toBeUndefined();
  });

  it("with no In Demand tool, asks the field's kinds with a Hot tool", () => {
    const kinds = kindsOf("41-2031.00", ["salesforce", "act", "excel"]);
    expect(kinds.filter((k) => k.required).map((k) => k.name)).toEqual(["CRM software"]);
  });

  it("requires no kind when the occupation's postings name only everyone's tools (an operations manager)", () => {
    // 13-1011.00 has posting data (Excel In Demand) and a Hot CRM; Hot is over every occupation's
    // postings, so the CRM is not its ask (issue 13: CRM and ERP were required of an operations manager).
    const rows = [
      ...technology,
      row("13-1011.00", "Salesforce software", CRM, "Y"),
      row("13-1011.00", "Microsoft Excel", SHEET, "Y", "Y"),
    ];
    const kinds = toolKindsBuilder({ technology: rows, exampleToSkill, taxonomy })("13-1011.00", [
      "salesforce",
      "excel",
    ]);
    expect(kinds.filter((k) => k.required)).toEqual([]);
  });

  it("with posting data, keeps as nice-to-haves only kinds its postings name (issue 13: IBM Domino, Jira for an operations manager)", () => {
    const rows = [
      ...technology,
      row("41-2011.00", "IBM Domino", "Communications server software"),
      row("41-2021.00", "IBM Domino", "Communications server software"),
      row("41-2011.00", "Atlassian JIRA", "Content workflow software", "Y"),
      row("41-2021.00", "Atlassian JIRA", "Content workflow software"),
    ];
    const skills = new Map([...exampleToSkill, ["IBM Domino", "ibm-domino"], ["Atlassian JIRA", "jira"]]);
    const of = toolKindsBuilder({ technology: rows, exampleToSkill: skills, taxonomy });
    const listedOnly = (code: string) =>
      of(code, [...ordered, "ibm-domino", "jira"]).filter(
        (k) => k.tools.includes("ibm-domino") || k.tools.includes("jira"),
      );
    // 41-2011.00's postings name Salesforce and Excel: Domino and a Hot Jira are only listed.
    expect(listedOnly("41-2011.00")).toEqual([]);
    // 41-2021.00 has no posting data: the field's listed kinds still describe it.
    expect(listedOnly("41-2021.00").length).toBeGreaterThan(0);
  });

  it("marks a nice-to-have whose tools nearly every occupation lists as widespread", () => {
    const excel = kindsOf("41-2011.00", ordered).find((k) => k.tools.includes("excel"));
    expect(excel?.widespread).toBe(true);
    // A required kind never is, however widely its tool is listed.
    expect(kindsOf("41-2011.00", ordered).find((k) => k.required)?.widespread).toBeUndefined();
  });

  it("reads which kinds an occupation's own description names, by words distinctive of a kind", () => {
    const descriptions = new Map([
      ["13-2011.00", "Examine accounting records and advise on software for the data."],
      ["41-2011.00", "Sell goods to customers."],
      ["41-2021.00", "Sell services."],
    ]);
    const rows = [
      ...technology,
      row("13-2011.00", "QuickBooks", "Accounting software"),
      row("13-2011.00", "Excel", "Spreadsheet software"),
    ];
    const named = namedKinds(rows, descriptions);
    expect(named("13-2011.00", "Accounting software")).toBe(true);
    // "software" is in every class's title: it names none of them.
    expect(named("13-2011.00", SHEET)).toBe(false);
    expect(named("41-2011.00", "Accounting software")).toBe(false);
  });

  it("shortens a commodity title to its acronym only when the acronym spells the words before it", () => {
    expect(kindName(CRM)).toBe("CRM software");
    expect(kindName("Computer aided design CAD software")).toBe("CAD software");
    expect(kindName("Medical software")).toBe("Medical software");
    expect(kindName("Network security and virtual private network VPN equipment software")).toBe(
      "Network security and virtual private network VPN equipment software",
    );
  });
});
