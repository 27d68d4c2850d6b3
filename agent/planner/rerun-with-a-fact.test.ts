/**
 * conv12p (a blind6 class; message written for this test): a new fact said with "yrs" and a
 * re-run asked after an analysis ran the old analysis again without the fact ("yrs" was not a
 * word of years).
 */
import { expect, it } from "vitest";
import type { Focus } from "../graph/focus.ts";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { understand } from "./understand.ts";

const analysed: Focus = { hasProfile: true, topic: "analysis", analysisId: "a1", lastIntent: "analyze_fit" };

it("'i also did 3 yrs of Rust … rerun it' re-runs with the fact", async () => {
  const text = "i also did 3 yrs of Rust at my old job. rerun it";
  const p = await understand(text, {
    focus: analysed,
    attachments: [],
    available: new Set(TOOL_NAMES),
    tracked: [],
  });
  expect(p.calls).toEqual([{ name: "reanalyze", args: { context: text } }]);
});
