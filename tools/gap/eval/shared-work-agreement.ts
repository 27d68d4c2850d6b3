/**
 * `node --import tsx tools/gap/eval/shared-work-agreement.ts`: which reading of the shared-work
 * table (data/roles/shared-work.json: work lines, shared O*NET titles, ISCO groups) agrees with
 * labelled pairs. The pairs: every labelled resume of the 15 dream fields (dream-roles.ts,
 * fields from the resumes' gold job titles) against each field's described role; own field is
 * the positive. A pair's reading is the best over the occupations the resume's gold titles name
 * (occupation-kinship.ts occupationsOfTitle) against the role's occupation. Prints, per reading,
 * the area under the ROC curve and the best bar by Youden's J. Reads ../shared only; skips without it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { sharedWorkRow } from "../../../data/roles/shared-work.ts";
import { occupationsOfTitle } from "../occupation-kinship.ts";
import { auc as rocAuc } from "./auc.ts";
import { DREAM_FIELDS, describedDreamRoles, designations, resumesByField } from "./dream-roles.ts";
import { SHARED_DATA, sharedDataMissing } from "./shared-data.ts";

type Reading = "work" | "titles" | "isco" | "max(work,isco)" | "max(all)";
const READINGS: Reading[] = ["work", "titles", "isco", "max(work,isco)", "max(all)"];

function reading(a: string, b: string, r: Reading): number {
  if (a === b) return 1;
  const row = sharedWorkRow(a, b);
  if (!row) return 0;
  if (r === "max(work,isco)") return Math.max(row.work, row.isco);
  if (r === "max(all)") return Math.max(row.work, row.isco, row.titles);
  return row[r];
}

/** Own-field readings against other fields' (tools/gap/eval/auc.ts). */
const auc = (pos: number[], neg: number[]): number =>
  rocAuc([...pos, ...neg], [...pos.map(() => 1), ...neg.map(() => 0)]);

function bestBar(pos: number[], neg: number[]) {
  let best = { bar: 1, j: -1, tpr: 0, fpr: 0 };
  for (const bar of [...new Set([...pos, ...neg])].filter((b) => b > 0).sort((a, b) => a - b)) {
    const tpr = pos.filter((p) => p >= bar).length / pos.length;
    const fpr = neg.filter((n) => n >= bar).length / neg.length;
    if (tpr - fpr > best.j) best = { bar, j: tpr - fpr, tpr, fpr };
  }
  return best;
}

async function main() {
  const dir = path.join(SHARED_DATA, "resumes/dotin_train");
  const missing = sharedDataMissing(dir);
  if (missing) {
    console.log(`skipped: ${missing}`);
    return;
  }
  const roles = (await describedDreamRoles()).map((r) => ({ field: r.field, code: r.job.occupation?.code }));
  const byField = resumesByField();
  const scores = new Map<Reading, { pos: number[]; neg: number[]; posNew: number[]; negNew: number[] }>(
    READINGS.map((r) => [r, { pos: [], neg: [], posNew: [], negNew: [] }]),
  );
  for (const { field } of DREAM_FIELDS) {
    for (const resume of byField.get(field) ?? []) {
      const held = [
        ...new Set(
          designations(readFileSync(path.join(SHARED_DATA, resume), "utf8")).flatMap(occupationsOfTitle),
        ),
      ];
      if (held.length === 0) continue;
      for (const role of roles) {
        if (!role.code) continue;
        const own = role.field === field;
        const same = held.includes(role.code);
        for (const r of READINGS) {
          const v = Math.max(...held.map((h) => reading(h, role.code!, r)));
          const s = scores.get(r)!;
          (own ? s.pos : s.neg).push(v);
          // Pairs no held occupation is the role's own: what the table adds.
          if (!same) (own ? s.posNew : s.negNew).push(v);
        }
      }
    }
  }
  for (const r of READINGS) {
    const s = scores.get(r)!;
    const b = bestBar(s.posNew, s.negNew);
    const at = [0.3, 0.4, 0.5, 0.6, 0.7]
      .map(
        (bar) =>
          `${bar}: ${(s.posNew.filter((p) => p >= bar).length / Math.max(1, s.posNew.length)).toFixed(2)}/${(s.negNew.filter((n) => n >= bar).length / Math.max(1, s.negNew.length)).toFixed(3)}`,
      )
      .join(" ");
    console.log(`${r.padEnd(16)} own/other at ${at}`);
    console.log(
      `${r.padEnd(16)} AUC ${auc(s.pos, s.neg).toFixed(3)} | other occupation than the role's: own ${s.posNew.length} other ${s.negNew.length} AUC ${auc(s.posNew, s.negNew).toFixed(3)} best bar ${b.bar} J ${b.j.toFixed(3)} (own ${b.tpr.toFixed(3)}, other ${b.fpr.toFixed(3)})`,
    );
  }
}

await main();
