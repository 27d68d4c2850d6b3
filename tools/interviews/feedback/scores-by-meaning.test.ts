/**
 * Trial14 §8: a designer's answer proposing a quick test with five users and working with the PM
 * on the risks scored 25 "Missing: Propose a short discovery step; Missing: Collaborate rather than
 * refuse"; a sales story with "I built our discovery playbook" was told "Go deeper on: Your own
 * part in it". Key points are read by meaning (key-point-reading.ts). Answers written for this test.
 */
import { describe, expect, it } from "vitest";
import { createOfflineEmbedder } from "../../../data/embeddings/offline-embedder.ts";
import { loadQuestionBank } from "../../../data/questions/load.ts";
import { giveFeedback } from "./feedback.ts";

const bank = loadQuestionBank().questions;
const question = (id: string) => bank.find((q) => q.id === id)!;
const embedder = createOfflineEmbedder();

const DESIGNER = `First I'd sit down with the PM and ask which user problem this is meant to fix and whether any research or
numbers back it up. If there's time I'd suggest we put a rough prototype in front of four or five customers over a couple of
days before we polish anything. I wouldn't just say no, I'd still do the visual work alongside them but I'd point out the risks
I see so we decide together.`;

const SELLER = `Last year I finished at 131% of my quota, the top of our team of nine. Our win rate on mid-sized accounts was
poor because calls went straight to demos, so I wrote a discovery playbook with question sets per buyer persona and trained the
other reps on it over three weeks. Average deal size went up 21% and two colleagues hit quota for the first time.`;

const WEAK = "I would make it look nice and match the brand colours, then send it back.";

describe("key points are scored by what the answer means", () => {
  it("a discovery step and collaboration said in other words count", async () => {
    const f = await giveFeedback(question("ux-016"), DESIGNER, { embedder });
    const covered = f.keyPoints.points.filter((p) => p.coverage === "covered").map((p) => p.point);
    expect(covered).toContain("Propose a short discovery step");
    expect(covered).toContain("Collaborate rather than refuse");
    expect(f.score).toBeGreaterThanOrEqual(65);
  });

  it("what the person built themselves is their own part", async () => {
    const f = await giveFeedback(question("gen-030"), SELLER, { embedder });
    const own = f.keyPoints.points.find((p) => p.point.startsWith("Your own part"))!;
    expect(own.coverage).toBe("covered");
    expect(f.improvements.join(" ")).not.toMatch(/own part/);
  });

  it("an answer that only decorates stays low", async () => {
    const f = await giveFeedback(question("ux-016"), WEAK, { embedder });
    expect(f.score).toBeLessThan(40);
  });
});
