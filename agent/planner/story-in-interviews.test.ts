/**
 * Trial (Teams, issue 12): "how do I tell my story as a teacher in interviews?" got the
 * clarify choices "Application stats | Practise teacher | Bookmark it". It is interview
 * advice, in every state the conversation can be in (no tool, an answer in words).
 */
import { expect, it } from "vitest";
import type { Focus } from "../graph/focus.ts";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { understand } from "./understand.ts";

const STATES: [string, Focus][] = [
  ["nothing yet", {}],
  ["after a question list", { hasProfile: true, topic: "question", questionIds: ["q1", "q2"] }],
  ["after an analysis", { hasProfile: true, topic: "analysis", jobId: "j", analysisId: "a" }],
  ["after logging an application", { hasProfile: true, topic: "application", lastIntent: "add_application" }],
];

it.each(STATES)("reaches interview advice %s", async (_state, focus) => {
  const p = await understand("how do I tell my story as a teacher in interviews?", {
    focus,
    attachments: [],
    available: new Set(TOOL_NAMES),
  });
  expect(p.calls).toEqual([]);
  expect(p.says.map((s) => `${s.kind}:${s.detail ?? ""}`)).toEqual(["advice:interview_tips"]);
});
