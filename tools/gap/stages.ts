/**
 * The stages of one analysis, in order; each fills in part of the context and reports what
 * it found (the progress event channels show while the analysis runs).
 */

import type { ProfileSnapshot } from "../../contract/profile.ts";
import type { Embedder } from "../../data/embeddings/types.ts";
import type { LearningCatalog } from "../../data/learning/types.ts";
import type { JobPosting } from "../jobs/types.ts";
import {
  findStrengths,
  learningResourcesFor,
  nextSteps,
  priorityImprovements,
  recommendations,
} from "./advice.ts";
import { creditInProgress } from "./credentials-in-progress.ts";
import { findEvidence, type RequirementEvidence, shippedEmbedder } from "./evidence.ts";
import { atEvidencedLevels } from "./experience.ts";
import { type FocusMatch, focusMatch, themeNote } from "./focus-match.ts";
import { findGaps } from "./gaps.ts";
import { unmetHardAsks } from "./hard-asks.ts";
import {
  canonicalSkills,
  evidencedResults,
  type GroupResult,
  groupRequirements,
  LISTED_ONLY_NOTE,
  matchGroup,
} from "./match.ts";
import {
  CRITICAL_CREDIT,
  computeConfidence,
  computeReadiness,
  decideVerdict,
  RULES_VERSION,
  scoreCompleteness,
  statedFitPercent,
  unmetCriticals,
} from "./readiness.ts";
import { type TypedRequirement, typeRequirements } from "./requirements.ts";
import { scoreDomain } from "./score-domain.ts";
import { scoreEducation } from "./score-education.ts";
import { impliedNow, latestProfileMonth, scoreExperience } from "./score-experience.ts";
import { scoreCulture, scoreLocation, scoreSalary } from "./score-preferences.ts";
import { scoreSkillSet } from "./score-skills.ts";
import type { SkillGraph } from "./skill-graph.ts";
import { scoreSoftSkills } from "./soft-skills.ts";
import { skillsNamedInRoles } from "./text-skills.ts";
import { type HeldTitle, titleCloseness } from "./title-closeness.ts";
import type {
  Analysis,
  AnalysisStage,
  Gap,
  LearningResourceRef,
  ProgressEvent,
  ScoreDetail,
  ScoreKey,
} from "./types.ts";
import { SCORE_KEYS } from "./types.ts";
import { describedRoleOpen, educationUnshown, notShown, unmetMustHaveAsks } from "./unshown-asks.ts";
import {
  modelMean,
  probabilityFit,
  ruleProbabilityFit,
  verdictFeatures,
  verdictModel,
} from "./verdict-model.ts";
import { checkYearsAsks } from "./years-asks.ts";

export interface AnalysisDeps {
  graph: SkillGraph;
  catalog: LearningCatalog;
  /** For evidence by meaning; the shipped offline embedder when absent. Must embed in-process. */
  embedder?: Embedder;
}

export interface Context {
  profile: ProfileSnapshot;
  job: JobPosting;
  deps: AnalysisDeps;
  asOfMonth: number | undefined;
  results: GroupResult[];
  /** The posting's typed requirements and the resume evidence found for each. */
  requirements: TypedRequirement[];
  evidence: RequirementEvidence[];
  /** Closeness of the job title to the resume's titles and headline, by how long and lately each was held. */
  titleSimilarity: number;
  /** The ad's theme words against what the person's roles say (focus-match.ts). */
  focus?: FocusMatch;
  details: Partial<Record<ScoreKey, ScoreDetail & { notAsked?: boolean }>>;
  experience: { requiredYears?: number; heldYears: number; explicit: boolean };
  educationShort: number;
  gaps: Gap[];
  resources: LearningResourceRef[];
  analysis?: Analysis;
  warnings: string[];
}

function titleSimilarity(ctx: Context, embedder: Embedder): number {
  const headline = ctx.profile.headline?.trim() ? [ctx.profile.headline] : [];
  // The roles keep their dates: each title counts by how long and how lately it was held.
  const roles = ctx.profile.experience.filter((e): e is typeof e & { title: string } => !!e.title?.trim());
  const titles: HeldTitle[] = [...headline, ...roles];
  if (!ctx.job.title) return 0;
  // A role profile goes by several titles ("Lawyer", "Attorney at Law"): the closest counts.
  // "Now" from every role's dates, a current role without a title included.
  const now = ctx.asOfMonth ?? latestProfileMonth(ctx.profile);
  return titleCloseness(embedder, [ctx.job.title, ...(ctx.job.alsoCalled ?? [])], titles, now);
}

