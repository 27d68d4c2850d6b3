/**
 * Pasted ad sentences that slipped past the copy reading on outside dev pairs (issue 13,
 * robustness dev.pasted.unfit_to_fit): an 8-word ask pasted with its opening words dropped
 * (6 of 8 words, under the old 80%), and a copied quote whose skill goes by another name in it
 * ("AWS") that the quote check took away before the copy was known — leaving the copy's level
 * word ("Expertise") as the person's statement. Our own ad and resume lines.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, profile, skill } from "../../test-support/gap-fixtures.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";
import { LISTED_ONLY_NOTE } from "./match.ts";
import { pastedRanges } from "./pasted-ad-text.ts";

const deps = gapDeps();
const parseAd = (text: string) => parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }));

const AD = `Cloud Engineer
Harbour Freight Systems, Antwerp

Requirements
- Expertise with DevOps roles and a strong grasp of release practices in an AWS environment.
- Hands-on experience with load testing using Gatling.
- Good written English.
`;

describe("pasted ad sentences, edited or renamed", () => {
  it("an ask pasted with its opening words dropped is still the ad's", () => {
    expect(pastedRanges("I bring experience with load testing using Gatling.", parseAd(AD))).toHaveLength(1);
    // The person's own sentence sharing the tool's name is not.
    expect(pastedRanges("Wrote Gatling scenarios for the booking service.", parseAd(AD))).toEqual([]);
  });

  it("a level word from a copied sentence naming the skill by another name is no statement", () => {
    const copied =
      'described: "Expertise with DevOps roles and a strong grasp of release practices in an AWS environment."';
    const person = profile({
      skills: [
        skill("aws", "expert", {
          evidence: [copied],
          validated: true,
          proficiencyStated: true,
          proficiencyReason: 'stated: stated "Expertise"',
        }),
      ],
    });
    const match = analyze(person, parseAd(AD), deps).matched.find((m) => m.skillId === "aws");
    // Before: "expert (stated: stated "Expertise")", counted as the person's evidence.
    expect(match?.evidence).toContain(LISTED_ONLY_NOTE);
  });
});
