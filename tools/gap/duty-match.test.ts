/**
 * Issue 13: a duty ask of a non-software field was read only by the offline embedder's
 * whole-line cosine, which averages a bullet into a blur: "Inspect freight shipments" read
 * "Checked incoming cargo deliveries against purchase orders" 0.33 (met at 0.6), so a warehouse
 * worker's plain evidence was a gap. The duty matcher reads a short ask word by word, with the
 * words ESCO's skill labels use for one another (cargo / freight / shipments, check / inspect).
 * Real parts: the committed ESCO word swaps, the word-vector pack, the job parser, the analysis's
 * evidence reader. Asks and lines written here.
 */
import { describe, expect, it } from "vitest";
import { dutyWordKey, dutyWordSwaps } from "../../data/taxonomy/duty-words.ts";
import { gapDeps, profile } from "../../test-support/gap-fixtures.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { dutyLineCoverage, phraseMatch } from "./duty-match.ts";
import { findEvidence, shippedEmbedder } from "./evidence.ts";
import { typeRequirements } from "./requirements.ts";

const deps = gapDeps();

describe("duty matching word by word", () => {
  it("reads ESCO's swaps: freight for cargo, inspect for check", () => {
    expect(dutyWordSwaps(dutyWordKey("cargo")).get("freight")).toBeGreaterThanOrEqual(10);
    expect(dutyWordSwaps(dutyWordKey("inspect")).get(dutyWordKey("check"))).toBeGreaterThanOrEqual(10);
  });

  it("covers a short ask by a line that says it in other words, and not by an unrelated line", () => {
    const ask = "Inspect freight shipments";
    expect(
      dutyLineCoverage(ask, "Checked incoming cargo deliveries against purchase orders"),
    ).toBeGreaterThan(0.7);
    expect(dutyLineCoverage(ask, "Answered phone calls at the front desk")).toBeLessThan(0.2);
    // A sentence-long ask is the embedder's to read.
    expect(
      phraseMatch(
        "You have a natural sense for creating structure and a good overview of every part of a busy project",
        ["Checked incoming cargo"],
      ),
    ).toBeUndefined();
  });

  it("meets an ad's duty ask with a bullet in other words, and quotes it", () => {
    const job = parseJobPosting(
      "Warehouse Operative\nRequirements:\n- Inspect freight shipments\n- Keep the loading bay tidy",
      (t) => extractSkills(t, { section: "job ad" }),
      deps.graph,
    );
    const bullet = "Checked incoming cargo deliveries against purchase orders";
    const worker = profile({
      headline: "Warehouse Associate",
      summary: "Warehouse associate.",
      experience: [
        {
          title: "Warehouse Associate",
          company: "Northline",
          start: "2021-01",
          end: "2025-06",
          bullets: [bullet, "Answered phone calls at the front desk"],
          skills: [],
        },
      ],
      skills: [],
    });
    const embedder = shippedEmbedder();
    const evidence = findEvidence(typeRequirements(job, deps.graph, embedder), worker, deps.graph, embedder);
    const inspect = evidence.find((e) => /freight/i.test(e.requirement.text));
    expect(inspect, JSON.stringify(evidence.map((e) => e.requirement.text))).toMatchObject({
      met: true,
      quote: bullet,
    });
  });
});
