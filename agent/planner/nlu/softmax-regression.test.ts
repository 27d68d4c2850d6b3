import { describe, expect, it } from "vitest";
import { SoftmaxRegression } from "../../../tools/ml/softmax-regression.ts";
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

  it("reads the conversation's context as a feature of its own", () => {
    const f = ngramFeatures("save this", "question");
    expect(f).toContain("x:question");
    expect(f).toContain("xw:question:save");
    expect(ngramFeatures("save this", undefined)).toContain("x:none");
  });
});
