import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { withSkillLabels } from "./bench-score.ts";

// The gold files as resume-bench's prep.mjs writes them (score.mjs reads `.gold`).
describe("resumes with skill labels", () => {
  it("are the ones whose gold names a tool or a job skill", () => {
    const gold = mkdtempSync(path.join(tmpdir(), "skill-labelled-"));
    const write = (id: string, fields: Record<string, string[]>) =>
      writeFileSync(path.join(gold, `${id}.json`), JSON.stringify({ id, source: `${id}.xml`, gold: fields }));
    write("1", { Name: ["A B"], "Tech Tools": ["Excel"] });
    write("2", { Name: ["C D"], "Job Specific Skills": ["bookkeeping"] });
    write("3", { Name: ["E F"], "Soft Skills": ["teamwork"], "Tech Tools": [] });
    write("4", { Name: ["G H"] });
    expect(withSkillLabels(gold, ["1", "2", "3", "4"])).toEqual(["1", "2"]);
  });
});
