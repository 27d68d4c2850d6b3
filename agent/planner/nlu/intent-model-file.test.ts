import { describe, expect, it } from "vitest";
import { loadExamples } from "./corpus.ts";
import { IntentModel, MODEL_PATH } from "./intent-model.ts";
import { readIntentModelFile } from "./intent-model-file.ts";
import { stemLookup, unpackNlu } from "./nlpjs-pack.ts";

// The product's load (IntentModel.load: NLP.js's network and stem dictionary restored from the
// file's sections, the regression's features searched) against NLP.js's own fromJSON given the
// whole state back (the load before bench20p): every reading must be the same number.
describe("the intent model's fast load", () => {
  const fast = IntentModel.load(MODEL_PATH);
  // The regression without its stored lookup table: its features indexed in a Map, as before.
  const json = IntentModel.loadAsJSON(MODEL_PATH);
  const linear = json.linear as { arrays: object };
  const whole = IntentModel.fromJSON({
    ...json,
    linear: { ...linear, arrays: { ...linear.arrays, table: undefined } } as never,
  });
  const examples = loadExamples();
  const lines = examples.filter((_, i) => i % 40 === 0);

  it("reads a few hundred training lines, in and out of context, exactly as the whole-state load", async () => {
    expect(lines.length).toBeGreaterThan(250);
    for (const [i, e] of lines.entries()) {
      const context = i % 3 ? undefined : "application";
      // The line as taught (NLP.js's stem dictionary answers it) and changed (its network does).
      for (const text of [e.text, `${e.text} thx`]) {
        const a = await fast.read(text, context);
        const b = await whole.read(text, context);
        expect([...a.nlpjs], text).toEqual([...b.nlpjs]);
        expect([...a.linear], text).toEqual([...b.linear]);
      }
    }
  }, 120_000);

  it("answers NLP.js's stem dictionary as the plain object it stands for", () => {
    const stored = readIntentModelFile<{ nlu: unknown; linear: never }>(MODEL_PATH);
    const dict = unpackNlu(stored.nlu).domainManagers.en!.stemDict;
    const keys = Object.keys(dict);
    expect(keys.length).toBeGreaterThan(1000);
    const searched = stemLookup(stored.nlu, "en");
    for (const k of keys) expect(searched[k]).toEqual(dict[k]);
    for (const k of ["zzz,not,taught", "", "a", "constructor", "toString", "__proto__"])
      expect(searched[k]).toEqual(dict[k]);
  });
});
