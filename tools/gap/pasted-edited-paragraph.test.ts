/**
 * Ad sentences pasted with light edits after a one-paragraph resume (issue 13, robustness
 * pasted.unfit_to_fit with the required-asks rule wired): two ways they still read as evidence.
 * - A piece cut from a long ad sentence, edited at its edge ("I bring …"), repeats too little of
 *   that sentence for the near-verbatim test; it is mostly the ad's words all the same.
 * - A name under the paragraph's experience heading with no tied use ("… a collaborative work
 *   ethic …") was "used in experience" with no line behind it, so nothing could judge it; the
 *   parser now quotes its sentence (`mentioned: "…"`, tools/resume/fields/mention-evidence.test.ts)
 *   and such a quote is read like any other.
 * The real job parser; the ad and the lines are written here.
 */
import { describe, expect, it } from "vitest";
import { profile, skill } from "../../test-support/gap-fixtures.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { backedByWork } from "./match.ts";
import { pastedRanges, withoutPastedAdText } from "./pasted-ad-text.ts";

const parseAd = (text: string) => parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }));

const AD = `Data Platform Engineer
Kestrel Freight, Gdansk

Requirements
- You will own pipelines that move shipment events from Apache Kafka topics into Snowflake tables and on to the dashboards our planners open every morning across the region.
- Strong visual storytelling skills with a clear and convincing dashboard portfolio.
- We expect a relentless attention to detail, a collaborative work ethic and pride in tidy code.
`;

describe("edited ad sentences after a one-paragraph resume", () => {
  it("a piece of a long ad sentence, edited at its edge, is the ad's; a real line sharing names is not", () => {
    const ad = parseAd(AD);
    expect(pastedRanges("I bring Apache Kafka topics into Snowflake tables.", ad)).toHaveLength(1);
    expect(
      pastedRanges("Loaded invoice events from Apache Kafka into Snowflake for the finance team.", ad),
    ).toEqual([]);
  });

  it("a skill backed only by an edited ad sentence the parser quoted is a listing; a real line stays", () => {
    const ad = parseAd(AD);
    const quoted = (sentence: string) => ({
      evidence: [`mentioned: "${sentence}"`],
      validated: true,
      proficiencyStated: false,
      proficiencyReason: "inferred: used in experience or projects, no dates",
    });
    const person = profile({
      skills: [
        skill("kafka", "intermediate", quoted("I bring Apache Kafka topics into Snowflake tables.")),
        skill(
          "snowflake",
          "intermediate",
          quoted("Loaded invoice events from Apache Kafka into Snowflake for the finance team."),
        ),
      ],
    });
    const read = withoutPastedAdText(person, ad).profile.skills;
    expect(read.filter(backedByWork).map((s) => s.skillId)).toEqual(["snowflake"]);
  });
});
