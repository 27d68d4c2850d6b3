/**
 * Rewrites an intent model file of layout version 1 (a 7.6 MB JSON header then the regression's
 * arrays; until bench20p) in the current layout (intent-model-file.ts), through the same writer
 * the build uses: the committed model.bin was converted so, not retrained (readings identical:
 * agent/planner/nlu/intent-model-file.test.ts). Files the build writes are current already.
 *   node --import tsx scripts/convert-intent-model-file.ts [file]   (default: the committed model)
 */
import { readFileSync } from "node:fs";
import { MODEL_PATH } from "../agent/planner/nlu/intent-model.ts";
import { writeIntentModelFile } from "../agent/planner/nlu/intent-model-file.ts";
import type { PackedSoftmaxArrays } from "../tools/ml/softmax-regression.ts";

/** Version 1: "CCIM" | 1 | n, header JSON | n, features NUL-joined | n, counts u16 | n, classIndex u16 | n, thousandths i32. */
function readVersion1(file: string): { nlu: unknown; linear: PackedSoftmaxArrays } {
  const buf = readFileSync(file);
  if (buf.toString("latin1", 0, 4) !== "CCIM" || buf.readUInt32LE(4) !== 1)
    throw new Error(`${file} is not an intent model file of version 1`);
  let at = 8;
  const section = (unit: number): [number, number] => {
    const n = buf.readUInt32LE(at);
    const begin = at + 4;
    at = (begin + n * unit + 3) & ~3;
    return [begin, n];
  };
  const text = () => {
    const [begin, n] = section(1);
    return buf.toString("utf8", begin, begin + n);
  };
  const copy = <A>(unit: number, make: (b: ArrayBuffer) => A): A => {
    const [begin, n] = section(unit);
    return make(buf.buffer.slice(buf.byteOffset + begin, buf.byteOffset + begin + n * unit) as ArrayBuffer);
  };
  const header = JSON.parse(text());
  const features = text().split("\u0000");
  const counts = copy(2, (b) => new Uint16Array(b));
  const classIndex = copy(2, (b) => new Uint16Array(b));
  const thousandths = copy(4, (b) => new Int32Array(b));
  return { ...header, linear: { ...header.linear, features, arrays: { counts, classIndex, thousandths } } };
}

const file = process.argv[2] ?? MODEL_PATH;
writeIntentModelFile(file, readVersion1(file));
console.log(`${file}: rewritten in the current layout`);
