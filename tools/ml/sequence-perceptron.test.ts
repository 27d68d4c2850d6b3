import { describe, expect, it } from "vitest";
import { SequencePerceptron, type TrainingSequence } from "./sequence-perceptron.ts";

const LABELS = ["O", "B-X", "I-X"];

/**
 * Written for this test: the word "acme" is an X in one sentence of three and plain in the
 * other two, with nothing else to tell them apart; "corp" always is one.
 */
function ambiguous(): TrainingSequence[] {
  const seq = (x: boolean): TrainingSequence => ({
    features: [["w=the"], ["w=acme"], ["w=said"]],
    tags: ["O", x ? "B-X" : "O", "O"],
  });
  const sure: TrainingSequence = { features: [["w=corp"], ["w=said"]], tags: ["B-X", "O"] };
  return [seq(true), seq(false), seq(false), sure];
}

describe("SequencePerceptron whole-sequence training with miss costs", () => {
  it("a costly miss tips an ambiguous word to the costly label; without a cost it stays plain", () => {
    const data = ambiguous();
    const plain = SequencePerceptron.train(LABELS, data, { epochs: 10, beam: 4 });
    const costly = SequencePerceptron.train(LABELS, data, { epochs: 10, beam: 4, missCost: { "B-X": 4 } });
    const sentence = [["w=the"], ["w=acme"], ["w=said"]];
    expect(plain.tag(sentence)).toEqual(["O", "O", "O"]);
    expect(costly.tag(sentence)).toEqual(["O", "B-X", "O"]);
    expect(costly.tag([["w=corp"], ["w=said"]])).toEqual(["B-X", "O"]);
    // Deterministic, like every build.
    expect(
      SequencePerceptron.train(LABELS, data, { epochs: 10, beam: 4, missCost: { "B-X": 4 } }).toJSON(),
    ).toEqual(costly.toJSON());
  });

  it("a token's own miss weight tips that occurrence alone: the same word elsewhere keeps its weight", () => {
    // The X "acme" of the first sentence weighs 4: its misses outweigh the two plain ones.
    const data = ambiguous();
    data[0] = { ...data[0]!, missWeights: [1, 4, 1] };
    const weighted = SequencePerceptron.train(LABELS, data, { epochs: 10, beam: 4 });
    expect(weighted.tag([["w=the"], ["w=acme"], ["w=said"]])).toEqual(["O", "B-X", "O"]);
    expect(
      SequencePerceptron.train(LABELS, ambiguous(), { epochs: 10, beam: 4 }).tag([
        ["w=the"],
        ["w=acme"],
        ["w=said"],
      ]),
    ).toEqual(["O", "O", "O"]);
  });
});
