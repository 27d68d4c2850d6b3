/**
 * The team's extra pairs (evals/data/fit/pairs-more.jsonl, README there) stay usable as training
 * data for the learned verdict: well-formed in the outside dev set's richer format, read by the
 * dev-pair reader with more-NN ids, disjoint from the outside dev pairs and the frozen blind pairs
 * (only their resume and posting ids are read), no repeat of the team's own pairs, and no text
 * copied from the resume or ad. Checks that need ../shared/data skip with a message without it.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEV_PAIRS_FILE, loadDevPairs, MORE_PAIRS_FILE } from "../../tools/gap/eval/dev-set.ts";
import { SHARED_DATA } from "../../tools/gap/eval/shared-data.ts";
import { REPO_ROOT } from "../core/data-files.ts";
import { FIT_BLIND_PAIRS } from "./fit-blind.ts";
import { copiedRuns, pairTextsPresent, type RecruiterLabels } from "./pair-texts.ts";

interface MorePair extends RecruiterLabels {
  id: string;
  resume: string;
  job: string;
}

const pairs = readFileSync(MORE_PAIRS_FILE, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as MorePair);
const sharedPresent = pairTextsPresent();
if (!sharedPresent) console.warn(`skipping pairs-more text checks: ${SHARED_DATA} is absent`);

/** Only the resume and posting ids of another pair file, never its labels or wording. */
const idsOf = (list: { resume: string; posting: string }[]) => ({
  resumes: new Set(list.map((p) => p.resume)),
  postings: new Set(list.map((p) => p.posting)),
});

function expectDisjoint(other: { resumes: Set<string>; postings: Set<string> }) {
  expect(pairs.filter((p) => other.resumes.has(p.resume)).map((p) => `${p.id} ${p.resume}`)).toEqual([]);
  expect(pairs.filter((p) => other.postings.has(p.job)).map((p) => `${p.id} ${p.job}`)).toEqual([]);
}

describe("pairs-more", () => {
  it("are 50 labelled pairs with a field, must-haves, evidence and a reason each", () => {
    expect(pairs).toHaveLength(50);
    expect(pairs.map((p) => p.id)).toEqual(pairs.map((_, i) => `more-${String(i + 1).padStart(2, "0")}`));
    expect(new Set(pairs.map((p) => `${p.resume}|${p.job}`)).size).toBe(pairs.length);
    for (const p of pairs) {
      expect(["FIT", "UNFIT", "BORDERLINE"], p.id).toContain(p.label);
      expect(p.resume, p.id).toMatch(/^resumes\/dotin_train\/\d+\.xml$/);
      expect(p.job, p.id).toMatch(/^(train|dev)-(tech|house)-\d+$/);
      expect(p.field.length, p.id).toBeGreaterThan(0);
      expect(p.required.length, p.id).toBeGreaterThan(0);
      expect(p.met.length, p.id).toBeGreaterThan(0);
      expect(p.reason.length, p.id).toBeGreaterThan(30);
      if (p.label === "UNFIT") expect(p.missing.length, p.id).toBeGreaterThan(0);
    }
    for (const label of ["FIT", "UNFIT", "BORDERLINE"])
      expect(pairs.filter((p) => p.label === label).length, label).toBeGreaterThanOrEqual(5);
  });

  it("read through the dev-pair reader with their own ids and the ad as the posting", () => {
    const read = loadDevPairs(MORE_PAIRS_FILE, "more");
    expect(read?.map((p) => [p.id, p.resume, p.posting, p.label, p.field])).toEqual(
      pairs.map((p) => [p.id, p.resume, p.job, p.label, p.field]),
    );
  });

  it("repeat no pair of the team's own labelled pairs", () => {
    const team = new Set(
      readFileSync(path.join(REPO_ROOT, "evals/data/fit/pairs.jsonl"), "utf8")
        .split("\n")
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as { resume: string; job: string })
        .map((t) => `${t.resume}|${t.job}`),
    );
    expect(pairs.filter((p) => team.has(`${p.resume}|${p.job}`)).map((p) => p.id)).toEqual([]);
  });

  it("use no resume and no posting of the frozen blind pairs", () => {
    expectDisjoint(
      idsOf(
        JSON.parse(readFileSync(path.join(REPO_ROOT, FIT_BLIND_PAIRS), "utf8")) as {
          resume: string;
          posting: string;
        }[],
      ),
    );
  });

  it.skipIf(!existsSync(DEV_PAIRS_FILE))("use no resume and no posting of the outside dev pairs", () => {
    expectDisjoint(
      idsOf(JSON.parse(readFileSync(DEV_PAIRS_FILE, "utf8")) as { resume: string; posting: string }[]),
    );
  });

  it.skipIf(!sharedPresent)("name texts that exist and copy no six-word run of them", () => {
    const { missing, copied } = copiedRuns(
      pairs.map((p) => ({
        resume: p.resume,
        posting: p.job,
        lines: [...p.required, ...p.met, ...p.missing, p.reason],
      })),
      6,
    );
    expect(missing).toEqual([]);
    expect(copied).toEqual([]);
  });
});
