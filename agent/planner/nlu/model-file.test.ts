import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SoftmaxRegression } from "../../../tools/ml/softmax-regression.ts";
import { intentModel, MODEL_PATH } from "./intent-model.ts";
import { readModelFile, writeModelFile } from "./model-file.ts";
import { ngramFeatures } from "./ngram-features.ts";

const data = [
  ["show my skills", "show_skills"],
  ["what skills do i have", "show_skills"],
  ["add python to my skills", "add_skill"],
  ["put excel on there", "add_skill"],
  ["remove php from my skills", "remove_skill"],
  ["take scala off", "remove_skill"],
].map(([text, label]) => ({ features: ngramFeatures(text!, undefined), label: label! }));

const dir = mkdtempSync(path.join(tmpdir(), "model-file-"));

describe("the intent model file", () => {
  it("gives back the header and a regression reading exactly as the JSON form does", () => {
    const trained = SoftmaxRegression.train(data);
    const file = path.join(dir, "small.bin");
    writeModelFile(file, { linear: trained.toJSON(), vocabulary: { en: ["café", "naïve"] }, examples: 6 });
    const back = readModelFile<{ linear: unknown; vocabulary: { en: string[] }; examples: number }>(file);
    expect(back.vocabulary.en).toEqual(["café", "naïve"]);
    expect(back.examples).toBe(6);
    const fromFile = SoftmaxRegression.fromJSON(back.linear);
    const fromJSON = SoftmaxRegression.fromJSON(JSON.parse(JSON.stringify(trained.toJSON())));
    for (const text of ["show my skills", "drop kotlin", "añade excel por favor"]) {
      const f = ngramFeatures(text, undefined);
      expect([...fromFile.probabilities(f)]).toEqual([...fromJSON.probabilities(f)]);
    }
    expect(fromFile.toJSON()).toEqual(trained.toJSON());
  });

  it("refuses a file that is not one, or of another version, saying which", () => {
    const other = path.join(dir, "other.bin");
    writeFileSync(other, '{"nlu":{}}');
    expect(() => readModelFile(other)).toThrow(/not an intent model file/);
    const bytes = readFileSync(path.join(dir, "small.bin"));
    bytes.writeUInt32LE(99, 4);
    writeFileSync(other, bytes);
    expect(() => readModelFile(other)).toThrow(/version 99/);
  });

  it("is what the product loads: the committed model reads a plain request", async () => {
    expect(MODEL_PATH.endsWith("model.bin")).toBe(true);
    const [top] = await intentModel().classify("show me my skills please");
    expect(top!.intent).toBe("show_skills");
  });
});
