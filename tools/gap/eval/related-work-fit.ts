/**
 * `node --import tsx tools/gap/eval/related-work-fit.ts [--write] [--cache <file>]`: chooses the
 * bar of work related by meaning (../related-work.ts). Rows: every titled role of the labelled
 * dream-role resumes (../shared/data/resumes/dotin_train) whose title belongs to one of the 15
 * dream fields (dream-roles.ts DREAM_FIELDS, first pattern that matches), against each of the 15
 * dream roles, kept only when no other rule already counts the role toward that role (skill,
 * title word, O*NET title kinship, a duty naming a required skill). Each row holds how well the
 * role (title and bullets) reads as the dream role's occupation; own field positive, other
 * fields negative, with how near the role's best-read occupation and the role's are
 * (related-work.ts occupationRank). The bar and the neighbour count are those with the best
 * Youden's J (own-field rate minus other-field rate of roles counted), so nothing is set by hand; `--write` stores it with the
 * rates in tools/gap/related-work.json. Deterministic. Skips without ../shared.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getTaxonomy } from "../../../data/taxonomy/index.ts";
import { RELATED_WORK_FILE, type RelatedWorkModel, roleReadsAsJob } from "../related-work.ts";
import { relevantRoles } from "../score-experience.ts";
import { DREAM_FIELDS, describedDreamRoles } from "./dream-roles.ts";
import { defaultFitDeps } from "./fit-defaults.ts";
import { loadResumeText, SHARED_DATA, sharedDataMissing } from "./shared-data.ts";

const RESUMES = "resumes/dotin_train";

export interface RelatedRow {
  resume: string;
  field: string;
  role: string;
  own: boolean;
  read: number;
  rank: number;
}

export async function collectRelatedRows(): Promise<RelatedRow[] | undefined> {
  const dir = path.join(SHARED_DATA, RESUMES);
  if (sharedDataMissing(dir)) return undefined;
  const deps = await defaultFitDeps();
  const graph = getTaxonomy();
  const roles = await describedDreamRoles();
  const files = readdirSync(dir)
    .filter((f) => /^\d+\.xml$/.test(f))
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
  const rows: RelatedRow[] = [];
  for (const f of files) {
    const resume = `${RESUMES}/${f}`;
    const profile = await deps.profileFromText(loadResumeText(resume)!);
    for (const e of profile.experience) {
      const field = DREAM_FIELDS.find((d) => e.title && d.titles.test(e.title))?.field;
      if (!field) continue;
      for (const r of roles) {
        // Only roles no other rule counts: the bar decides nothing else.
        if (relevantRoles(graph, { ...profile, experience: [e] }, r.job, false).length > 0) continue;
        const reading = roleReadsAsJob(e, r.job);
        if (reading)
          rows.push({
            resume,
            field,
            role: r.field,
            own: field === r.field,
            read: reading.read,
            rank: reading.rank,
          });
      }
    }
  }
  return rows;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Neighbour counts tried for `nearest`: at most a tenth of O*NET's 1016 occupations, the one
 * bound set by hand. "Near" must mean near: the labels count adjacent fields (software ->
 * web) as other fields, so Youden's J alone went on to 150, where a marketing manager's
 * occupation (149th nearest to a data scientist's) gave a marketer 3.8 years toward a machine
 * learning engineer (tools/gap/experience.test.ts).
 */
const NEAREST = [3, 5, 10, 15, 20, 30, 40, 60, 80, 100];

/**
 * The bar and neighbour count with the best Youden's J over readings 0.30..0.99 and NEAREST
 * (ties: the stricter, a higher bar then fewer neighbours).
 */
export function chooseBar(rows: RelatedRow[]): RelatedWorkModel["fitted"] & { bar: number; nearest: number } {
  const own = rows.filter((r) => r.own);
  const other = rows.filter((r) => !r.own);
  let best = { bar: 1, nearest: 0, j: Number.NEGATIVE_INFINITY, ownRate: 0, otherRate: 0 };
  for (const nearest of [...NEAREST].reverse())
    for (let k = 30; k <= 99; k++) {
      const bar = k / 100;
      const counts = (r: RelatedRow) => r.read >= bar && r.rank <= nearest;
      const ownRate = own.filter(counts).length / own.length;
      const otherRate = other.filter(counts).length / other.length;
      if (ownRate - otherRate >= best.j) best = { bar, nearest, j: ownRate - otherRate, ownRate, otherRate };
    }
  return {
    bar: best.bar,
    nearest: best.nearest,
    youdenJ: round(best.j),
    ownFieldRoles: own.length,
    otherFieldRoles: other.length,
    ownRelatedRate: round(best.ownRate),
    otherRelatedRate: round(best.otherRate),
    source: "dotin_train roles of the 15 dream fields no other rule counts, vs the 15 dream roles",
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cacheAt = process.argv.indexOf("--cache");
  const cache = cacheAt > 0 ? process.argv[cacheAt + 1] : undefined;
  const rows =
    cache && existsSync(cache)
      ? (JSON.parse(readFileSync(cache, "utf8")) as RelatedRow[])
      : await collectRelatedRows();
  if (!rows) {
    console.log("skipped: ../shared/data/resumes is absent");
    process.exit(0);
  }
  if (cache && !existsSync(cache)) writeFileSync(cache, JSON.stringify(rows));
  const { bar, nearest, ...fitted } = chooseBar(rows);
  const model: RelatedWorkModel = { version: 1, bar, nearest, fitted };
  console.log(JSON.stringify(model, null, 2));
  if (process.argv.includes("--write"))
    writeFileSync(RELATED_WORK_FILE, `${JSON.stringify(model, null, 2)}\n`);
}
