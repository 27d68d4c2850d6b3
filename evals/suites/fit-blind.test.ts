/**
 * The frozen fit-blind set stays what its README promises: well-formed, disjoint from the
 * outside dev pairs and the team's pairs, and free of copied resume or ad text. No analysis
 * runs here (the set is measured by the lead, never tuned on). Checks that need
 * ../shared/data skip with a message when it is absent.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEV_PAIRS_FILE, loadDevPairs } from "../../tools/gap/eval/dev-set.ts";
import { SHARED_DATA } from "../../tools/gap/eval/shared-data.ts";
import { REPO_ROOT } from "../core/data-files.ts";
import { scoreDevPredictions } from "./fit.ts";
import { FIT_BLIND_PAIRS } from "./fit-blind.ts";
import { copiedRuns, pairTextsPresent, type RecruiterLabels } from "./pair-texts.ts";
import type { DevPrediction } from "./ports.ts";

interface BlindPair extends RecruiterLabels {
  resume: string;
  posting: string;
  tags: string[];
}

const file = path.join(REPO_ROOT, FIT_BLIND_PAIRS);
const pairs = JSON.parse(readFileSync(file, "utf8")) as BlindPair[];
const sharedPresent = pairTextsPresent();
if (!sharedPresent) console.warn(`skipping fit-blind text checks: ${SHARED_DATA} is absent`);

describe("fit-blind pairs", () => {
  it("are 40 labelled pairs with must-haves, evidence and a reason each", () => {
    expect(pairs).toHaveLength(40);
    expect(new Set(pairs.map((p) => `${p.resume}|${p.posting}`)).size).toBe(pairs.length);
    for (const p of pairs) {
      expect(["FIT", "UNFIT", "BORDERLINE"]).toContain(p.label);
      expect(p.resume).toMatch(/^resumes\/dotin_train\/\d+\.xml$/);
      expect(p.required.length).toBeGreaterThan(0);
      expect(p.met.length).toBeGreaterThan(0);
      expect(p.reason.length).toBeGreaterThan(30);
      if (p.label === "UNFIT") expect(p.missing.length).toBeGreaterThan(0);
    }
    for (const label of ["FIT", "UNFIT", "BORDERLINE"])
      expect(pairs.filter((p) => p.label === label).length).toBeGreaterThanOrEqual(8);
  });

  it("read through the dev-pair reader with blind-NN ids", () => {
    if (!existsSync(file)) throw new Error(`${file} is missing`);
    const read = loadDevPairs(file, "blind");
    expect(read?.map((p) => p.id)).toEqual(pairs.map((_, i) => `blind-${String(i + 1).padStart(2, "0")}`));
    expect(read?.[0]).toMatchObject({ resume: pairs[0]!.resume, posting: pairs[0]!.posting });
  });

  it("share no pair with the team's own labelled pairs", () => {
    const team = readFileSync(path.join(REPO_ROOT, "evals/data/fit/pairs.jsonl"), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { resume: string; job: string })
      .map((t) => `${t.resume}|${t.job}`);
    const shared = pairs.filter((p) => team.includes(`${p.resume}|${p.posting}`));
    expect(shared.map((p) => `${p.resume} ${p.posting}`)).toEqual([]);
  });

  it.skipIf(!existsSync(DEV_PAIRS_FILE))("use no resume and no posting of the outside dev pairs", () => {
    // Only the ids of the dev file are read, never its labels or reasons.
    const dev = JSON.parse(readFileSync(DEV_PAIRS_FILE, "utf8")) as { resume: string; posting: string }[];
    const resumes = new Set(dev.map((d) => d.resume));
    const postings = new Set(dev.map((d) => d.posting));
    expect(pairs.filter((p) => resumes.has(p.resume)).map((p) => p.resume)).toEqual([]);
    expect(pairs.filter((p) => postings.has(p.posting)).map((p) => p.posting)).toEqual([]);
  });

  it.skipIf(!sharedPresent)("name texts that exist and copy no six-word run of them", () => {
    const { missing, copied } = copiedRuns(
      pairs.map((p) => ({ ...p, lines: [...p.required, ...p.met, ...p.missing, p.reason] })),
      6,
    );
    expect(missing).toEqual([]);
    expect(copied).toEqual([]);
  });
});

describe("scoreDevPredictions with a prefix", () => {
  const pred = (label: DevPrediction["label"], verdict: DevPrediction["verdict"], confidence: number) =>
    ({ id: "x", field: "f", label, verdict, confidence, readiness: 50, reason: "" }) as DevPrediction;

  it("names the blind metrics blind.* and scores clear pairs only", () => {
    const scored = scoreDevPredictions(
      [
        pred("FIT", "FIT", 0.9),
        pred("UNFIT", "FIT", 0.7),
        pred("UNFIT", "UNFIT", 0.8),
        pred("BORDERLINE", "FIT", 0.5),
      ],
      "blind",
    );
    expect(scored.metrics["blind.pairs"]).toBe(4);
    expect(scored.metrics["blind.clear_accuracy"]).toBeCloseTo(2 / 3);
    expect(scored.metrics["blind.fit.recall"]).toBe(1);
    expect(scored.metrics["blind.unfit.recall"]).toBe(0.5);
    expect(scored.metrics["blind.confidence.clear"]).toBeCloseTo(0.8);
    expect(scored.metrics["blind.confidence.borderline"]).toBe(0.5);
    expect(scored.metrics["blind.brier"]).toBeCloseTo((0.01 + 0.49 + 0.04) / 3);
    expect(Object.keys(scored.metrics).every((k) => k.startsWith("blind."))).toBe(true);
    expect(scored.directions["blind.ece"]).toBe("lower");
  });
});
