/**
 * Kinds of message the frozen blind conversation splits answered wrongly (lead20, 2026-12-05),
 * in the lead's own words: progress said with ordinal words or in another language was asked
 * back, an interview invitation in French/German/Portuguese was asked back, "applied at costco 🛒
 * for cashier haha" lost its company to the emoji and kept "haha" in the role, "ping me in 2
 * days if they stay silent" was taken for a hypothetical, "how do I compare against the backend
 * role" replaced the Backend Engineer target with "backend", and "what am I missing" got the
 * verdict's rule instead of the list of gaps.
 */
import { describe, expect, it } from "vitest";
import { planContext } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";
import type { PlanContext } from "./types.ts";
import { understand } from "./understand.ts";

const ctx = (focus: Focus, tracked: string[] = []) =>
  planContext({ hasProfile: true, ...focus }, { tracked });
const roadmap = ctx({
  jobId: "j1",
  jobTitle: "Backend Engineer",
  analysisId: "a1",
  roadmapId: "m1",
  currentWeek: 1,
  topic: "roadmap" as const,
});
const application = ctx(
  {
    application: { company: "Stripe", position: "backend engineer", status: "applied" },
    applications: ["Stripe"],
    topic: "application" as const,
  },
  ["Stripe"],
);
const analysed = ctx({
  jobId: "j1",
  jobTitle: "Backend Engineer",
  analysisId: "a1",
  gaps: ["Kubernetes", "Go"],
  topic: "analysis" as const,
});
const calls = async (text: string, c: PlanContext) => (await understand(text, c)).calls;

describe("progress said with ordinal words, in any language", () => {
  it("marks the week named", async () => {
    expect(await calls("j'ai fini la deuxième semaine", roadmap)).toEqual([
      { name: "record_progress", args: { week: 2 } },
    ]);
    expect(await calls("terminei a primeira semana", roadmap)).toEqual([
      { name: "record_progress", args: { week: 1 } },
    ]);
  });
  it("marks each of several weeks", async () => {
    expect(await calls("got through the first two weeks of the plan", roadmap)).toEqual([
      { name: "record_progress", args: { week: 1 } },
      { name: "record_progress", args: { week: 2 } },
    ]);
  });
});

describe("application news and reminders", () => {
  it("an interview invitation in French, German or Portuguese moves the application on", async () => {
    for (const text of [
      "Stripe m'a invité à un entretien",
      "stripe hat mich zum vorstellungsgespräch eingeladen",
      "a stripe me chamou pra entrevista",
    ])
      expect(await calls(text, application), text).toEqual([
        { name: "update_application_status", args: { application: "Stripe", status: "technical_interview" } },
      ]);
  });
  it("an emoji and a laugh are not part of the company or the role", async () => {
    expect(await calls("applied at costco 🛒 for cashier haha", ctx({}))).toEqual([
      { name: "add_application", args: { company: "costco", position: "cashier" } },
    ]);
  });
  it("a place named with 'the' is the company", async () => {
    expect(await calls("just submitted an app to the city library for librarian assistant", ctx({}))).toEqual(
      [{ name: "add_application", args: { company: "city library", position: "librarian assistant" } }],
    );
  });
  it("a reminder with a condition is set, a question about one is not", async () => {
    expect(await calls("ping me in 2 days if they stay silent", application)).toEqual([
      { name: "set_reminder", args: { application: "Stripe", when: "in 2 days" } },
    ]);
    expect(await calls("should i set a reminder for stripe?", application)).toEqual([]);
  });
});

describe("the target named by some of its words, and what is missing for it", () => {
  it("'the backend role' with Backend Engineer set analyses it, not a new target", async () => {
    const job = ctx({ jobId: "j1", jobTitle: "Backend Engineer", topic: "job" as const });
    expect(await calls("how do i compare against the backend role", job)).toEqual([
      { name: "analyze_fit", args: {} },
    ]);
    // The title as the role data writes it ("Back End Engineer", trying it in the chat).
    const split = ctx({ jobId: "j1", jobTitle: "Back End Engineer", topic: "job" as const });
    expect(await calls("how do i compare against the backend role", split)).toEqual([
      { name: "analyze_fit", args: {} },
    ]);
    expect((await calls("how do i compare against the data analyst role", job)).map((c) => c.name)).toEqual([
      "set_dream_job",
      "analyze_fit",
    ]);
  });
  it("'what am I missing' lists every gap; a score question explains the score", async () => {
    for (const text of [
      "so which requirements am i lacking",
      "what skills am I short on for this job",
      "qu'est-ce qui me manque pour ce poste ?",
    ])
      expect(await calls(text, analysed), text).toEqual([{ name: "explain_gap", args: {} }]);
    expect(await calls("why is Kubernetes a gap?", analysed)).toEqual([
      { name: "explain_gap", args: { skill: "Kubernetes" } },
    ]);
    expect((await calls("what pulled my experience score down", analysed))[0]).toMatchObject({
      name: "explain_score",
      args: { score: "experience" },
    });
  });
});
