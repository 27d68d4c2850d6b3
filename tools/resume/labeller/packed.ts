/**
 * The labeller's stored weights in flat arrays, and a binary file of them (model.bin).
 *
 * Why: the trainer writes model.json (feature -> [label, weight, ...]), whose JSON.parse
 * built ~25k arrays and was ~20 ms of every cold `careercraft parse-resume` (issue 14). The
 * compiled build (scripts/build-js.mjs) turns model.json into model.bin beside it in dist/,
 * so a retrained model.json drops in unchanged; the sources read model.json as before.
 *
 * model.bin: "CCLB1\n", a JSON header line {labels, features, pairs, namesBytes, beam}, the
 * feature names (UTF-8, one per line), then, each 8-byte aligned: pair offsets per feature
 * (Uint32, features + 1), the pairs' label indexes (Uint8) and weights (Float64, exactly
 * the JSON's numbers, in the JSON's order, so scores are summed exactly as before). The header's
 * `beam` is model.json's: how the model was trained and is decoded.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { type PackedWeights, packWeights } from "../../ml/packed-weights.ts";
import type { TaggerModel } from "../../ml/sequence-perceptron.ts";

const MAGIC = "CCLB1\n";

const align8 = (n: number) => Math.ceil(n / 8) * 8;

/** model.json -> model.bin (run by the build on the compiled tree). */
export function writePackedModel(jsonFile: string, binFile: string): void {
  const model = JSON.parse(readFileSync(jsonFile, "utf8")) as TaggerModel;
  if (model.labels.length > 255) throw new Error("the labeller has more labels than model.bin holds");
  const packed = packWeights(model.weights);
  if (packed.names.some((n) => n.includes("\n")))
    throw new Error("a labeller feature name holds a line break");
  const names = Buffer.from(packed.names.join("\n"), "utf8");
  const header = Buffer.from(
    `${MAGIC}${JSON.stringify({
      labels: model.labels,
      features: packed.names.length,
      pairs: packed.labels.length,
      namesBytes: names.length,
      beam: model.beam,
    })}\n`,
    "utf8",
  );
  const namesAt = header.length;
  const offsetsAt = align8(namesAt + names.length);
  const labelsAt = offsetsAt + packed.offsets.byteLength;
  const weightsAt = align8(labelsAt + packed.labels.byteLength);
  const out = Buffer.alloc(weightsAt + packed.weights.byteLength);
  header.copy(out, 0);
  names.copy(out, namesAt);
  Buffer.from(packed.offsets.buffer).copy(out, offsetsAt);
  Buffer.from(packed.labels.buffer).copy(out, labelsAt);
  Buffer.from(packed.weights.buffer).copy(out, weightsAt);
  writeFileSync(binFile, out);
}

/** model.bin -> labels and weights; undefined when the file is not one. */
export function readPackedModel(
  binFile: string,
): { labels: string[]; packed: PackedWeights; beam?: number } | undefined {
  const file = readFileSync(binFile);
  if (file.toString("latin1", 0, MAGIC.length) !== MAGIC) return undefined;
  const headerEnd = file.indexOf(10, MAGIC.length);
  const header = JSON.parse(file.toString("utf8", MAGIC.length, headerEnd)) as {
    labels: string[];
    features: number;
    pairs: number;
    namesBytes: number;
    beam?: number;
  };
  const namesAt = headerEnd + 1;
  const names = header.features
    ? file.toString("utf8", namesAt, namesAt + header.namesBytes).split("\n")
    : [];
  const offsetsAt = align8(namesAt + header.namesBytes);
  const labelsAt = offsetsAt + (header.features + 1) * 4;
  const weightsAt = align8(labelsAt + header.pairs);
  // Copied out of the file's buffer, whose byte offset need not be aligned for typed arrays.
  const offsets = new Uint32Array(file.buffer.slice(file.byteOffset + offsetsAt, file.byteOffset + labelsAt));
  const labels = new Uint8Array(file.subarray(labelsAt, labelsAt + header.pairs));
  const weights = new Float64Array(
    file.buffer.slice(file.byteOffset + weightsAt, file.byteOffset + weightsAt + header.pairs * 8),
  );
  // The name -> row Map is made on first use: a parse looks features up by template and value
  // (SequencePerceptron.tagParts builds its own tables from `names`), so a cold
  // `careercraft parse-resume` never needs it (~11 ms of CPU for ~25k names).
  let rows: Map<string, number> | undefined;
  const packed: PackedWeights = {
    get rows() {
      rows ??= new Map(names.map((name, i) => [name, i]));
      return rows;
    },
    names,
    offsets,
    labels,
    weights,
  };
  return { labels: header.labels, beam: header.beam, packed };
}
