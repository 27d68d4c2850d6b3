import { defaultFitDeps } from "./fit-defaults.ts";
import { loadDevPairs, MORE_PAIRS_FILE } from "./dev-set.ts";
import { loadPostings, loadResumeText } from "./shared-data.ts";
const deps = await defaultFitDeps();
const byId = new Map(loadPostings()!.map((p) => [p.id, p.text]));
const pairs = [...loadDevPairs()!, ...loadDevPairs(MORE_PAIRS_FILE, "more")!];
for (const pair of pairs) {
  if (pair.label === "BORDERLINE") continue;
  const a = deps.analyze(await deps.profileFromText(loadResumeText(pair.resume)!), deps.parseJob(byId.get(pair.posting)!));
  const f = a.verdictModel!.features;
  if (f.hardUnmet > 0 || f.mustHaveMissing > 0) continue;
  const tag = pair.label === a.verdict ? "ok " : "BAD";
  console.log(`\n${tag} ${pair.id} ${pair.field} label=${pair.label} verdict=${a.verdict} p=${a.verdictModel!.probability.toFixed(2)} job=${a.job.title}`);
  for (const r of a.requirements ?? []) {
    if (r.kind !== "required" || r.about !== "qualification") continue;
    console.log(`   [${r.type}] sim=${r.similarity.toFixed(2)} cov=${r.coverage ?? "-"} met=${r.met} miss=${(r.missingWords??[]).join(",")} | ${r.text.slice(0,90)} || ${(r.quote??"").slice(0,60)}`);
  }
}