/** Required skills and licences the gap list shows as high or critical: what a FIT cannot call met. */
function openRequiredGaps(gaps: Gap[]): Gap[] {
  return gaps.filter(
    (g) =>
      (g.type === "skill" || g.type === "licence") &&
      g.kind === "required" &&
      (g.severity === "critical" || g.severity === "high"),
  );
}

export type Stage = { stage: AnalysisStage; run: (ctx: Context) => ProgressEvent };

const scoreOf = (ctx: Context, key: ScoreKey) => ctx.details[key]?.score ?? null;

export const STAGES: Stage[] = [
  {
    stage: "reading_job",
    run: (ctx) => ({
      stage: "reading_job",
      message: `Reading the job${ctx.job.title ? `: ${ctx.job.title}` : ""}`,
      metrics: {
        requirements: ctx.job.skills.length,
        required: ctx.job.skills.filter((s) => s.kind === "required").length,
        mustHaves: ctx.job.skills.filter((s) => s.critical).length,
      },
    }),
  },
  {
    stage: "matching_skills",
    run: (ctx) => {
      // The profile's skills at the level their years imply (a listed skill with no dates
      // beside it is otherwise a "beginner" whatever the roles show). A skill only found in a
      // duty's words keeps its modest level: one line naming it is not years of it.
      const skills = canonicalSkills([
        ...atEvidencedLevels(
          ctx.deps.graph,
          ctx.profile,
          ctx.profile.skills,
          ctx.asOfMonth ?? impliedNow(ctx.profile),
        ),
        ...skillsNamedInRoles(ctx.profile, ctx.deps.graph),
      ]);
      ctx.results = creditInProgress(
        ctx.deps.graph,
        groupRequirements(ctx.deps.graph, ctx.job.skills).map((g) => matchGroup(ctx.deps.graph, g, skills)),
        ctx.profile,
      );
      ctx.details.skills = scoreSkillSet(ctx.results, "skill", () => true, 0.45);
      ctx.details.technicalSkills = scoreSkillSet(
        ctx.results,
        "technical skill",
        (g) => g.type === "technical",
        0,
      );
      // From what the person did (quoted), not only from soft skills they listed.
      ctx.details.softSkills = scoreSoftSkills(
        ctx.results,
        ctx.profile,
        ctx.job.softSkills.map((id) => ({ id, name: ctx.deps.graph.get(id)?.name ?? id })),
        ctx.job.source === "role_profile",
      );
      const embedder = ctx.deps.embedder ?? shippedEmbedder();
      ctx.requirements = typeRequirements(ctx.job, ctx.deps.graph, embedder);
      ctx.evidence = findEvidence(ctx.requirements, ctx.profile, ctx.deps.graph, embedder, skills);
      ctx.titleSimilarity = titleSimilarity(ctx, embedder);
      const focus = focusMatch(ctx.profile, ctx.job);
      if (focus) ctx.focus = focus;
      return {
        stage: "matching_skills",
        message: `Matched ${ctx.results.filter((r) => r.match).length} of ${ctx.results.length} skill requirements`,
        metrics: {
          skills: scoreOf(ctx, "skills"),
          technicalSkills: scoreOf(ctx, "technicalSkills"),
          softSkills: scoreOf(ctx, "softSkills"),
        },
      };
    },
  },
  {
    stage: "experience",
    run: (ctx) => {
      const d = scoreExperience(ctx.deps.graph, ctx.profile, ctx.job, ctx.results, ctx.asOfMonth);
      const { requiredYears, heldYears, explicit, ...detail } = d;
      ctx.details.experience = detail;
      ctx.experience = { ...(requiredYears !== undefined ? { requiredYears } : {}), heldYears, explicit };
      // A stated minimum of years is met by years counted, not by a line that reads alike.
      ctx.evidence = checkYearsAsks(ctx.evidence, {
        graph: ctx.deps.graph,
        profile: ctx.profile,
        job: ctx.job,
        heldYears,
        now: ctx.asOfMonth ?? impliedNow(ctx.profile),
      });
      return {
        stage: "experience",
        message: "Weighing relevant experience",
        metrics: { experience: detail.score, relevantYears: heldYears },
      };
    },
  },
  {
    stage: "education",
    run: (ctx) => {
      const { short, ...detail } = scoreEducation(ctx.profile, ctx.job, ctx.experience.heldYears);
      ctx.details.education = detail;
      ctx.educationShort = short;
      return { stage: "education", message: "Checking education", metrics: { education: detail.score } };
    },
  },
  {
    stage: "preferences",
    run: (ctx) => {
      ctx.details.location = scoreLocation(ctx.profile, ctx.job);
      ctx.details.salary = scoreSalary(ctx.profile, ctx.job);
      ctx.details.cultureFit = scoreCulture(ctx.profile, ctx.job);
      return {
        stage: "preferences",
        message: "Comparing location, salary and culture with your preferences",
        metrics: {
          location: scoreOf(ctx, "location"),
          salary: scoreOf(ctx, "salary"),
          cultureFit: scoreOf(ctx, "cultureFit"),
        },
      };
    },
  },
  {
    stage: "domain",
    run: (ctx) => {
      ctx.details.domainKnowledge = scoreDomain(ctx.profile, ctx.job, ctx.results);
      return {
        stage: "domain",
        message: "Checking domain knowledge",
        metrics: { domainKnowledge: scoreOf(ctx, "domainKnowledge") },
      };
    },
  },
  {
    stage: "readiness",
    run: (ctx) => {
      ctx.details.readiness = computeReadiness(ctx.details);
      return {
        stage: "readiness",
        message: "Computing readiness",
        metrics: { readiness: scoreOf(ctx, "readiness") },
      };
    },
  },
  {
    stage: "gaps",
    run: (ctx) => {
      ctx.gaps = findGaps({
        graph: ctx.deps.graph,
        catalog: ctx.deps.catalog,
        job: ctx.job,
        results: ctx.results,
        details: ctx.details as Record<string, ScoreDetail>,
        experience: ctx.experience,
        educationShort: ctx.educationShort,
        asks: ctx.evidence,
      });
      return {
        stage: "gaps",
        message: `Found ${ctx.gaps.length} gap(s)`,
        metrics: {
          gaps: ctx.gaps.length,
          critical: ctx.gaps.filter((g) => g.severity === "critical").length,
        },
      };
    },
  },
  {
    stage: "recommendations",
    run: (ctx) => {
      ctx.resources = learningResourcesFor(
        ctx.gaps,
        ctx.deps.catalog,
        ctx.deps.graph,
        ctx.profile.skills.map((s) => s.skillId),
      );
      return {
        stage: "recommendations",
        message: "Choosing learning resources and next steps",
        metrics: { learningResources: ctx.resources.length },
      };
    },
  },

  {
    stage: "verdict",
    run: (ctx) => {
      const readiness = scoreOf(ctx, "readiness");
      // The verdict weighs only evidenced skills, so a listed-only skill cannot by itself make a
      // FIT — on an unstructured resume too (one paragraph, no sections): there the parser
      // gives a skill evidence from the sentence that uses it, never from a keyword list.
      const evidenced = evidencedResults(ctx.results);
      const unmet = unmetCriticals(evidenced, ctx.experience);
      const missingMustHaves = evidenced
        .filter((r) => r.group.critical && !r.match)
        .map((r) => r.group.label);
      // Must-haves the profile only lists (a skills section, nothing behind them): still missing
      // for the verdict, but said as listed, and the rule is less sure of them.
      const listedMustHaves = ctx.results
        .filter((r) => r.group.critical && r.match?.evidence.includes(LISTED_ONLY_NOTE))
        .map((r) => r.group.label);
      const model = verdictModel();
      const evidencedSkills = scoreSkillSet(evidenced, "skill", () => true, 0);
      const features = verdictFeatures({
        scores: {
          skills: evidencedSkills.score,
          experience: scoreOf(ctx, "experience"),
          education: scoreOf(ctx, "education"),
          domain: scoreOf(ctx, "domainKnowledge"),
        },
        educationAsked: ctx.details.education?.notAsked !== true,
        evidence: ctx.evidence,
        titleSimilarity: ctx.titleSimilarity,
        criticalUnmet: unmet.length,
        mustHaveMissing: missingMustHaves.length,
        mustHaveListed: listedMustHaves.length,
        // A required level the profile shows no education for at all counts as one level short
        // for the verdict: nothing shown is not evidence of fit (the score itself says "Not
        // enough data").
        educationShort: Math.max(ctx.educationShort, educationUnshown(ctx) ? 1 : 0),
        ...(ctx.experience.requiredYears !== undefined
          ? { requiredYears: ctx.experience.requiredYears }
          : {}),
        heldYears: ctx.experience.heldYears,
        yearsTypical: !ctx.experience.explicit,
        // The readiness shown credits listed-only skills in part; the verdict's copy weighs the
        // evidenced skills, so a stuffed keyword list cannot raise P(FIT) through it either.
        readiness: computeReadiness({ ...ctx.details, skills: evidencedSkills }).score,
        ...(ctx.focus?.coverage !== undefined ? { focusCoverage: ctx.focus.coverage } : {}),
        ...(ctx.focus ? { focusMissing: ctx.focus.missing } : {}),
        requiredGapsOpen: openRequiredGaps(ctx.gaps).length,
        // A described role's skills are what the role typically needs, not an ad's asks: the
        // model was fitted on ads, so for a role the count stands at its fitted average (neither
        // for nor against), as the theme input does (it ranked a resume's own field's role
        // second among the dream roles when counted).
        requiredUnevidenced:
          ctx.job.source === "role_profile"
            ? 3 * (modelMean(model, "requiredUnevidenced") ?? 0)
            : evidenced.filter((r) => r.group.kind === "required" && r.credit < CRITICAL_CREDIT).length,
      });
      const probability = Math.round(probabilityFit(model, features) * 1000) / 1000;
      const hardUnmet = unmetHardAsks(ctx);
      const described = ctx.job.source === "role_profile";
      const confidence = computeConfidence({
        details: ctx.details,
        results: ctx.results,
        profileParse: ctx.profile.parseConfidence,
        jobParse: ctx.job.parseConfidence,
        probability,
        decidedByRule: hardUnmet.length > 0 || missingMustHaves.length > 0,
        ruleProbability: ruleProbabilityFit(model, features),
        enoughData: ctx.details.readiness?.enoughData !== false,
        openRequiredGaps: openRequiredGaps(ctx.gaps).length,
        openGapsFitConfidence: model.openGapsFitConfidence,
      });
      // The chance of fit the text states is the one the confidence shows (P moved toward 0.5 for
      // scores without data), so the person reads one number for one claim.
      const { verdict, reason } = decideVerdict({
        readiness,
        probability,
        statedFitPercent: statedFitPercent(probability, confidence.value),
        unmet,
        hardUnmet,
        missingMustHaves,
        listedMustHaves,
        enoughData: ctx.details.readiness?.enoughData !== false,
        // A described role names every required gap it lists (a partly met one too), so its
        // text never calls the requirements met while one is listed as a gap.
        requiredGaps: (described
          ? ctx.gaps.filter((g) => g.type === "skill" && g.kind === "required")
          : openRequiredGaps(ctx.gaps)
        ).map((g) => g.skill),
        describedRole: described,
        ...(described ? { describedOpen: describedRoleOpen(ctx) } : {}),
        notShown: notShown(ctx),
        unmetAsks: unmetMustHaveAsks(ctx),
        theme: themeNote(ctx.focus, ctx.profile, modelMean(model, "focusCoverage"), ctx.job.source),
      });
      const { value, ...confidenceDetail } = confidence;
      ctx.details.confidence = confidenceDetail;
      const details = Object.fromEntries(
        SCORE_KEYS.map((k) => {
          const { notAsked: _n, ...d } = ctx.details[k]!;
          return [k, d];
        }),
      ) as Record<ScoreKey, ScoreDetail>;
      const resources = ctx.resources;
      ctx.analysis = {
        verdict,
        confidence: value,
        scores: Object.fromEntries(SCORE_KEYS.map((k) => [k, details[k].score])) as Analysis["scores"],
        scoreDetails: details,
        matched: ctx.results.filter((r) => r.match).map((r) => r.match!),
        strengths: findStrengths(ctx.results, details),
        gaps: ctx.gaps,
        recommendations: recommendations(ctx.gaps, ctx.results, details, resources),
        nextSteps: nextSteps(ctx.gaps, resources, verdict),
        priorityImprovements: priorityImprovements(ctx.gaps),
        learningResources: resources,
        verdictReason: reason,
        job: {
          ...(ctx.job.title ? { title: ctx.job.title } : {}),
          source: ctx.job.source,
          notes: ctx.job.notes,
        },
        warnings: ctx.warnings,
        rulesVersion: RULES_VERSION,
        requirements: ctx.evidence.map((e) => ({
          type: e.requirement.type,
          text: e.requirement.text,
          kind: e.requirement.kind,
          hard: e.requirement.hard,
          ...(e.requirement.about ? { about: e.requirement.about } : {}),
          met: e.met,
          similarity: e.similarity,
          ...(e.coverage !== undefined ? { coverage: e.coverage } : {}),
          ...(e.missingWords?.length ? { missingWords: e.missingWords } : {}),
          ...(e.quote ? { quote: e.quote } : {}),
        })),
        verdictModel: {
          version: model.version,
          probability,
          features,
          completeness: scoreCompleteness(ctx.details),
        },
      };
      return { stage: "verdict", message: reason, metrics: { verdict, confidence: value, readiness } };
    },
  },
];
