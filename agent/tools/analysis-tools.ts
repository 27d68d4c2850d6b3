/**
 * The dream job and the FIT/UNFIT analysis: set the target (a pasted posting or a role
 * description), analyse with live progress, explain a score or a gap, reanalyse with new
 * facts. Every number comes from tools/gap (history and comparison: history-tools.ts).
 */

import { createAnalysesRepository, type StoredAnalysis } from "../../data/repositories/analyses.ts";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { type AnalysisComparison, compareAnalyses } from "../../tools/gap/compare.ts";
import { resourcesToLearn } from "../../tools/gap/learn-skill.ts";
import { createAnalysisService } from "../../tools/gap/service.ts";
import type { Analysis } from "../../tools/gap/types.ts";
import { postingAsks } from "../../tools/jobs/posting-asks.ts";
import { claimAgainstGap } from "../../tools/skills/claim-against-gap.ts";
import { gapNamed } from "../../tools/skills/gap-named.ts";
import { undoAdded } from "../graph/profile-undo.ts";
import { analysisBrief, gapPage, SCORE_LABELS, scoreCard } from "./analysis-parts.ts";
import { attachedText } from "./attached-text.ts";
import { freshAnalysis } from "./fresh-analysis.ts";
import { gapListOutput } from "./gap-list-output.ts";
import { topGapOf } from "./gap-to-learn-first.ts";
import { preferenceLabels, preferenceQuestion } from "./preference-question.ts";
import { defineTool, type ToolContext, type ToolOutput } from "./types.ts";

type StoredResult = StoredAnalysis<Analysis>;

/** The analysis meant: the id given, else the one in focus, else the latest. */
async function findAnalysis(ctx: ToolContext, id?: string): Promise<StoredResult | undefined> {
  const repo = createAnalysesRepository(ctx.db);
  const wanted = id ?? ctx.focus.analysisId;
  if (wanted) return repo.getAnalysis<Analysis>(ctx.userId, wanted);
  return repo.latestAnalysis<Analysis>(ctx.userId);
}

const needsAnalysis = { result: { needs: "analysis" as const } };

/**
 * A skill the analysis does not call a gap (or with no analysis yet), asked about: how to learn
 * it all the same, from the free resources an analysis would choose.
 */
async function learnAnyway(asked: string, jobTitle: string | undefined) {
  const learn = await resourcesToLearn(asked);
  if (!learn) return undefined;
  const first = learn.resources[0]!;
  const standing = jobTitle
    ? `${learn.skill} is not among the gaps for ${jobTitle}`
    : `Tell me the job you want and I'll say whether ${learn.skill} is a gap for it`;
  return {
    skill: learn.skill,
    isGap: false as const,
    summary: `${standing}. To learn it, a good free start: ${first.title} (${first.kind}, ~${first.hours} h).`,
    resources: learn.resources.map((r) => ({ title: r.title, url: r.url, hours: r.hours, kind: r.kind })),
  };
}

type Learnable = NonNullable<Awaited<ReturnType<typeof learnAnyway>>>;

/** The resources as the same list part a gap's explanation shows. */
const learnList = (learn: Learnable) => ({
  type: "list" as const,
  title: `Learn ${learn.skill}`,
  items: learn.resources.map((r) => ({ text: r.title, detail: `${r.kind}, ~${r.hours} h`, url: r.url })),
});

export const setDreamJobTool = defineTool({
  name: "set_dream_job",
  description:
    "Set the target job from a pasted job posting or a description of the role wanted (title, place, remote, salary). Replaces the current target.",
  async run(args, ctx) {
    // A job ad sent as a file ("here's the job ad" + ad.pdf) is read by the same safe reader as a
    // resume, for its text only: it sets the target and never touches the profile (new-user
    // trial 2026-12-06: the ad was merged into the person's skills as their resume).
    const fromFile = args.text === undefined;
    const text = fromFile ? await attachedText(ctx, args.filename) : args.text!;
    // "undo" right after: the target before this one set again from its own words (trial16 §6).
    const earlier = await createAnalysesRepository(ctx.db).latestJob(ctx.userId);
    const { job, posting, preferences } = await createAnalysisService(ctx.db).setTarget(
      ctx.userId,
      text,
      fromFile ? "posting" : undefined,
    );
    // The asks of every field (years of a kind of experience, licences, the degree, a trade's
    // duties), not only the taxonomy's skills: a line cook's ad names few of those, and a
    // described sous chef's role was announced with "0 required skills" and then analysed
    // against three duties.
    const asks = postingAsks(posting);
    const names = (kind: "required" | "preferred") => asks[kind];
    return {
      result: {
        jobId: job.id,
        title: posting.title ?? null,
        company: posting.company ?? null,
        source: posting.source === "role_profile" ? "role" : "posting",
        requiredSkills: names("required").slice(0, 15),
        preferredSkills: names("preferred").slice(0, 10),
        notes: posting.notes.slice(0, 2),
        ignoredInstructions: posting.ignoredInstructions,
        ...(preferences ? { preferences } : {}),
      },
      focus: {
        jobId: job.id,
        jobTitle: posting.title ?? "your target job",
        analysisId: null,
        verdict: null,
        roadmapId: null,
        ...undoAdded(
          ctx.focus,
          earlier && earlier.text !== text
            ? { name: "set_dream_job", args: { text: earlier.text } }
            : undefined,
        ),
      },
    };
  },
});

