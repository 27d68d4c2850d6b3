import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SoftmaxRegression } from "../../../tools/ml/softmax-regression.ts";
import { intentModel, MODEL_PATH } from "./intent-model.ts";
import { readIntentModelFile, writeIntentModelFile } from "./intent-model-file.ts";
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

describe("the model file", () => {
  it("gives back the header and every section as written, at any length", () => {
    const file = path.join(dir, "sections.bin");
    const sections = {
      words: ["café", "naïve", "", "x"],
      none: [] as string[],
      odd: new Uint16Array([1, 2, 3]),
      small: new Int16Array([-32768, 0, 32767]),
      ints: new Int32Array([-5, 7]),
      slots: new Uint32Array([0, 4294967295]),
      floats: new Float32Array([0.1, -2.5]),
      doubles: new Float64Array([Math.PI, -1e-300]),
    };
    writeModelFile(file, { vocabulary: { en: ["über"] }, examples: 6 }, sections);
    const back = readModelFile<{ vocabulary: { en: string[] }; examples: number }>(file);
    expect(back.header).toEqual({ vocabulary: { en: ["über"] }, examples: 6 });
    for (const [name, s] of Object.entries(sections)) {
      expect(back.sections[name]).toEqual(s);
      expect(back.sections[name]!.constructor).toBe(s.constructor);
    }
  });

  it("refuses a file that is not one, or of another version, saying which", () => {
    const other = path.join(dir, "other.bin");
    writeFileSync(other, '{"nlu":{}}');
    expect(() => readModelFile(other)).toThrow(/not an intent model file/);
    const bytes = readFileSync(path.join(dir, "sections.bin"));
    bytes.writeUInt32LE(99, 4);
    writeFileSync(other, bytes);
    expect(() => readModelFile(other)).toThrow(/version 99/);
  });

  it("refuses a word holding the NUL that joins a text section", () => {
    expect(() => writeModelFile(path.join(dir, "nul.bin"), {}, { words: ["a\u0000b"] })).toThrow(/NUL/);
  });

  it("gives back a regression reading exactly as its JSON form does", () => {
    const trained = SoftmaxRegression.train(data);
    const file = path.join(dir, "small.bin");
    const nlu = { settings: {}, domainManagers: { en: { stemDict: {}, domains: {} } } };
    writeIntentModelFile(file, { nlu, linear: trained.toJSON(), examples: 6 });
    const back = readIntentModelFile<{ nlu: unknown; linear: never; examples: number }>(file);
    expect(back.examples).toBe(6);
    const fromFile = SoftmaxRegression.fromJSON(back.linear);
    const fromJSON = SoftmaxRegression.fromJSON(JSON.parse(JSON.stringify(trained.toJSON())));
    for (const text of ["show my skills", "drop kotlin", "añade excel por favor"]) {
      const f = ngramFeatures(text, undefined);
      expect([...fromFile.probabilities(f)]).toEqual([...fromJSON.probabilities(f)]);
    }
    expect(fromFile.toJSON()).toEqual(trained.toJSON());
  });

  it("is what the product loads: the committed model reads a plain request", async () => {
    expect(MODEL_PATH.endsWith("model.bin")).toBe(true);
    const [top] = await intentModel().classify("show me my skills please");
    expect(top!.intent).toBe("show_skills");
  });
});
