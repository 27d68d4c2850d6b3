import { describe, expect, it } from "vitest";
import { createOfflineEmbedder } from "../../data/embeddings/offline-embedder.ts";
import { getRoleExtras } from "../../data/roles/extras.ts";
import { getRoles } from "../../data/roles/index.ts";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { fitOccupationCentroids } from "../ml/occupation-centroids.ts";
import { extractSkills } from "../skills/extract.ts";
import {
  createOccupationReader,
  jobOccupation,
  occupationExamples,
  splitHeldOut,
  titleWordIndex,
} from "./occupation-reader.ts";
import { parseJobPosting } from "./parse.ts";

const parse = (text: string) =>
  parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }), getTaxonomy());

describe("occupation reader", () => {
  it("reads held-out O*NET titles as their occupation, better with the title words than by meaning alone", () => {
    // Computer and education occupations only, to keep the fit small (a few thousand titles).
    const roles = getRoles();
    const all = occupationExamples(
      { version: 1, builtFrom: [], zones: roles.zones, roles: roles.roles },
      getRoleExtras(),
    );
    const examples = all.filter((e) => /^(15-12|25-20)/.test(e.code));
    const { train, test } = splitHeldOut(examples);
    const embedder = createOfflineEmbedder();
    const model = fitOccupationCentroids(embedder, train);
    const accuracy = (wordWeight: number) => {
      const reader = createOccupationReader({ ...model, wordWeight }, embedder, titleWordIndex(train));
      const right = test.filter(({ t, index }) => reader.fromTitle(t)?.code === examples[index]!.code);
      return right.length / test.length;
    };
    expect(test.length).toBeGreaterThan(300);
    const withWords = accuracy(0.5);
    // About 60 occupations: chance is under 0.02; measured 0.54 (0.46 over all 1016, the build's log).
    expect(withWords).toBeGreaterThan(0.5);
    expect(withWords).toBeGreaterThan(accuracy(0));
  });

  it("reads an ad's occupation from its title where no O*NET title has all its words", () => {
    // Before: a parsed ad carried no occupation (the role finder read this title as aerospace work).
    const ad = parse(
      "Automation Test Analyst\nYou will write and maintain automated regression tests for our web platform.",
    );
    expect(jobOccupation(ad)).toMatchObject({ code: "15-1253.00", via: "title" });
  });

  it("reads an ad with no title line from its duties", () => {
    const ad = parse(
      "Our kindergarten is growing.\nYou will plan daily play-based activities for children aged three to five, observe each child's development and talk with parents about their progress.\nYou have a degree in early childhood education.",
    );
    expect(ad.title).toBeUndefined();
    expect(jobOccupation(ad)).toMatchObject({ code: "25-2011.00", via: "duties" });
  });

  it("is not read while an ad is parsed, only when asked for", () => {
    // Before: every parse read the occupation (2-3 ms per new ad and a first load of the
    // centroids) though the verdict model gives the input no weight.
    const ad = parse(
      "Payroll Clerk\n<ORGANIZATION> needs   someone to run the monthly payroll.\nYou know Excel.",
    );
    expect(ad.occupation).toBeUndefined();
    expect(ad.opening).toBe("Payroll Clerk needs someone to run the monthly payroll. You know Excel.");
    expect(jobOccupation(ad)?.via).toBe("title");
  });
});
