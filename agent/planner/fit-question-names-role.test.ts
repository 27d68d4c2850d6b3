/**
 * Issue 12 (trial item 14): with no target yet, "¿soy buena candidata para clinic manager?"
 * was answered "Which job should I compare you to?" — the role the question names was not
 * taken. A fit question in Spanish, Portuguese, French or German that names a role sets it
 * as the target and analyses it (as "am I a fit for …" and "analyze me again for …" do in
 * English); one that points at "this job" still asks which.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { understand } from "./understand.ts";

const NO_TARGET: Focus = { hasProfile: true };
const plan = plannerWith({ focus: NO_TARGET });

it.each([
  "¿soy buena candidata para clinic manager?",
  "sou candidata pra vaga de analista de dados?",
  "suis-je faite pour le poste de chef de projet ?",
  "bin ich geeignet für die Stelle als Projektleiter?",
])("%s sets the role and analyses it", async (text) => {
  const p = await plan(text);
  expect(p.calls.map((c) => c.name)).toEqual(["set_dream_job", "analyze_fit"]);
});

it("a fit question about 'this job' with nothing in focus names no role", async () => {
  const p = await plan("¿soy buen candidato para este puesto?");
  expect(p.calls.map((c) => c.name)).not.toContain("set_dream_job");
});

// Discord's /careercraft analyze with no job option says "am I a fit for my dream job?": "dream"
// was set as the target ("I could not match "dream" to a known role") and, since a failed new
// target no longer shows the old role's fit, the command answered with that error.
it.each(["am I a fit for my dream job?", "am i a fit for my target role", "am I qualified for my goal job?"])(
  "%s analyses the target already set",
  async (text) => {
    const p = await understand(text, {
      focus: { hasProfile: true, jobId: "job-1", jobTitle: "Data Engineer" },
      attachments: [],
      available: new Set(TOOL_NAMES),
    });
    expect(p.calls.map((c) => c.name)).toEqual(["analyze_fit"]);
  },
);

// "check if im a fit for data scientist" (intents12e's held-out turns): the fit was checked with
// no role ("Which job should I compare you to?"), so every follow-up about the score had no analysis.
it.each([
  "yo can u check if im a fit for data scientist",
  "see whether I'm a good fit for data scientist",
  "wondering if i would be a fit for data scientist",
])("%s sets the role it asks about and analyses it", async (text) => {
  const p = await plan(text);
  expect(p.calls.map((c) => c.name)).toEqual(["set_dream_job", "analyze_fit"]);
  expect(String(p.calls[0].args.text).toLowerCase()).toBe("data scientist");
});
