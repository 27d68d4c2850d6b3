/**
 * The described-role pairs of the dream-role resumes (dream-roles.ts): the first
 * `PER_FIELD` labelled resumes of each of the 15 fields against every field's role ("I want to
 * work as a <role>"), each with the learned verdict's P(FIT) and how many of the role's required
 * asks (its typical core tools and skills) the profile shows. An own-field pair should be a FIT;
 * another field's mostly not (a salesperson for a network administrator). The described-role
 * bar (described-bar.ts) is chosen on these rows. Undefined without ../shared.
 */
import path from "node:path";
import { getTaxonomy } from "../../../data/taxonomy/index.ts";
import { describeDreamRole } from "../../jobs/dream-role.ts";
import { loadRoleFinder } from "../../jobs/target.ts";
import { DREAM_FIELDS, resumesByField } from "./dream-roles.ts";
import { defaultFitDeps } from "./fit-defaults.ts";
import { loadResumeText, SHARED_DATA, sharedDataMissing } from "./shared-data.ts";

/** Resumes per field (the 2026-12-05 measure that set the first bar used four). */
export const PER_FIELD = 4;

export interface DescribedRow {
  /** The resume's field (by its gold titles) and the file. */
  field: string;
  resume: string;
  /** The described role's field. */
  role: string;
  own: boolean;
  /** P(FIT) as the verdict reads it (calibrated, before any described-role bar). */
  probability: number;
  shown: number;
  of: number;
  /** The analysis' verdict (with whatever described-role gate is committed). */
  verdict: "FIT" | "UNFIT";
  /** The verdict model's inputs for the pair (verdict-model.ts). */
  features: Record<string, number>;
  /** The title closeness the gate reads (the trade the role leads counted); features.titleSimilarity when absent. */
  gateTitle?: number;
}

export async function collectDescribedRows(perField = PER_FIELD): Promise<DescribedRow[] | undefined> {
  if (sharedDataMissing(path.join(SHARED_DATA, "resumes"))) return undefined;
  const deps = await defaultFitDeps();
  const finder = await loadRoleFinder();
  const graph = getTaxonomy();
  const roles = DREAM_FIELDS.map(({ field, role }) => ({
    field,
    job: describeDreamRole(`I want to work as a ${role}`, finder, graph),
  }));
  const byField = resumesByField();
  const rows: DescribedRow[] = [];
  for (const { field } of DREAM_FIELDS) {
    for (const resume of (byField.get(field) ?? []).slice(0, perField)) {
      const profile = await deps.profileFromText(loadResumeText(resume)!);
      for (const role of roles) {
        const analysis = deps.analyze(profile, role.job);
        const model = analysis.verdictModel;
        const core = model?.describedCore ?? { shown: 0, of: 0 };
        rows.push({
          field,
          resume,
          role: role.field,
          own: role.field === field,
          probability: model?.probability ?? 0,
          shown: core.shown,
          of: core.of,
          verdict: analysis.verdict,
          features: model?.features ?? {},
          ...(model?.describedCore?.titleSimilarity !== undefined
            ? { gateTitle: model.describedCore.titleSimilarity }
            : {}),
        });
      }
    }
  }
  return rows;
}
