/**
 * The ask classifier on requirement pieces of real ads, labelled by reading
 * (evals/data/ask-pieces): a floor on the frozen test half, and the guard that a changed parser
 * or splitter is caught instead of scored against the wrong labels. The ads are read from
 * ../shared (skipped with a message when absent; an error under CI).
 */
import { describe, expect, it } from "vitest";
import { pieceHash } from "./ask-pieces.ts";
import { labelledPieces, loadAskPieceLabels, measureAskPieces, scoreAsks } from "./ask-pieces-measure.ts";
import { POSTINGS_FILE, sharedDataMissing } from "./shared-data.ts";

const missing = sharedDataMissing(POSTINGS_FILE);
if (missing) console.info(`ask-pieces gate skipped: ${missing}`);

describe("the labelled ad pieces", () => {
  it("hold no ad text: ids, a piece index, a hash, a label and a split only", () => {
    const labels = loadAskPieceLabels();
    // 300 labelled; the three that were a job board's "Technologies" tag line left when that line
    // stopped being read as a sentence (its tags are skill requirements), and four fragments that
    // stopped being requirement pieces when list headings began to be read, and seven pieces of
    // tech ads whose capital and mid-line headings are now read, and a pay line now read as the
    // offer (README).
    expect(labels.length).toBeGreaterThanOrEqual(288);
    for (const l of labels) {
      expect(Object.keys(l).sort()).toEqual([
        "ad",
        "hash",
        "label",
        "piece",
        "sampledFrom",
        "source",
        "split",
      ]);
      expect(l.hash).toMatch(/^[0-9a-f]{12}$/);
    }
    expect(new Set(labels.map((l) => l.split))).toEqual(new Set(["dev", "test"]));
  });

  it("refuse to score a piece whose text changed (the splitter moved)", () => {
    const label = {
      ad: "x-1",
      piece: 0,
      hash: pieceHash("You hold a forklift licence."),
      label: "qualification",
      split: "dev",
    } as const;
    const same = {
      ad: "x-1",
      index: 0,
      text: "You hold a forklift licence.",
      hash: pieceHash("You hold a forklift licence."),
      field: "house",
    };
    expect(labelledPieces([label], [same])).toHaveLength(1);
    const moved = { ...same, text: "You hold a forklift", hash: pieceHash("You hold a forklift") };
    expect(() => labelledPieces([label], [moved])).toThrow(/gone or changed/);
    expect(() => labelledPieces([label], [])).toThrow(/gone or changed/);
  });

  // A heading the ad reader learned to see (a lead-in "you have:") drops a piece before the
  // labelled one: the same text, now at another index of the same ad, keeps its label.
  it("finds a labelled piece that moved within its ad", () => {
    const text = "You hold a forklift licence.";
    const label = {
      ad: "x-1",
      piece: 3,
      hash: pieceHash(text),
      label: "qualification",
      split: "dev",
    } as const;
    const moved = { ad: "x-1", index: 2, text, hash: pieceHash(text), field: "house" };
    expect(labelledPieces([label], [moved])[0]!.piece.index).toBe(2);
    expect(() => labelledPieces([label], [{ ...moved, ad: "x-2" }])).toThrow(/gone or changed/);
  });

  it("scores per class: precision over what was called, recall over what was labelled", () => {
    const s = scoreAsks(
      ["qualification", "qualification", "other", "duty"],
      ["qualification", "other", "other", "trait"],
    );
    expect(s.perClass.qualification).toEqual({ precision: 1, recall: 0.5, support: 2 });
    expect(s.perClass.other).toEqual({ precision: 0.5, recall: 1, support: 1 });
    expect(s.qualificationsDropped).toBe(1);
    expect(s.accuracy).toBe(0.5);
  });

  // Floors on the frozen half, about three pieces under the committed model (2026-12-04 asks13d:
  // accuracy 0.723, macro F1 0.679, qualification recall 0.842, 3 qualifications dropped; the
  // model before read 0.679 / 0.649 / 0.719 / 6). Never tune on this half: it is the measure.
  it.skipIf(Boolean(missing))(
    "the committed classifier reads the frozen half at least as well as the floor",
    () => {
      const scores = measureAskPieces()!;
      console.info(JSON.stringify(scores.test));
      expect(scores.test.pieces).toBeGreaterThanOrEqual(150);
      expect(scores.test.accuracy).toBeGreaterThanOrEqual(0.69);
      expect(scores.test.macroF1).toBeGreaterThanOrEqual(0.65);
      expect(scores.test.perClass.qualification.recall).toBeGreaterThanOrEqual(0.78);
      expect(scores.test.qualificationsDropped).toBeLessThanOrEqual(5);
    },
  );
});
