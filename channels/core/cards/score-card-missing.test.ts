/**
 * Found trying Teams and Discord as new users: after stating a salary and a place, the score
 * card still read "Culture fit: n/a (not enough data)", "Location: n/a (not enough data)" with
 * no word of what was missing (only "explain my location score" said). An unscored score now
 * says what it lacks, on every chat platform's card.
 */
import { expect, it } from "vitest";
import type { ScoreCardPart } from "../../../contract/conversation.ts";
import { DISCORD_PLATFORM_LIMITS } from "../../discord/adapter.ts";
import { scoreCardCard } from "./from-parts.ts";

const part: ScoreCardPart = {
  type: "scoreCard",
  verdict: "FIT",
  confidence: 0.8,
  jobTitle: "Payroll Specialist",
  scores: [
    { key: "skills", label: "Skills", value: 64, explanation: "6 of 9 asks met." },
    {
      key: "cultureFit",
      label: "Culture fit",
      value: null,
      explanation:
        "Not enough data: you have not said what you value in a workplace. What it used: ad: small team.",
    },
    {
      key: "location",
      label: "Location",
      value: null,
      explanation: "Not enough data: the role is hybrid but the ad names no place to compare with yours.",
    },
    {
      key: "domainKnowledge",
      label: "Domain knowledge",
      value: null,
      explanation: "Not scored: the job names no domain or industry knowledge.",
    },
  ],
};

it("says what an unscored score lacks instead of a bare n/a", () => {
  const card = scoreCardCard(part, DISCORD_PLATFORM_LIMITS);
  const fields = card.elements.flatMap((e) => (e.kind === "fields" ? e.fields : []));
  expect(fields.map((f) => f.value)).toEqual([
    "▰▰▰▰▰▰▱▱▱▱ 64",
    "n/a — you have not said what you value in a workplace",
    "n/a — the role is hybrid but the ad names no place to compare with yours",
    "n/a — the job names no domain or industry knowledge",
  ]);
});