export const analyzeFitTool = defineTool({
  name: "analyze_fit",
  description:
    "Analyse the person against the target job (the one in focus unless jobId is given): FIT/UNFIT, 11 scores with explanations, gaps, strengths.",
  async run(args, ctx) {
    const outcome = await createAnalysisService(ctx.db).analyzeJob(
      ctx.userId,
      args.jobId ?? ctx.focus.jobId,
      (step) =>
        ctx.emit({
          type: "progress",
          stage: step.stage,
          message: step.message,
          metrics: numeric(step.metrics),
        }),
    );
    if (!outcome.ok)
      return outcome.needs === "job"
        ? { result: { needs: "job" }, focus: { awaiting: "job" } }
        : { result: { needs: "profile" }, focus: { awaiting: "resume" } };
    const { analysis, stored, job } = outcome;
    const ask = preferenceQuestion(analysis, ctx.focus.preferencesAsked);
    const gaps = gapPage(analysis, stored.id);
    return {
      result: { ...analysisBrief(analysis, stored.id), ...(ask ? { asking: ask.need } : {}) },
      parts: [scoreCard(analysis, stored.id), ...gaps.parts, ...(ask ? ask.parts : [])],
      focus: {
        ...gaps.focus,
        ...(ask ? { preferencesAsked: [...(ctx.focus.preferencesAsked ?? []), ask.need] } : {}),
        jobId: job.id,
        jobTitle: analysis.job.title ?? job.title ?? "your target job",
        analysisId: stored.id,
        verdict: analysis.verdict,
      },
    };
  },
});

function numeric(metrics: unknown): Record<string, number> | undefined {
  if (!metrics || typeof metrics !== "object") return undefined;
  const out = Object.fromEntries(Object.entries(metrics).filter(([, v]) => typeof v === "number")) as Record<
    string,
    number
  >;
  return Object.keys(out).length ? out : undefined;
}

export const explainScoreTool = defineTool({
  name: "explain_score",
  description:
    "Explain one score of an analysis (with its evidence), or the verdict itself when no score is named.",
  async run(args, ctx) {
    const stored = await findAnalysis(ctx, args.analysisId);
    if (!stored) return needsAnalysis;
    const a = stored.result;
    if (args.score) {
      const detail = a.scoreDetails[args.score];
      return {
        result: {
          score: args.score,
          label: SCORE_LABELS[args.score],
          value: detail?.score ?? null,
          enoughData: detail?.enoughData ?? false,
          explanation: detail?.explanation ?? "",
          evidence: (detail?.evidence ?? []).slice(0, 4),
        },
        focus: { lastScore: args.score, analysisId: stored.id },
      };
    }
    const gaps = gapPage(a, stored.id);
    return {
      result: { ...analysisBrief(a, stored.id), reason: a.verdictReason.replace(/\.$/, "") },
      parts: gaps.parts,
      focus: { ...gaps.focus, analysisId: stored.id },
    };
  },
});

/** After a skill was set against a gap: the analysis runs again only when the person asks. */
const RERUN_OFFERED = {
  type: "quickReplies" as const,
  options: [{ id: "rerun-analysis", label: "Re-run the analysis", text: "re-run the analysis" }],
};

