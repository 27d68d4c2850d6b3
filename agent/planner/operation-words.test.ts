/**
 * The verb decides what to do with the thing talked about. The intent model reads the
 * object well and the operation less well: removing skills was read as adding them,
 * taking a company off the applications list as listing it, a filter ("only the ghosted
 * ones") as a status change, a share or a count as a list or a new analysis, "the third
 * one" after an analysis as the whole score, and "keep this" after an analysis as a
 * bookmark with no question to keep.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const AFTER_APPLICATION: Focus = {
  hasProfile: true,
  topic: "application",
  lastIntent: "add_application",
  application: { company: "Figma", position: "designer", status: "applied" },
};
const AFTER_ANALYSIS: Focus = {
  hasProfile: true,
  jobId: "job-1",
  jobTitle: "Data Analyst",
  analysisId: "analysis-1",
  analysed: 1,
  topic: "analysis",
  lastIntent: "analyze_fit",
  gaps: ["Tableau", "SQL", "Airflow"],
};

const plan = plannerWith({ focus: { hasProfile: true } });
const planned = async (text: string, focus?: Focus) =>
  (await plan(text, focus)).calls.map((c) => ({ name: c.name, args: c.args }));

describe("the verb decides the operation", () => {
  it("'drop' two skills removes both", async () => {
    expect(await planned("drop sql and tableau")).toEqual([
      { name: "remove_skill", args: { skill: "sql" } },
      { name: "remove_skill", args: { skill: "tableau" } },
    ]);
  });

  it("'drop' with a level re-levels instead", async () => {
    const calls = await planned("drop my sql level to beginner");
    expect(calls.map((c) => c.name)).toEqual(["update_skill"]);
  });

  it("taking a named company off the applications list deletes that application", async () => {
    expect(await planned("take Netflix off my applications list")).toEqual([
      { name: "delete_application", args: { application: "Netflix" } },
    ]);
  });

  it("only a named application is removed, never the one in focus on a guess", async () => {
    // Shown in a list, "it" is a guess: nothing is removed.
    const shown: Focus = { ...AFTER_APPLICATION, lastIntent: "list_applications" };
    const calls = await planned("take it off my applications list", shown);
    expect(calls.map((c) => c.name)).not.toContain("delete_application");
    // Right after logging it, "it" is the one just logged (conv12s, 2026-12-06): no guess.
    expect(await planned("take it off my applications list", AFTER_APPLICATION)).toEqual([
      { name: "delete_application", args: { application: "Figma" } },
    ]);
  });

  it("'show me only the ghosted ones' filters the list, it does not change a status", async () => {
    expect(await planned("show me only the ghosted ones", AFTER_APPLICATION)).toEqual([
      { name: "list_applications", args: { status: "ghosted" } },
    ]);
  });

  it("a share of the applications is a statistic", async () => {
    const calls = await planned("what percent of my applications end in a rejection", AFTER_APPLICATION);
    expect(calls.map((c) => c.name)).toEqual(["application_stats"]);
  });

  it("how many analyses were run lists them instead of running another", async () => {
    const calls = await planned("how many times did I run this check", AFTER_ANALYSIS);
    expect(calls.map((c) => c.name)).toEqual(["list_analyses"]);
  });
});

describe("asking whether something exists", () => {
  it.each(["do I have a roadmap yet?", "have you made me a study plan already?"])(
    "'%s' shows the roadmap (or says there is none); it does not build one",
    async (text) => {
      expect(await planned(text, { hasProfile: true })).toEqual([{ name: "show_roadmap", args: {} }]);
    },
  );
});

describe("references to what the conversation holds", () => {
  it("'and what about the last one' after an analysis is its last gap", async () => {
    expect(await planned("and what about the last one", AFTER_ANALYSIS)).toEqual([
      { name: "explain_gap", args: { skill: "Airflow" } },
    ]);
  });

  it.each(["keep this one", "star this"])(
    "'%s' after an analysis asks back: there is no question to bookmark",
    async (text) => {
      const p = await plan(text, AFTER_ANALYSIS);
      expect(p.calls).toEqual([]);
      expect(p.says.map((s) => s.kind)).toEqual(["clarify"]);
    },
  );
});
