/**
 * The intent model's content in the model file (model-file.ts): NLP.js's state packed by
 * nlpjs-pack.ts, the regression's weights packed by packSoftmaxArrays (features in ascending
 * order, so its reader searches them instead of indexing 123k of them at load), the rest JSON.
 * The build (IntentModel.save) and the one-off conversion of older files both write through here.
 */
import {
  narrowed,
  type PackedSoftmaxArrays,
  packSoftmaxArrays,
  type SoftmaxJSON,
} from "../../../tools/ml/softmax-regression.ts";
import { ascending } from "../../../tools/ml/sparse-rows.ts";
import { readModelFile, writeModelFile } from "./model-file.ts";
import { type NluJSON, type PackedNlu, packNlu } from "./nlpjs-pack.ts";

interface Saved {
  nlu: unknown;
  linear: SoftmaxJSON | PackedSoftmaxArrays;
}

/** What readIntentModelFile gives back: the model's JSON fields with both readers packed. */
export type StoredModel<T extends Saved> = Omit<T, "nlu" | "linear"> & {
  nlu: PackedNlu;
  linear: PackedSoftmaxArrays;
};

export function writeIntentModelFile<T extends Saved>(file: string, model: T): void {
  const linear = "arrays" in model.linear ? model.linear : packSoftmaxArrays(model.linear);
  const { features, arrays, ...linearHead } = linear;
  // SparseRows searches them when they are (and indexes them, ~30 ms of load, when not).
  if (!ascending(features)) throw new Error("the regression's features are not in ascending order");
  const nlu = packNlu(model.nlu as NluJSON);
  writeModelFile(
    file,
    { ...model, nlu: nlu.head, linear: linearHead },
    {
      "linear.features": features,
      "linear.counts": arrays.counts,
      "linear.classIndex": arrays.classIndex,
      "linear.thousandths": narrowed(arrays.thousandths),
      ...nlu.sections,
    },
  );
}

export function readIntentModelFile<T extends Saved>(file: string): StoredModel<T> {
  const { header, sections } = readModelFile<
    Omit<T, "nlu" | "linear"> & {
      nlu: PackedNlu["head"];
      linear: Omit<PackedSoftmaxArrays, "features" | "arrays">;
    }
  >(file);
  const linear: PackedSoftmaxArrays = {
    ...header.linear,
    features: sections["linear.features"] as string[],
    arrays: {
      counts: sections["linear.counts"] as Uint16Array,
      classIndex: sections["linear.classIndex"] as Uint16Array,
      thousandths: sections["linear.thousandths"] as Int32Array | Int16Array,
    },
  };
  return { ...header, nlu: { head: header.nlu, sections }, linear };
}