export const explainGapTool = defineTool({
  name: "explain_gap",
  description:
    "Explain why a skill is a gap in the analysis: kind, severity, the requirement, and learning resources; with no skill, list every gap (what the person is missing), must-haves first.",
  async run(args, ctx) {
    const found = await findAnalysis(ctx, args.analysisId);
    // A gap is explained against the analysis as the profile is now: one run before a resume was
    // read is run again first (trial16 §9: the top gap named was one the resume had closed).
    const stored = found ? await freshAnalysis(ctx, found) : found;
    const rerun = stored !== found ? { rerunForResume: true as const } : {};
    const wanted =
      (args.top ? topGapOf(stored?.result.gaps ?? [], args.learn)?.skill : undefined) ?? args.skill?.trim();
    if (!wanted) return stored ? gapListOutput(stored.result, stored.id) : needsAnalysis;
    // "where can I learn Looker?" before any job is chosen: how to learn it, and that a job
    // would say whether it is a gap (lead trial: "There is no analysis yet").
    if (!stored) {
      const learn = await learnAnyway(wanted, undefined);
      return learn ? { result: learn, parts: [learnList(learn)] } : needsAnalysis;
    }
    const a = stored.result;
    const skill = getTaxonomy().lookup(wanted);
    const same = (name: string, id?: string) =>
      (skill && id === skill.id) || name.toLowerCase() === wanted.toLowerCase();
    // "is salesforce a big deal?", "why is CRM software a gap?": the gap written "CRM software
    // (such as Salesforce)" is meant by its name without the examples or by one of them
    // (trial12e, trial 2026-12-06: "… is not among the gaps").
    const gap = gapNamed(a.gaps, wanted, getTaxonomy());
    const resources = a.learningResources
      .filter((r) => same(r.skill, r.skillId) || (gap !== undefined && r.skill === gap.skill))
      .slice(0, 3)
      .map((r) => ({ title: r.title, url: r.url, hours: r.hours, kind: r.kind }));
    if (!gap) {
      const match = a.matched.find((m) => same(m.skill, m.skillId) || same(m.requirement));
      return {
        result: match
          ? {
              skill: match.skill,
              isGap: false,
              summary: `${match.skill} is not a gap: it meets "${match.requirement}" (${match.via} match).`,
              ...rerun,
            }
          : ((await learnAnyway(wanted, a.job.title ?? "this job")) ?? {
              skill: wanted,
              isGap: false,
              summary: `${wanted} is not among the gaps for ${a.job.title ?? "this job"}.`,
            }),
        ...(stored !== found ? { focus: { analysisId: stored.id } } : {}),
      };
    }
    return {
      result: {
        skill: gap.skill,
        isGap: true,
        kind: gap.kind,
        severity: gap.severity,
        priority: gap.priority,
        reason: gap.reason,
        resources,
        ...(args.claimed ? { claim: claimAgainstGap(getTaxonomy(), gap, args.claimed) } : {}),
        ...(args.top && args.learn ? { learnFirst: true as const } : {}),
        ...rerun,
      },
      ...(stored !== found ? { focus: { analysisId: stored.id } } : {}),
      parts: args.claimed
        ? [RERUN_OFFERED]
        : resources.length
          ? [
              {
                type: "list",
                title: `Learn ${gap.skill}`,
                items: resources.map((r) => ({
                  text: r.title,
                  detail: `${r.kind}, ~${r.hours} h`,
                  url: r.url,
                })),
              },
            ]
          : [],
    };
  },
});

export const reanalyzeTool = defineTool({
  name: "reanalyze",
  description:
    "Add what the person just told about themselves (e.g. 'I also have 2 years of Kubernetes') to their profile, analyse the same job again and say what changed.",
  async run(args, ctx) {
    const previous = await findAnalysis(ctx, args.analysisId);
    if (!previous) return needsAnalysis;
    const service = createAnalysisService(ctx.db);
    // "rerun it with that" after a preference was stored: nothing new to read, the same
    // job is analysed again with the profile as it is now, and compared like any rerun.
    if (!args.context?.trim()) {
      const again = await service.analyzeJob(ctx.userId, previous.jobId ?? undefined);
      if (!again.ok) return { result: { needs: again.needs } };
      return rerunOutput(
        previous,
        again.analysis,
        again.stored.id,
        [],
        compareAnalyses(previous.result, again.analysis),
      );
    }
    const r = await service.reanalyze(ctx.userId, previous.id, args.context);
    const added = [...r.added.map((s) => `${s.name} (${s.proficiency})`), ...preferenceLabels(r.preferences)];
    return rerunOutput(previous, r.analysis, r.stored.id, added, r.comparison);
  },
});

function rerunOutput(
  previous: StoredResult,
  analysis: Analysis,
  storedId: string,
  added: string[],
  comparison: AnalysisComparison,
): ToolOutput<"reanalyze"> {
  return {
    result: {
      ...analysisBrief(analysis, storedId),
      previousReadiness: previous.readiness,
      added,
      changes: [...comparison.improved, ...comparison.closedGaps.map((g) => `${g} no longer a gap`)].slice(
        0,
        6,
      ),
      summary: comparison.summary,
    },
    parts: [scoreCard(analysis, storedId)],
    focus: { analysisId: storedId, verdict: analysis.verdict },
  };
}
