/**
 * "rerun it", "redo the analysis", "add X and then run the fit again" with an analysis in focus:
 * the same job analysed again (`reanalyze`), not a fresh fit check that a reader of the words
 * alone plans (conv13u, from blind12/blind11 misses: a re-run asked in so many words came out
 * as `analyze_fit`). A new role named in the same message (a target set) is a fresh analysis
 * and stays one; with nothing analysed yet there is nothing to re-run.
 */

import type { Focus } from "../graph/focus.ts";
import type { PlannedCall } from "../tools/schemas.ts";

/** Words that ask for the same thing again, in the languages the planner reads. */
const AGAIN =
  /\b(?:re-?run|re-?do|re-?check|re-?analy[sz]e|re-?score|again|once more|one more time|de nuevo|otra vez|repite|repetir|rehaz\w*|vuelve a|volver a|relance\w*|refai\w*|refaire|à nouveau|encore une fois|de nouveau|nochmal|noch ?mal|noch einmal|erneut|wiederhol\w*|de novo|novamente|refaz\w*|roda de novo|phir se|dobara|dubara)\b/iu;

export function rerunInFocus(calls: PlannedCall[], raw: string, focus: Focus): PlannedCall[] {
  if (!focus.analysisId || !AGAIN.test(raw)) return calls;
  if (calls.some((c) => c.name === "set_dream_job" || c.name === "reanalyze")) return calls;
  return calls.map((c) =>
    c.name === "analyze_fit" && Object.keys(c.args).length === 0 ? { name: "reanalyze", args: {} } : c,
  );
}
