/**
 * Issue 12: whether to act on the intent model's top reading or ask back was one cut-off on its
 * score (0.35), the same for a long message in the thread in focus and for a few words off
 * it. A learned decision (clarify-decision.ts, built by scripts/build-clarify-model.ts) is
 * measured against it; the planner uses it only below the cut-off, to act after all
 * (reading.ts, see clarify-decision.ts for why).
 */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { CLARIFY_FEATURES, CLARIFY_MODEL_PATH, type ClarifyModelJSON } from "./clarify-decision.ts";

it("the learned decision beats the constant cut-off on held-out readings", () => {
  const json = JSON.parse(readFileSync(CLARIFY_MODEL_PATH, "utf8")) as ClarifyModelJSON;
  expect(json.features).toEqual([...CLARIFY_FEATURES]);
  const cv = json.measured?.cv as Record<"constant" | "learned", { net: string }>;
  // Right minus wrong per message on held-out readings: asking back must pay for itself.
  expect(Number(cv.learned.net)).toBeGreaterThan(Number(cv.constant.net));
});
