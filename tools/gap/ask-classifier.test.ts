/**
 * What a requirement sentence asks of the candidate (issue 13): sentences about the company,
 * the offer or the team are not asks, and a qualification that names a skill asks for all of
 * it. Real parts: the job parser, the committed ask classifier, the offline embedder and the
 * analysis. The ads and resumes are written here (nothing from ../shared).
 */
import { describe, expect, it } from "vitest";
import { gapDeps, profile, skill } from "../../test-support/gap-fixtures.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";
import { classifyAsks } from "./ask-classifier.ts";
import { shippedEmbedder, vectorsFor } from "./evidence.ts";
import { typeRequirements } from "./requirements.ts";

const deps = gapDeps();
const parseAd = (text: string) =>
  parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }), deps.graph);

/** The committed classifier's class of each sentence, with the shipped embedder. */
function classesOf(texts: string[]) {
  const embedder = shippedEmbedder();
  return classifyAsks(texts, vectorsFor(embedder, texts), embedder);
}

describe("the ask classifier", () => {
  it("tells a qualification from a trait, a duty and a company sentence", () => {
    expect(
      classesOf([
        "You have several years of experience installing solar panels on residential roofs.",
        "We are a family-owned bakery chain with shops in five towns.",
        "You are cheerful, punctual and good with people.",
        "You will plan the weekly rota and order supplies.",
      ]),
    ).toEqual(["qualification", "other", "trait", "duty"]);
  });

  it("reads equal-opportunity statements and facts about the employer as no ask, and work with children as a duty", () => {
    // Before the added training sentences the first two were qualifications (issue 13: an
    // equal-opportunity paragraph became must-haves) and the duty with young children was the
    // company's.
    expect(
      classesOf([
        "Hiring is done without regard to race, religion, national origin, sexual orientation, age or marital status.",
        "We provide reasonable accommodations for religious practices and for applicants with a mental or physical disability.",
        "Our maternity ward delivers about nine hundred babies a year and runs its own laboratory.",
        "Daily work with the youngest children in the nursery, including play and meals.",
      ]),
    ).toEqual(["other", "other", "other", "duty"]);
  });

  it("leaves the company and the offer out of a posting's requirements", () => {
    const ad = parseAd(`Bookkeeper
Requirements
- At least 3 years of experience with accounts payable and bank reconciliations
- Our firm has a strong track record of serving local businesses and we pride ourselves on a friendly atmosphere
- We offer excellent benefits, a good pension plan and flexible hours
- Good knowledge of spreadsheets`);
    const asks = typeRequirements(ad, deps.graph, shippedEmbedder()).map((r) => r.text);
    expect(asks.some((t) => /accounts payable/.test(t))).toBe(true);
    // Both carry the cue words the parser kept sentences by before ("strong", "track record",
    // "excellent", "good"), yet say nothing about the candidate.
    expect(asks.some((t) => /friendly atmosphere|pension plan/.test(t))).toBe(false);
  });
});

describe("a qualification that names skills", () => {
  const ad = parseAd(`QA Engineer
Requirements
- Hands-on experience with automated testing using Java
- Good communication skills`);

  it("is not met by one of the skills it names alone", () => {
    // Java is held with a role behind it, test automation is not: "automated testing using Java"
    // asks for both (it was met through Java alone before).
    const javaOnly = profile({
      skills: [skill("java", "advanced", { years: 5, evidence: ["Built order services in Java."] })],
      experience: [
        {
          title: "Backend Developer",
          company: "Acme",
          bullets: ["Built order services in Java."],
          skills: ["java"],
        },
      ],
    });
    const ask = analyze(javaOnly, ad, deps).requirements?.find((r) => /automated testing/.test(r.text));
    expect(ask?.about).toBe("qualification");
    expect(ask?.met).toBe(false);
  });
});
