/**
 * The intent model's content in the model file (model-file.ts): NLP.js's state packed by
 * nlpjs-pack.ts, the regression's weights packed by packSoftmaxArrays with a stored lookup table
 * of its features (tools/ml/feature-table.ts: no 123k-entry Map built at load), the rest JSON.
 * The build (IntentModel.save) and the one-off conversion of older files both write through here.
 */

import { featureTable } from "../../../tools/ml/feature-table.ts";
import {
  narrowed,
  type PackedSoftmaxArrays,
  packSoftmaxArrays,
  type SoftmaxJSON,
} from "../../../tools/ml/softmax-regression.ts";
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
  const nlu = packNlu(model.nlu as NluJSON);
  writeModelFile(
    file,
    { ...model, nlu: nlu.head, linear: linearHead },
    {
      "linear.features": features,
      "linear.counts": arrays.counts,
      "linear.classIndex": arrays.classIndex,
      "linear.thousandths": narrowed(arrays.thousandths),
      "linear.table": featureTable(features),
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
      table: sections["linear.table"] as Uint32Array,
    },
  };
  return { ...header, nlu: { head: header.nlu, sections }, linear };
}
