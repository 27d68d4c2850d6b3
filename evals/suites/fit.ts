/**
 * fit: the hand-labelled resume-job pairs (evals/data/fit/pairs.jsonl, reasons written
 * before tuning). tools/gap/eval runs the analysis on each pair with the project's own
 * parsers; the harness scores it: accuracy, F1 for FIT, and whether the stated
 * confidence matches how often the verdict is right (ECE and a reliability chart).
 */
import path from "node:path";
import { requireData } from "../core/data-files.ts";
import type { Suite, SuiteContext } from "../core/types.ts";
import { calibration } from "../metrics/calibration.ts";
import { confusionMatrix } from "../metrics/classification.ts";
import { type DevPrediction, loadFitSet } from "./ports.ts";

export interface FitPrediction {
  id: string;
  /** BORDERLINE: a judgement call under the outside labelling rules; scored apart (confidence only). */
  label: "FIT" | "UNFIT" | "BORDERLINE";
  verdict: "FIT" | "UNFIT";
  /** 0..1 */
  confidence: number;
  readiness?: number | null;
  reason?: string;
}

/** Accuracy, the confusion matrix and calibration over the clear pairs (BORDERLINE ones are judgement calls). */
export function scoreFitPredictions(all: FitPrediction[]) {
  const predictions = all.filter((p) => p.label !== "BORDERLINE");
  const confusion = confusionMatrix(
    predictions.map((p) => ({ gold: p.label, predicted: p.verdict })),
    ["FIT", "UNFIT"],
  );
  const calib = calibration(
    predictions.map((p) => ({ confidence: p.confidence, correct: p.verdict === p.label })),
    10,
  );
  return { confusion, calibration: calib };
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);

/**
 * Pairs in the dev-pairs format — the outside dev pairs (../shared/data/fit/dev_pairs.json,
 * prefix "dev") and the frozen blind set (evals/data/fit-blind, prefix "blind"): accuracy and
 * recall per label on the clear pairs, calibration on the clear pairs, and mean confidence on
 * BORDERLINE pairs (a judgement call should be stated with less confidence than a clear case).
 */
export function scoreDevPredictions(predictions: DevPrediction[], prefix = "dev") {
  const clear = predictions.filter((p) => p.label !== "BORDERLINE");
  const border = predictions.filter((p) => p.label === "BORDERLINE");
  const recall = (label: string) => {
    const of = clear.filter((p) => p.label === label);
    return of.filter((p) => p.verdict === label).length / Math.max(1, of.length);
  };
  const calib = calibration(
    clear.map((p) => ({ confidence: p.confidence, correct: p.verdict === p.label })),
    10,
  );
  // Soft skills (issue 13: all 11 scores when the information exists): how often the sub-score
  // has something to look for, its mean, and the share of looked-for soft skills the resumes show.
  const soft = predictions.flatMap((p) => (p.softSkills ? [p.softSkills] : []));
  const softScored = soft.filter((s) => s.score !== null);
  const softAsked = soft.reduce((n, s) => n + s.asked, 0);
  const confidenceClear = mean(clear.map((p) => p.confidence));
  const confidenceBorderline = mean(border.map((p) => p.confidence));
  return {
    calibration: calib,
    metrics: {
      [`${prefix}.pairs`]: predictions.length,
      [`${prefix}.clear_accuracy`]:
        clear.filter((p) => p.verdict === p.label).length / Math.max(1, clear.length),
      [`${prefix}.fit.recall`]: recall("FIT"),
      [`${prefix}.unfit.recall`]: recall("UNFIT"),
      [`${prefix}.ece`]: calib.ece,
      // A proper score beside the 10-bin ECE, which on 36 pairs moves with a pair crossing a bin edge.
      [`${prefix}.brier`]: calib.brier,
      [`${prefix}.confidence.clear`]: confidenceClear,
      [`${prefix}.confidence.borderline`]: confidenceBorderline,
      [`${prefix}.confidence.clear_minus_borderline`]: confidenceClear - confidenceBorderline,
      ...(soft.length
        ? {
            [`${prefix}.soft_skills.scored_share`]: softScored.length / soft.length,
            [`${prefix}.soft_skills.mean`]: mean(softScored.map((s) => s.score!)),
            [`${prefix}.soft_skills.shown_share`]: softAsked
              ? soft.reduce((n, s) => n + s.shown, 0) / softAsked
              : 0,
          }
        : {}),
    },
    directions: {
      [`${prefix}.ece`]: "lower",
      [`${prefix}.brier`]: "lower",
      [`${prefix}.confidence.borderline`]: "lower",
    } as Record<string, "lower">,
  };
}

/**
 * The resume and posting texts a pairs file names live in ../shared/data, whatever --data
 * says about the pairs: without them the suite skips (an error under CI=true).
 */
