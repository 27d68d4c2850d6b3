/**
 * The committed intent model on kinds of messages that failed before the second reader
 * and the multi-fact lines (issue 12). The messages are the team's own, not dev-set lines.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../../test-support/planner-turn.ts";
import { TOOL_NAMES } from "../../tools/schemas.ts";
import { understand } from "../understand.ts";
import { blend, intentModel } from "./intent-model.ts";

const plan = plannerWith({ focus: {} });

describe("the intent model", () => {
  it("reads a long message stating several facts about someone's background as adding to their profile", async () => {
    // Before: analyze_fit (a job title and skills read as a target), add_skill/set_preferences.
    for (const text of [
      "I'm a mechanical engineer, 4 years at Bosch designing pumps, I use SolidWorks and MATLAB",
      "I taught middle school science for 7 years, ran the science fair and I'm good with google classroom",
      "I've been doing B2B sales for 5 years at Oracle, closing enterprise deals and managing a pipeline in Salesforce",
    ]) {
      const p = await plan(text);
      expect(p.calls.length, text).toBeGreaterThan(0);
      // save_background (conv12u) keeps the job, its years and its tools in one call.
      for (const c of p.calls)
        expect(["add_profile_entry", "add_skill", "save_background"], text).toContain(c.name);
    }
  });

  it("reads two skills dropped at once as removing them, never adding", async () => {
    const p = await plan("drop photoshop and illustrator");
    expect(p.calls.map((c) => c.name)).not.toContain("add_skill");
    expect(p.calls[0]?.name).toBe("remove_skill");
  });

  it("reads a role in a city as a fit check", async () => {
    // NLP.js alone: nothing (no intent at all).
    const [top] = await intentModel().classify("check my fit for a data scientist position in Madrid");
    expect(top?.intent).toBe("analyze_fit");
  });

  it("reads removing one application as that, never as deleting the account", async () => {
    // NLP.js alone: delete_data 0.65.
    const [top] = await intentModel().classify("pls remove my hulu app");
    expect(top?.intent).toBe("delete_application");
  });

  it("an employer's name does not decide the request: the words around it do", async () => {
    // Before: "stop reminding me about Acme" read as cancel_reminder (0.998), the same words
    // about Stripe as set_reminder (0.51): Stripe was in a line that sets a reminder.
    for (const name of ["Stripe", "Acme", "Globex", "Walmart", "Mayo Clinic"]) {
      const [top] = await intentModel().classify(`stop reminding me about ${name}`, "application");
      expect(top?.intent, name).toBe("cancel_reminder");
      const [set] = await intentModel().classify(
        `remind me to follow up with ${name} on monday`,
        "application",
      );
      expect(set?.intent, name).toBe("set_reminder");
    }
  });

  it("reads starring the question on the table as a bookmark, and 'where do I start' still as help", async () => {
    // Before: help 0.78 for "star this" (the letter sequences of star are those of start), so a
    // hand rule in understand.ts overrode the model; more bookmark lines retired it.
    for (const text of ["star this", "pls star this", "star that one"]) {
      const [top] = await intentModel().classify(text, "question");
      expect(top?.intent, text).toBe("bookmark_question");
    }
    const [start] = await intentModel().classify("where do i start", "question");
    expect(start?.intent).toBe("help");
  });

  it("reads questions on named gaps after an analysis as questions for the gaps, not an explanation", async () => {
    // Before: the model 0.51 / explain_gap 0.48, and the dialogue prior tipped it to explain_gap.
    const p = await understand("questions targeting the kubernetes and docker gaps", {
      focus: { topic: "analysis", analysisId: "a1" },
      attachments: [],
      available: new Set(TOOL_NAMES),
    });
    expect(p.calls.map((c) => c.name)).toEqual(["questions_for_gaps"]);
  });

  it("reads asking for all the scores as the fit check that shows them, never the applications", async () => {
    // Found in a trial: "show me all 11 scores" read as list_applications (0.53).
    for (const context of ["job", "analysis"] as const) {
      const [top] = await intentModel().classify("show me all 11 scores", context);
      expect(top?.intent, context).toBe("analyze_fit");
    }
  });

  it("reads 'I applied at <company>' said short, with no role, as logging it, never as the list (issue 12)", async () => {
    // Before (2026-12-04 day model): list_applications 0.38-0.51, a tie with add_application; every
    // Portuguese/Spanish line that logged one named a role, and "where did I apply?" asks for the list.
    for (const text of ["me candidatei na cielo", "candidatei na unimed", "me postulé en mercadona"]) {
      const [top] = await intentModel().classify(text);
      expect(top?.intent, text).toBe("add_application");
    }
    const [more] = await intentModel().classify("dell too, same role", "application");
    expect(more?.intent).toBe("add_application");
  });

  it("blends the readers' probabilities, and NLP.js's silence leaves its share empty", () => {
    const both = blend({ nlpjs: new Map([["a", 1]]), linear: new Map([["b", 1]]) }, 0.2);
    expect(both).toEqual([
      { intent: "b", score: 0.8 },
      { intent: "a", score: 0.2 },
    ]);
    const silent = blend({ nlpjs: new Map(), linear: new Map([["cancel", 0.4]]) }, 0.2);
    expect(silent[0]?.score).toBeCloseTo(0.32, 9);
  });
});
