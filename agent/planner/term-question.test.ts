/**
 * A question about one of the tracker's words is answered in words (issue 12: "what does
 * 'ghosted' mean?" listed the ghosted applications instead).
 */
import { expect, it } from "vitest";
import type { Focus } from "../graph/focus.ts";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { sayText } from "./replies-say.ts";
import { asksMeaningOfStatus } from "./term-question.ts";
import { understand } from "./understand.ts";

const AFTER_APPLICATION: Focus = {
  hasProfile: true,
  topic: "application",
  application: { company: "Ramp", position: "Data Analyst", status: "applied" },
  lastIntent: "add_application",
};

it.each([
  ["what does withdrawn mean?", "withdrawn"],
  ['what\'s "phone screen" mean in my tracker', "phone_screen"],
  ["so what does the status 'ghosted' stand for", "ghosted"],
])("%s is explained, no tool called", async (text, status) => {
  const p = await understand(text, {
    focus: AFTER_APPLICATION,
    attachments: [],
    available: new Set(TOOL_NAMES),
  });
  expect(p.calls).toEqual([]);
  expect(p.says).toEqual([{ kind: "term", detail: status }]);
  const reply = sayText(p.says[0]!, AFTER_APPLICATION, "seed");
  expect(reply).toMatch(/in your application tracker means/);
});

it("words that are not the tracker's are not taken for a term question", () => {
  expect(asksMeaningOfStatus("what does this job mean by SQL?")).toBeUndefined();
  expect(asksMeaningOfStatus("show my ghosted applications")).toBeUndefined();
});
