/**
 * `node --import tsx tools/gap/eval/dream-roles.ts`: for real resumes of 15 fields, "I want to
 * work as a <role>" is analysed for every field's role; the person's own field should rank
 * first (by P(FIT) plus how close the role's titles are to their own, then readiness).
 *
 * Which field a resume is of comes from its gold labels, not from the team: the labelled
 * resumes in ../shared/data/resumes/dotin_train mark each job title the person held
 * (Designation); a resume belongs to a field when most of those titles match the field's
 * title pattern (DREAM_FIELDS). The first such resume of each field (by file
 * number) is the field's resume (`first`, `mrr`); every such resume is measured too
 * (`all.first`, `all.mrr`), so a change that only suits 15 files shows. Skips without ../shared.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { getTaxonomy } from "../../../data/taxonomy/index.ts";
import { describeDreamRole } from "../../jobs/dream-role.ts";
import { loadRoleFinder } from "../../jobs/target.ts";
import { type Features, regressionProbability, type VerdictModel, verdictModel } from "../verdict-model.ts";
import { defaultFitDeps } from "./fit-defaults.ts";
import { loadResumeText, SHARED_DATA, sharedDataMissing } from "./shared-data.ts";

export interface DreamField {
  field: string;
  /** What a person of the field would type. */
  role: string;
  /** A labelled job title of the field (matched against the resume's gold titles). */
  titles: RegExp;
}

/**
 * Fifteen fields with labelled resumes (design is not one: no resume's titles are mostly a
 * designer's, and O*NET files art editors with editors); the role is the field's everyday title. A gold title
 * goes to the first field whose pattern it matches, so the specific fields (web, QA, support,
 * network, data) come before software. The patterns read the labels only, never the product's
 * own role finder, so the resumes measured do not move when the product changes.
 */
export const DREAM_FIELDS: DreamField[] = [
  { field: "web", role: "web developer", titles: /\b(web|php|front[- ]?end|wordpress|drupal)\b/i },
  { field: "qa", role: "software tester", titles: /\b(test\w*|qa|quality assurance|sdet)\b/i },
  {
    field: "it_support",
    role: "technical support specialist",
    titles: /\b(technical support|tech support|it support|help ?desk|desktop support|support engineer)\b/i,
  },
  { field: "network", role: "network administrator", titles: /\bnetwork/i },
  { field: "data", role: "data analyst", titles: /\b(data (analyst|scientist|engineer)|analytics)\b/i },
  {
    field: "software",
    role: "software developer",
    titles: /\b(software|programmer|developer|java|android)\b/i,
  },
  {
    field: "sales",
    role: "sales representative",
    titles: /\b(sales|account (executive|manager)|business development)\b/i,
  },
  { field: "marketing", role: "marketing manager", titles: /\bmarketing\b/i },
  {
    field: "finance",
    role: "financial analyst",
    titles: /\b(financ\w*|accountant|accounting|auditor|treasurer|controller)\b/i,
  },
  { field: "healthcare", role: "medical assistant", titles: /\b(medical|nurse|nursing|clinical|patient)\b/i },
  // O*NET files art editors with editors (an alternate title of 27-3041.00), not with designers.
  { field: "editing", role: "editor", titles: /\beditor\b/i },
  { field: "teaching", role: "teacher", titles: /\b(teacher|teaching)\b/i },
  {
    field: "legal",
    role: "lawyer",
    titles: /\b(attorney|lawyer|legal (counsel|advis\w+)|solicitor|barrister)\b/i,
  },
  {
    field: "project",
    role: "project manager",
    titles: /\b(project|program) (manager|management|lead\w*)\b/i,
  },
  { field: "operations", role: "operations manager", titles: /\boperations?\b/i },
];

const RESUMES = "resumes/dotin_train";

/** The gold job titles of a labelled resume. */
export function designations(xml: string): string[] {
  return [...xml.matchAll(/<label type="Designation">([\s\S]*?)<\/label>/g)].map((m) =>
    m[1]!.replace(/&amp;/g, "&").replace(/\s+/g, " ").trim(),
  );
}

/** The field most of a resume's labelled titles belong to (at least two titles agreeing). */
export function fieldOf(titles: string[]): string | undefined {
  const votes = new Map<string, number>();
  for (const t of titles) {
    const field = DREAM_FIELDS.find((f) => f.titles.test(t))?.field;
    if (field) votes.set(field, (votes.get(field) ?? 0) + 1);
  }
  const [best, second] = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  const clear = best && best[1] >= 2 && best[1] / titles.length >= 0.5 && best[1] !== second?.[1];
  return clear ? best[0] : undefined;
}

