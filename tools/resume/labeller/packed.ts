/**
 * The labeller's stored weights in flat arrays, and a binary file of them (model.bin).
 *
 * Why: the trainer writes model.json (feature -> [label, weight, ...]), whose JSON.parse
 * built ~25k arrays and was ~20 ms of every cold `careercraft parse-resume` (issue 14). The
 * compiled build (scripts/build-js.mjs) turns model.json into model.bin beside it in dist/,
 * so a retrained model.json drops in unchanged; the sources read model.json as before.
 *
 * model.bin: "CCLB2\n", a JSON header line {labels, templates, features, pairs, namesBytes, beam},
 * the feature values (UTF-8, one per line) grouped by template (`templates`: [template, count]
 * in file order), then, each 8-byte aligned: pair offsets per feature (Uint32, features + 1),
 * the pairs' label indexes (Uint8) and weights (Float64, exactly the JSON's numbers, each
 * feature's in the JSON's order, so scores are summed exactly as before). The header's `beam`
 * is model.json's: how the model was trained and is decoded.
 *
 * Grouped by template because the tagger looks features up by template, then value
 * (SequencePerceptron.tagParts): reading builds those tables straight from the file, where
 * splitting ~41k "template=value" names and filing them was ~40 ms of a cold
 * `careercraft parse-resume`'s CPU (issue 14). Rows are numbered in file order; a row's
 * number never reaches a score.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { NO_VALUE } from "../../ml/feature-names.ts";
import { type PackedWeights, packWeights, type SparseWeights } from "../../ml/packed-weights.ts";
import type { TaggerModel } from "../../ml/sequence-perceptron.ts";

const MAGIC = "CCLB2\n";

const align8 = (n: number) => Math.ceil(n / 8) * 8;

/** model.json -> model.bin (run by the build on the compiled tree). */
export function writePackedModel(jsonFile: string, binFile: string): void {
  const model = JSON.parse(readFileSync(jsonFile, "utf8")) as TaggerModel;
  if (model.labels.length > 255) throw new Error("the labeller has more labels than model.bin holds");
  const packed = packWeights(groupedByTemplate(model.weights));
  if (packed.names.some((n) => n.includes("\n")))
    throw new Error("a labeller feature name holds a line break");
  const templates: [string, number][] = [];
  for (const name of packed.names) {
    const template = splitName(name)[0];
    const last = templates[templates.length - 1];
    if (last && last[0] === template) last[1]++;
    else templates.push([template, 1]);
  }
  const names = Buffer.from(packed.names.map((n) => splitName(n)[1]).join("\n"), "utf8");
  const header = Buffer.from(
    `${MAGIC}${JSON.stringify({
      labels: model.labels,
      templates,
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
    templates: [string, number][];
    features: number;
    pairs: number;
    namesBytes: number;
    beam?: number;
  };
  const namesAt = headerEnd + 1;
  const values = header.features
    ? file.toString("utf8", namesAt, namesAt + header.namesBytes).split("\n")
    : [];
  // The tagger's tables (template -> value -> row), filed in one pass over the values.
  const tables = new Map<string, Map<string, number>>();
  let row = 0;
  for (const [template, count] of header.templates) {
    let table = tables.get(template);
    if (!table) {
      table = new Map();
      tables.set(template, table);
    }
    for (const end = row + count; row < end; row++) table.set(values[row]!, row);
  }
  const offsetsAt = align8(namesAt + header.namesBytes);
  const labelsAt = offsetsAt + (header.features + 1) * 4;
  const weightsAt = align8(labelsAt + header.pairs);
  // Copied out of the file's buffer, whose byte offset need not be aligned for typed arrays.
  const offsets = new Uint32Array(file.buffer.slice(file.byteOffset + offsetsAt, file.byteOffset + labelsAt));
  const labels = new Uint8Array(file.subarray(labelsAt, labelsAt + header.pairs));
  const weights = new Float64Array(
    file.buffer.slice(file.byteOffset + weightsAt, file.byteOffset + weightsAt + header.pairs * 8),
  );
  // The names and the name -> row Map are made on first use: a parse looks features up by
  // template and value (`tables`), so a cold `careercraft parse-resume` never needs them.
  let names: string[] | undefined;
  let rows: Map<string, number> | undefined;
  const packed: PackedWeights = {
    get names() {
      names ??= header.templates
        .flatMap(([template, count]) => Array<string>(count).fill(template))
        .map((template, i) => joinName(template, values[i]!));
      return names;
    },
    get rows() {
      rows ??= new Map(packed.names.map((name, i) => [name, i]));
      return rows;
    },
    tables,
    offsets,
    labels,
    weights,
  };
  return { labels: header.labels, beam: header.beam, packed };
}

/** A feature name's template and value ("w=java" -> ["w", "java"]; "b" -> ["b", ""]). */
function splitName(name: string): [string, string] {
  const at = name.indexOf("=");
  return at < 0 ? [name, NO_VALUE] : [name.slice(0, at), name.slice(at + 1)];
}

const joinName = (template: string, value: string) =>
  value === NO_VALUE ? template : `${template}=${value}`;

/**
 * The weights with each template's features together, templates in order of first appearance
 * and each template's features in the JSON's order (so a name that files under the same
 * template and value as another one, "x" and "x=", is filed last as before).
 */
function groupedByTemplate(weights: SparseWeights): SparseWeights {
  const groups = new Map<string, string[]>();
  for (const name of Object.keys(weights)) {
    const template = splitName(name)[0];
    const group = groups.get(template);
    if (group) group.push(name);
    else groups.set(template, [name]);
  }
  const out: SparseWeights = {};
  for (const group of groups.values()) for (const name of group) out[name] = weights[name]!;
  return out;
}
