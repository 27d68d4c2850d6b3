/**
 * `node --import tsx tools/gap/eval/ask-pieces-report.ts [--split dev|test|both]`: the committed
 * ask classifier's per-class precision / recall on the labelled ad pieces
 * (ask-pieces-measure.ts). Tune on dev; the test half is frozen.
 */
import { askPiecesTable, measureAskPieces } from "./ask-pieces-measure.ts";

const at = process.argv.indexOf("--split");
const split = at > 0 ? process.argv[at + 1] : "both";
const scores = measureAskPieces();
if (!scores) {
  process.stdout.write(
    "skipped: ../shared/data is absent (the labelled pieces are read from the reference ads)\n",
  );
} else {
  for (const s of ["dev", "test"] as const) {
    if (split === "both" || split === s) process.stdout.write(`${askPiecesTable(s, scores[s])}\n\n`);
  }
}
