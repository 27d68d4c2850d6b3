/**
 * Issue 13: a long requirement sentence packing several asks ("You hold a master's degree … and
 * at least 3 years of … and should have …") was one piece, typed and classified as one ask and
 * met or missed as a whole. Each ask is its own piece now; a run-on heading is no ask. Sentences
 * written here.
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import type { JobPosting } from "../jobs/types.ts";
import { askClauses } from "./ask-clauses.ts";
import { splitAsks, typeRequirements } from "./requirements.ts";

const graph = getTaxonomy();

describe("a long sentence packing several asks", () => {
  it("is cut before each joined ask", () => {
    expect(
      askClauses(
        "You hold a master's degree in analytical chemistry or pharmacy and have at least three years of laboratory experience and should be comfortable presenting results to customers",
      ),
    ).toEqual([
      "You hold a master's degree in analytical chemistry or pharmacy",
      "have at least three years of laboratory experience",
      "should be comfortable presenting results to customers",
    ]);
    expect(
      askClauses(
        "A bachelor's degree in logistics, supply chain management or a related field and 5+ years of experience planning international freight",
      ),
    ).toEqual([
      "A bachelor's degree in logistics, supply chain management or a related field",
      "5+ years of experience planning international freight",
    ]);
  });

  it("stays whole when it is one ask, short, or two nouns of one ask", () => {
    for (const text of [
      "Strong communication and social skills",
      "You bring deep knowledge and expertise in payroll processing for companies with several hundred employees",
      "Solid experience with warehouse planning and scheduling of inbound and outbound deliveries across two sites",
      "Our bakery has been family owned for three generations and is expanding to a second shop next spring",
    ])
      expect(askClauses(text), text).toEqual([text]);
  });

  it("drops a heading run into the list and keeps a sentence's nice-to-have on its clauses", () => {
    expect(splitAsks("The skills you need\nExperience with payroll systems", graph)).toEqual([
      "Experience with payroll systems",
    ]);
    // A heading glued to the first ask when the line break was lost is no part of the ask.
    expect(
      splitAsks("Your Profile You hold a degree in nursing and a current licence to practise", graph),
    ).toEqual(["You hold a degree in nursing and a current licence to practise"]);
    expect(splitAsks("WHAT YOU WILL BRING Three years of retail management", graph)).toEqual([
      "Three years of retail management",
    ]);
    expect(splitAsks("Experience With Payroll And Budgets", graph)).toEqual([
      "Experience With Payroll And Budgets",
    ]);
    const job = {
      title: "Lab Technician",
      source: "posting",
      skills: [],
      experience: [],
      requirementLines: [
        {
          text: "It is a plus if you have worked in a hospital laboratory before and have a certificate in phlebotomy from a recognised school",
          kind: "required",
        },
      ],
    } as unknown as JobPosting;
    const asks = typeRequirements(job, graph);
    expect(asks.map((r) => r.text)).toEqual([
      "It is a plus if you have worked in a hospital laboratory before",
      "have a certificate in phlebotomy from a recognised school",
    ]);
    expect(asks.map((r) => r.kind)).toEqual(["preferred", "preferred"]);
  });
});