export function requireFitTexts(ctx: SuiteContext, pairs: string): void {
  const shared = { ...ctx, dataOverride: undefined };
  requireData(shared, path.join(ctx.sharedDataDir, "resumes/dotin_train"), `Resumes ${pairs} refer to`);
  requireData(
    shared,
    path.join(ctx.sharedDataDir, "job_postings/skillspan_postings_train_dev.jsonl"),
    `Postings ${pairs} refer to`,
  );
}

export const fitSuite: Suite = {
  name: "fit",
  title: "FIT/UNFIT verdict",
  description:
    "Accuracy and FIT F1 of the gap analysis on hand-labelled resume–job pairs, and calibration of its confidence (expected calibration error, reliability chart).",
  async run(ctx) {
    requireFitTexts(ctx, "the fit pairs");
    const pairsFile = ctx.dataOverride
      ? requireData(ctx, "", "Fit pairs file")
      : path.join(ctx.repoRoot, "evals/data/fit/pairs.jsonl");
    const fitSet = await loadFitSet();
    const allPredictions = await fitSet.predict(pairsFile);
    // The team pairs follow the outside labelling rules (evals/data/fit/README.md): accuracy,
    // F1 and calibration over the clear pairs; the judgement calls only say how sure the verdict is.
    const predictions = allPredictions.filter((p) => p.label !== "BORDERLINE");
    const borderline = allPredictions.filter((p) => p.label === "BORDERLINE");
    const devPredictions = ctx.dataOverride ? undefined : await fitSet.predictDev();
    const dev = devPredictions ? scoreDevPredictions(devPredictions) : undefined;
    const dream = ctx.dataOverride ? undefined : await fitSet.dreamRoles();
    // The fitter's out-of-fold scores on outside-style pairs, beside the in-sample dev.ece /
    // dev.brier (which the gates read today; thresholds.yaml).
    const oof = await fitSet.outOfFold();
    // The committed procedure run on this run's analyses (team + dev pairs, pairs sharing a resume
    // or an ad in one fold): a recorded number outlived its analyses (live-out-of-fold.ts).
    // The team's extra pairs (never fitted on) join as unseen pairs: rows of the per-path map's
    // folds and scored apart as oof.more.* (verdict17w: the out-of-sample calibration gate).
    const morePredictions = devPredictions
      ? await fitSet.predictDevFormat(path.join(ctx.repoRoot, "evals/data/fit/pairs-more.jsonl"), "more")
      : undefined;
    const grouped = devPredictions
      ? await fitSet.groupedOutOfFold(allPredictions, devPredictions, morePredictions)
      : undefined;
    const { confusion, calibration: calib } = scoreFitPredictions(predictions);
    const fit = confusion.perLabel.FIT;
    const wrong = predictions.filter((p) => p.verdict !== p.label);
    const right = predictions.filter((p) => p.verdict === p.label);
    return {
      metrics: {
        pairs: predictions.length,
        "borderline.pairs": borderline.length,
        "confidence.mean_borderline": mean(borderline.map((p) => p.confidence)),
        accuracy: confusion.accuracy,
        "fit.precision": fit.precision,
        "fit.recall": fit.recall,
        "fit.f1": fit.f1,
        "unfit.f1": confusion.perLabel.UNFIT.f1,
        ece: calib.ece,
        mce: calib.mce,
        brier: calib.brier,
        "confidence.mean_when_right": mean(right.map((p) => p.confidence)),
        "confidence.mean_when_wrong": mean(wrong.map((p) => p.confidence)),
        ...dev?.metrics,
        ...(grouped
          ? {
              "oof.accuracy": grouped.accuracy,
              "oof.fit.recall": grouped.recallFit,
              "oof.unfit.recall": grouped.recallUnfit,
              "oof.ece": grouped.ece,
              "oof.brier": grouped.brier,
              "oof.log_loss": grouped.logLoss,
              "oof.dev.accuracy": grouped.dev.accuracy,
              "oof.dev.ece": grouped.dev.ece,
              "oof.dev.brier": grouped.dev.brier,
              "oof.team.accuracy": grouped.team.accuracy,
              "oof.team.fit_f1": grouped.team.fitF1,
              ...(grouped.more
                ? {
                    "oof.more.accuracy": grouped.more.accuracy,
                    "oof.more.mean_confidence": grouped.more.meanConfidenceClear,
                    "oof.more.confidence_gap": grouped.more.meanConfidenceGap,
                    "oof.more.ece": grouped.more.ece,
                    "oof.more.brier": grouped.more.brier,
                    "oof.more.log_loss": grouped.more.logLoss,
                  }
                : {}),
            }
          : {}),
        ...(oof
          ? {
              "dev.oof.accuracy": oof.dev.accuracy,
              "dev.oof.ece": oof.dev.ece,
              "dev.oof.brier": oof.dev.brier,
              "dev.oof.log_loss": oof.dev.logLoss,
              "outside.oof.accuracy": oof.all.accuracy,
              "outside.oof.ece": oof.all.ece,
              "outside.oof.brier": oof.all.brier,
              "outside.oof.log_loss": oof.all.logLoss,
              "outside.oof.more_accuracy": oof.more.accuracy,
            }
          : {}),
        ...(dream
          ? {
              "dream_roles.fields": dream.fields,
              "dream_roles.own_first": dream.first,
              "dream_roles.mrr": dream.mrr,
              "dream_roles.all.resumes": dream.all.resumes,
              "dream_roles.all.own_first_rate":
                Math.round((dream.all.first / Math.max(1, dream.all.resumes)) * 1000) / 1000,
              "dream_roles.all.mrr": dream.all.mrr,
              "dream_roles.all.described_own_fit_rate": dream.described.ownFitRate,
              "dream_roles.all.described_other_fit_rate": dream.described.otherFitRate,
            }
          : {}),
      },
      directions: {
        "confidence.mean_when_wrong": "lower",
        ...dev?.directions,
      },
      dataset: { source: pairsFile, items: predictions.length },
      charts: [
        {
          kind: "reliability",
          title: "Confidence vs. how often the verdict is right",
          bins: calib.bins,
          ece: calib.ece,
        },
        { kind: "confusion", title: "Verdicts", labels: confusion.labels, matrix: confusion.matrix },
        ...(dev
          ? [
              {
                kind: "reliability" as const,
                title: "Outside dev pairs (clear): confidence vs. how often the verdict is right",
                bins: dev.calibration.bins,
                ece: dev.calibration.ece,
              },
            ]
          : []),
      ],
      tables: [
        {
          title: "Every pair",
          collapsed: true,
          columns: ["pair", "label", "verdict", "confidence", "readiness"],
          rows: allPredictions.map((p) => [p.id, p.label, p.verdict, p.confidence, p.readiness ?? null]),
        },
        ...(dream
          ? [
              {
                title: "Dream roles: rank of the person's own field's role",
                collapsed: true,
                columns: ["field", "resume", "rank", "ranked first"],
                rows: dream.rows.map((r) => [r.field, r.resume, r.rank, r.top]),
              },
            ]
          : []),
        ...(devPredictions
          ? [
              {
                title: "Every outside dev pair",
                collapsed: true,
                columns: ["pair", "field", "label", "verdict", "confidence", "readiness"],
                rows: devPredictions.map((p) => [
                  p.id,
                  p.field,
                  p.label,
                  p.verdict,
                  p.confidence,
                  p.readiness,
                ]),
              },
            ]
          : []),
      ],
      examples: wrong.map((p) => ({
        title: `${p.id}: labelled ${p.label}, analysis said ${p.verdict} (confidence ${p.confidence.toFixed(2)}, readiness ${p.readiness ?? "n/a"})`,
        detail: p.reason ?? "",
      })),
      notes: [
        "Confidence is read as the probability that the verdict is right; ECE weights each bin's |accuracy − mean confidence| by its share of pairs (10 bins).",
        `Pairs analysed by ${fitSet.modulePath} with the project's resume parser, job parser and gap analysis.`,
        grouped
          ? `oof.*: the committed verdict model's procedure (its L2 and calibration, tools/gap/verdict-model.json) run grouped out of fold on this run's analyses (tools/gap/eval/live-out-of-fold.ts): the team's training pairs and the clear outside dev pairs in ${grouped.folds} folds x ${grouped.seeds} fold assignments, pairs sharing a resume or an ad kept in one fold, each predicted by a model (and calibration map) fitted without it — what unseen pairs show; oof.dev.* and oof.team.* are the two parts; oof.more.* are the team's extra pairs (evals/data/fit/pairs-more.jsonl), which no fold model is fitted on, each scored by its own fold's model and per-path map (the map's rows include them, its fold's own left out): what unseen pairs show, confidence_gap = mean confidence - accuracy. dev.ece, dev.brier and the team accuracy are in sample.`
          : "oof.* absent: the outside dev pairs (../shared/data/fit) are absent.",
        oof
          ? `dev.oof.* and outside.oof.*: the verdict fit's out-of-fold scores recorded in tools/gap/verdict-model.json (${oof.folds} folds x ${oof.seeds} fold assignments; outside = the outside dev pairs and the team's extra pairs labelled the outside way, rotated together; the team pairs trained on in every fold). dev.ece and dev.brier are in sample (the dev pairs are trained on).`
          : "dev.oof.* / outside.oof.* absent: the verdict model was fitted without --with-more (tools/gap/eval/fit-verdict.ts), so no out-of-fold scores are recorded.",
        devPredictions
          ? "dev.* metrics: ../shared/data/fit/dev_pairs.json, labelled outside the team (FIT / UNFIT / BORDERLINE); accuracy, recall and ECE over the clear pairs, confidence compared with the BORDERLINE ones."
          : "dev.* metrics skipped: ../shared/data/fit/dev_pairs.json is absent (or --data replaced the pairs).",
      ],
    };
  },
};