/** Resumes per field, in file-number order. */
export function resumesByField(): Map<string, string[]> {
  const dir = path.join(SHARED_DATA, RESUMES);
  const out = new Map<string, string[]>();
  if (sharedDataMissing(dir)) return out;
  const files = readdirSync(dir)
    .filter((f) => /^\d+\.xml$/.test(f))
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
  for (const f of files) {
    const field = fieldOf(designations(readFileSync(path.join(dir, f), "utf8")));
    if (field) out.set(field, [...(out.get(field) ?? []), `${RESUMES}/${f}`]);
  }
  return out;
}

/** One role analysed for a resume: the model's inputs and the readiness shown. */
export interface RoleFit {
  field: string;
  /** Absent when the analysis ran no model (it then ranks as P 0). */
  features?: Features;
  readiness: number;
}

/**
 * The roles in the order a person should see them: the regression's own P(FIT) plus how close
 * the role's titles are to theirs, then readiness. The uncalibrated P, not the calibrated one:
 * an isotonic map has flat steps (every P under its first knot maps to one value), so ranking
 * by it tied roles the model tells apart and let the title alone decide. The map is monotone,
 * so this never reorders roles the map keeps apart, and no verdict reads it. Nor the judgement-call
 * shrink (a statement of how sure, applied after the map): it moves P toward 0.5, so it RAISED a
 * role the regression put below 0.5 the more of its asks were only partly met (verdict15w).
 */
export function rankRoles(model: VerdictModel, roles: RoleFit[]): RoleFit[] {
  const score = (r: RoleFit) =>
    r.features ? regressionProbability(model, r.features) + r.features.titleSimilarity : 0;
  return roles
    .map((r) => ({ r, s: score(r) }))
    .sort((a, b) => b.s - a.s || b.r.readiness - a.r.readiness || a.r.field.localeCompare(b.r.field))
    .map(({ r }) => r);
}

export interface DreamRow {
  field: string;
  resume: string;
  rank: number;
  top: string;
}

/** The 15 fields' roles as a person would describe them ("I want to work as a <role>"). */
export async function describedDreamRoles() {
  const finder = await loadRoleFinder();
  const graph = getTaxonomy();
  return DREAM_FIELDS.map(({ field, role }) => ({
    field,
    job: describeDreamRole(`I want to work as a ${role}`, finder, graph),
  }));
}

export async function measureDreamRoles() {
  if (sharedDataMissing(path.join(SHARED_DATA, RESUMES))) return undefined;
  const deps = await defaultFitDeps();
  const finder = await loadRoleFinder();
  const graph = getTaxonomy();
  const model = verdictModel();
  const jobs = DREAM_FIELDS.map(({ field, role }) => ({
    field,
    job: describeDreamRole(`I want to work as a ${role}`, finder, graph),
  }));
  const byField = resumesByField();
  const rows: (DreamRow & { primary: boolean })[] = [];
  // Each described role's verdict: own field FIT, other fields' mostly not (described-gate.ts).
  const described = { own: 0, ownFit: 0, other: 0, otherFit: 0 };
  for (const { field } of DREAM_FIELDS) {
    for (const [i, resume] of (byField.get(field) ?? []).entries()) {
      const profile = await deps.profileFromText(loadResumeText(resume)!);
      const ranked = rankRoles(
        model,
        jobs.map(({ field: f, job }) => {
          const a = deps.analyze(profile, job);
          const own = f === field;
          described[own ? "own" : "other"]++;
          if (a.verdict === "FIT") described[own ? "ownFit" : "otherFit"]++;
          const features = a.verdictModel?.features as Features | undefined;
          return { field: f, ...(features ? { features } : {}), readiness: a.scores.readiness };
        }),
      );
      rows.push({
        field,
        resume,
        rank: ranked.findIndex((x) => x.field === field) + 1,
        top: ranked[0]!.field,
        primary: i === 0,
      });
    }
  }
  const summary = (list: DreamRow[]) => ({
    count: list.length,
    first: list.filter((r) => r.rank === 1).length,
    mrr: Math.round((list.reduce((s, r) => s + 1 / r.rank, 0) / Math.max(1, list.length)) * 1000) / 1000,
  });
  const primary = rows.filter((r) => r.primary).map(({ primary: _p, ...r }) => r);
  const all = summary(rows);
  const head = summary(primary);
  return {
    fields: head.count,
    first: head.first,
    mrr: head.mrr,
    all: { resumes: all.count, first: all.first, mrr: all.mrr },
    /** Over every resume: the share of own-field and of other fields' described roles called FIT. */
    described: {
      ownFitRate: Math.round((described.ownFit / Math.max(1, described.own)) * 1000) / 1000,
      otherFitRate: Math.round((described.otherFit / Math.max(1, described.other)) * 1000) / 1000,
    },
    rows: primary,
    allRows: rows.map(({ primary: _p, ...r }) => r),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = await measureDreamRoles();
  if (!report) process.stderr.write("dream roles skipped: ../shared/data is absent\n");
  else process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}
