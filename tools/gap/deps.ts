/**
 * What every analysis needs beside the person and the job: the skill graph and the
 * learning catalog. Loaded once per process on first use, so start-up and light requests
 * never pay for them.
 */
import type { AnalysisDeps } from "./stage-context.ts";

let deps: Promise<AnalysisDeps> | undefined;

export function loadAnalysisDeps(): Promise<AnalysisDeps> {
  deps ??= (async () => {
    const [{ getTaxonomy }, { getLearningCatalog }] = await Promise.all([
      import("../../data/taxonomy/index.ts"),
      import("../../data/learning/index.ts"),
    ]);
    return { graph: getTaxonomy(), catalog: getLearningCatalog() };
  })();
  deps.catch(() => {
    deps = undefined;
  });
  return deps;
}
