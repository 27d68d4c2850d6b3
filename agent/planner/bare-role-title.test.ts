/**
 * A message that is nothing but a role's title sets it before the fit check, and a fit
 * question is never taken for a role's name (issue 12, a new graduate's trial: "junior data
 * analyst" was read as a fit check with no job and asked "Which job should I compare you
 * to?"; the next message, "how do I look", was then matched as the job).
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith();

it.each(["junior data analyst", "senior nurse"])("%s, said alone, is the target", async (text) => {
  const p = await plan(text, { hasProfile: true });
  expect(p.calls[0]).toEqual({ name: "set_dream_job", args: { text } });
});

it.each(["judge my chances", "am i a fit"])("%s sets no role", async (text) => {
  const p = await plan(text, { hasProfile: true });
  expect(p.calls.map((c) => c.name)).not.toContain("set_dream_job");
});

it("after 'Which job should I compare you to?', a fit question is not the job's name", async () => {
  const p = await plan("how do i look", { hasProfile: true, awaiting: "job" });
  expect(p.calls.map((c) => c.name)).not.toContain("set_dream_job");
});

it("a doubt after the role is no part of it, and asks for the fit check", async () => {
  const p = await plan("so i wanna get into data analytics but idk if im good enough", { hasProfile: true });
  expect(p.calls).toEqual([
    { name: "set_dream_job", args: { text: "data analytics" } },
    { name: "analyze_fit", args: {} },
  ]);
});

it("a described role keeps its own details", async () => {
  const p = await plan("i want to be a data engineer at a fintech startup, remote", { hasProfile: true });
  expect(p.calls[0]).toEqual({
    name: "set_dream_job",
    args: { text: "data engineer at a fintech startup, remote" },
  });
});
