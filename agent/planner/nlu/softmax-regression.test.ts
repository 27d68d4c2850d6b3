import { describe, expect, it } from "vitest";
import { packSoftmaxArrays, SoftmaxRegression } from "../../../tools/ml/softmax-regression.ts";
import { ngramFeatures } from "./ngram-features.ts";

const data = [
  ["show my skills", "show_skills"],
  ["list the skills you have for me", "show_skills"],
  ["what skills do i have", "show_skills"],
  ["add python to my skills", "add_skill"],
  ["put excel on there", "add_skill"],
  ["i also know docker, add it", "add_skill"],
  ["remove php from my skills", "remove_skill"],
  ["take scala off", "remove_skill"],
  ["drop java please", "remove_skill"],
].map(([text, label]) => ({ features: ngramFeatures(text!, undefined), label: label! }));

const top = (m: SoftmaxRegression, text: string) =>
  [...m.probabilities(ngramFeatures(text, undefined))].sort((a, b) => b[1] - a[1])[0]![0];

describe("softmax regression over n-grams", () => {
  it("learns the training examples and reads unseen spellings of them", () => {
    const m = SoftmaxRegression.train(data);
    for (const d of ["show my skills", "take scala off", "put excel on there"])
      expect(top(m, d)).toBe(
        data.find((x) => x.features.join() === ngramFeatures(d, undefined).join())!.label,
      );
    // Letter sequences carry a misspelt word the examples never used.
    expect(top(m, "shwo me my skils")).toBe("show_skills");
    expect(top(m, "remove kotlin from my skills")).toBe("remove_skill");
  });

  it("gives probabilities that sum to 1", () => {
    const p = SoftmaxRegression.train(data).probabilities(ngramFeatures("anything at all", undefined));
    expect([...p.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it("is deterministic and reads the same after a round trip through its file", () => {
    const a = SoftmaxRegression.train(data);
    const b = SoftmaxRegression.train(data);
    expect(JSON.stringify(a.toJSON())).toBe(JSON.stringify(b.toJSON()));
    const back = SoftmaxRegression.fromJSON(JSON.parse(JSON.stringify(a.toJSON())));
    for (const text of ["show my skills", "drop rust", "add go"]) expect(top(back, text)).toBe(top(a, text));
  });

  it("reads exactly the same numbers from the packed file as from the JSON one (the intent model's load budget)", () => {
    const json = SoftmaxRegression.train(data).toJSON();
    const plain = SoftmaxRegression.fromJSON(json);
    const packed = SoftmaxRegression.fromJSON(packSoftmaxArrays(json));
    for (const text of [
      "show my skills",
      "drop java please",
      "shwo me my skils",
      "something else entirely",
    ]) {
      const f = ngramFeatures(text, undefined);
      expect([...packed.probabilities(f)]).toEqual([...plain.probabilities(f)]);
    }
    expect(JSON.stringify(packed.toJSON())).toBe(JSON.stringify(json));
  });

  it("reads the conversation's context as a feature of its own", () => {
    const f = ngramFeatures("save this", "question");
    expect(f).toContain("x:question");
    expect(f).toContain("xw:question:save");
    expect(ngramFeatures("save this", undefined)).toContain("x:none");
  });
});

describe("averaged SGD orders (issue 12: a retrain on a few added lines moved unrelated readings)", () => {
  // The effect is measured on the real data (scripts/intent-model-cv.ts --stability: 3.4% of
  // outside dev tops changed by leaving 4 lines out with one order, 2.7% with three); nine
  // toy lines are too few to show it, so these only pin down what the option does.
  it("is deterministic, still learns the examples, and is another model than one order", () => {
    const three = SoftmaxRegression.train(data, { orders: 3 });
    expect(three.toJSON()).toEqual(SoftmaxRegression.train(data, { orders: 3 }).toJSON());
    expect(three.toJSON()).not.toEqual(SoftmaxRegression.train(data).toJSON());
    for (const d of ["show my skills", "take scala off", "put excel on there"])
      expect(top(three, d)).toBe(top(SoftmaxRegression.train(data), d));
  });
});

describe("language features", () => {
  it("a message in another language also has its language and its words joined with it; English has neither", () => {
    const es = ngramFeatures("soy apto", undefined, undefined, "es");
    expect(es).toContain("l:es");
    expect(es).toContain("lw:es:apto");
    expect(es).toContain("w:apto");
    expect(
      ngramFeatures("am i a fit", undefined).some((f) => f.startsWith("l:") || f.startsWith("lw:")),
    ).toBe(false);
  });

  it("averaging the closing epochs keeps what is learned and moves less with the seed", () => {
    const spread = (tail: number) => {
      const [a, b] = [7, 8].map((seed) => SoftmaxRegression.train(data, { seed, tail, epochs: 6 }));
      const probe = ngramFeatures("shwo me my skils", undefined);
      const pa = a!.probabilities(probe).get("show_skills")!;
      const pb = b!.probabilities(probe).get("show_skills")!;
      expect(top(a!, "take scala off")).toBe("remove_skill");
      return Math.abs(pa - pb);
    };
    expect(spread(3)).toBeLessThan(spread(1));
  });
});
