/**
 * Found trying the CLI as an accountant: "why is my domain knowledge score low?" answered
 * "Domain knowledge: 24/100. 0.5 of 2 domain/industry asks shown in your profile." without
 * saying which asks. The tool result carries the evidence; the reply now names it.
 */
import { expect, it } from "vitest";
import { toolReply } from "./replies-tools.ts";

it("names the evidence a score used", () => {
  const reply = toolReply(
    "explain_score",
    {
      score: "domainKnowledge",
      label: "Domain knowledge",
      value: 24,
      enoughData: true,
      explanation: "0.5 of 2 domain/industry asks shown in your profile.",
      evidence: ["Accounting: Accounting (0.47, only listed)", "logistics: not in your history"],
    },
    {},
    "s",
  );
  expect(reply).toMatch(/24\/100/);
  expect(reply).toMatch(/Accounting: Accounting \(0\.47, only listed\); logistics: not in your history\./);
});

it("says nothing more when a score has no evidence", () => {
  const reply = toolReply(
    "explain_score",
    {
      score: "salary",
      label: "Salary",
      value: null,
      enoughData: false,
      explanation: "Not enough data.",
      evidence: [],
    },
    {},
    "s",
  );
  expect(reply).toBe("Salary: not scored. Not enough data.");
});
