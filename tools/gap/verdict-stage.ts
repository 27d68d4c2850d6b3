/**
 * The last stage of an analysis: the verdict, its confidence and reason from the learned model
 * and the hard rules, and the finished analysis built from everything the earlier stages found.
 */
import { findStrengths, nextSteps, priorityImprovements, recommendations } from "./advice.ts";
import { belowDescribedBar, describedGateInputs, otherFieldConfidence } from "./described-gate.ts";
import { shippedEmbedder } from "./evidence.ts";
import { themeNote } from "./focus-match.ts";
import { unmetHardAsks } from "./hard-asks.ts";
import { isListedOnly } from "./match.ts";
import { nearMustHaves } from "./must-have-near.ts";
import { joinNotes, occupationNote } from "./occupation-match.ts";
import { pathConfidence, type VerdictPath, verdictPathOf } from "./path-confidence.ts";
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
import { ruleProbabilityFit } from "./rule-probability.ts";
import { employmentAdvice } from "./score-employment.ts";
import { scoreSkillSet, skillsMet } from "./score-skills.ts";
import { sharedWorkNote } from "./shared-work-note.ts";
import { type Context, openRequiredGaps, scoreOf } from "./stage-context.ts";
import { dutiesAreSkills, tradeCompetences } from "./trade-evidence.ts";
import type { Analysis, ProgressEvent, ScoreDetail, ScoreKey } from "./types.ts";
import { SCORE_KEYS } from "./types.ts";
import { describedRoleOpen, educationUnshown, notShown, unmetMustHaveAsks } from "./unshown-asks.ts";
import {
  verdictDomain,
  verdictOpenGapNames,
  verdictOpenGaps,
  verdictOpenSoftGapNames,
} from "./verdict-evidence.ts";
import { decidedByRule, modelMean, probabilityFit, verdictFeatures, verdictModel } from "./verdict-model.ts";
import { nearGaps } from "./verdict-near.ts";
import { withReasonGap } from "./verdict-reason-gap.ts";
import { applyRequirementRule, ruledConfidence, worstYearsAsk, type YearsAskShort } from "./verdict-rule.ts";

export function verdictStage(ctx: Context): ProgressEvent {
  const readiness = scoreOf(ctx, "readiness");
  // The verdict weighs only evidenced skills, so a listed-only skill cannot by itself make a
  // FIT — on an unstructured resume too (one paragraph, no sections): there the parser
  // gives a skill evidence from the sentence that uses it, never from a keyword list.
  const evidenced = ctx.evidencedResults;
  const domain = verdictDomain(ctx, evidenced);
  const unmet = unmetCriticals(evidenced, ctx.experience);
  const missingMustHaves = evidenced.filter((r) => r.group.critical && !r.match).map((r) => r.group.label);
  // Must-haves the profile only lists (a skills section, nothing behind them): still missing
  // for the verdict, but said as listed, and the rule is less sure of them.
  const listedMustHaves = ctx.results
    .filter((r) => r.group.critical && isListedOnly(r))
    .map((r) => r.group.label);
  const model = verdictModel();
  // A described role of little preparation is asked for its work: its duties and competences
  // weigh as the skills score shown weighs them (trade-evidence.ts dutiesAreSkills), each met
  // by quoted work, never by a listed name.
  const evidencedSkills = scoreSkillSet(
    evidenced,
    "skill",
    () => true,
    0,
    dutiesAreSkills(ctx.job) ? tradeCompetences(ctx.evidence, true) : [],
  );
  const hardUnmet = unmetHardAsks(ctx);
  // An ad's required gaps as the verdict sees them, each with why it is near if it is (verdict-near.ts).
  const adGaps =
    ctx.job.source === "role_profile" ? [] : nearGaps(ctx, evidenced, verdictOpenGapNames(ctx, evidenced));
  const features = verdictFeatures({
    scores: {
      skills: evidencedSkills.score,
      experience: scoreOf(ctx, "experience"),
      education: scoreOf(ctx, "education"),
      domain: domain ? domain.score : scoreOf(ctx, "domainKnowledge"),
    },
    educationAsked: ctx.details.education?.notAsked !== true,
    evidence: ctx.evidence,
    titleSimilarity: ctx.titleSimilarity,
    criticalUnmet: unmet.length,
    hardUnmet: hardUnmet.length,
    mustHaveMissing: missingMustHaves.length,
    mustHaveListed: listedMustHaves.length,
    mustHaveNear: nearMustHaves(ctx, evidenced, missingMustHaves).length,
    requiredGapsNear: adGaps.filter((g) => g.near).length,
    // A required level the profile shows no education for at all counts as one level short
    // for the verdict: nothing shown is not evidence of fit (the score itself says "Not
    // enough data").
    educationShort: Math.max(ctx.educationShort, educationUnshown(ctx) ? 1 : 0),
    ...(ctx.experience.requiredYears !== undefined ? { requiredYears: ctx.experience.requiredYears } : {}),
    heldYears: ctx.experience.heldYears,
    yearsTypical: !ctx.experience.explicit,
    // The readiness shown credits listed-only skills in part; the verdict's copy weighs the
    // evidenced skills, so a stuffed keyword list cannot raise P(FIT) through it either.
    readiness: computeReadiness({
      ...ctx.details,
      skills: evidencedSkills,
      ...(domain ? { domainKnowledge: domain } : {}),
    }).score,
    ...(ctx.focus?.coverage !== undefined ? { focusCoverage: ctx.focus.coverage } : {}),
    ...(ctx.focus ? { focusMissing: ctx.focus.missing } : {}),
    // No occupation read on either side (no title, no duties, no roles): the fitted average,
    // neither for nor against, so a resume or an ad read badly is not taken for another field.
    ...(ctx.occupation
      ? { occupationCloseness: ctx.occupation.closeness }
      : { occupationCloseness: modelMean(model, "occupationCloseness") }),
    // A described role's gaps are what the role typically needs (see requiredUnevidenced below).
    requiredGapsOpen:
      ctx.job.source === "role_profile" ? openRequiredGaps(ctx.gaps).length : verdictOpenGaps(ctx, evidenced),
    requiredGapsNotSoft:
      ctx.job.source === "role_profile"
        ? 0
        : verdictOpenGaps(ctx, evidenced) - verdictOpenSoftGapNames(evidenced).length,
    // A described role's skills are what the role typically needs, not an ad's asks: the
    // model was fitted on ads, so for a role the count stands at its fitted average (neither
    // for nor against), as the theme input does (it ranked a resume's own field's role
    // second among the dream roles when counted).
    requiredUnevidenced:
      ctx.job.source === "role_profile"
        ? 3 * (modelMean(model, "requiredUnevidenced") ?? 0)
        : evidenced.filter((r) => r.group.kind === "required" && r.credit < CRITICAL_CREDIT).length,
    // The same for the share of skill requirements met: a described role's are typical, not asked.
    skillsMetShare:
      ctx.job.source === "role_profile" ? modelMean(model, "skillsMetShare") : metShare(evidenced),
  });
  const probability = Math.round(probabilityFit(model, features) * 1000) / 1000;
  const described = ctx.job.source === "role_profile";
  const shownCore = described ? coreShown(ctx) : undefined;
  const gateTitle = ctx.gateTitleSimilarity ?? features.titleSimilarity;
  const gateInputs = shownCore && describedGateInputs(shownCore, { ...features, titleSimilarity: gateTitle });
  const core = shownCore && {
    ...shownCore,
    otherField: belowDescribedBar(gateInputs!),
  };
  // The gate decides only where the learned verdict alone would call a FIT (decideVerdict).
  const gateDecides = !!core?.otherField && probability >= 0.5 && !decidedByRule(features);
  const gateConfidence = gateDecides ? otherFieldConfidence(gateInputs!) : undefined;
  // The stated confidence's map per decision path, learned out of sample (path-confidence.ts).
  const rule = decidedByRule(features);
  const path = verdictPathOf({
    decidedByRule: rule,
    probability,
    requiredGapsOpen: features.requiredGapsOpen,
  });
  const statedMap = model.pathCalibration
    ? { path, map: (p: VerdictPath, c: number) => pathConfidence(model.pathCalibration, p, c, features) }
    : undefined;
  const confidence = computeConfidence({
    details: ctx.details,
    results: ctx.results,
    profileParse: ctx.profile.parseConfidence,
    jobParse: ctx.job.parseConfidence,
    probability,
    decidedByRule: decidedByRule(features),
    ruleProbability: ruleProbabilityFit(model, features),
    enoughData: ctx.details.readiness?.enoughData !== false,
    openRequiredGaps: openRequiredGaps(ctx.gaps).length,
    openGapsFitConfidence: model.openGapsFitConfidence,
    ...(gateConfidence !== undefined ? { otherFieldConfidence: gateConfidence } : {}),
    ...(statedMap ? { statedMap } : {}),
  });
  // The chance of fit the text states is the one the confidence shows (P moved toward 0.5 for
  // scores without data), so the person reads one number for one claim.
  // A held role whose occupation shares the described role's work is said so, with a shared duty,
  // in place of the title words it does not say (shared-work-note.ts).
  const theme =
    sharedWorkNote(ctx.profile, ctx.job, ctx.deps.embedder ?? shippedEmbedder()) ??
    joinNotes(
      themeNote(ctx.focus, ctx.profile, modelMean(model, "focusCoverage"), ctx.job.source),
      occupationNote(ctx.occupation, modelMean(model, "occupationCloseness")),
    );
  const decided = decideVerdict({
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
    ...(described ? { describedOpen: describedRoleOpen(ctx), describedCore: core } : {}),
    notShown: notShown(ctx),
    unmetAsks: unmetMustHaveAsks(ctx),
    theme,
    // Each required gap beside a FIT says why it is near, or that it is open (verdict-near.ts).
    ...(described ? {} : { nearGaps: adGaps }),
  });
  // A FIT with most required asks unmet and required gaps open is not signed (verdict-rule.ts).
  const ruled = applyRequirementRule({
    verdict: decided.verdict,
    // The verdict's view (verdict-evidence.ts): a keyword list or a pasted ad sentence that
    // meets a skill in the shown scores meets nothing here, so stuffing cannot lift the rule.
    skillsMet: skillsMet(evidenced),
    requiredGaps: verdictOpenGapNames(ctx, evidenced),
    softGaps: verdictOpenSoftGapNames(evidenced),
    unmetAsks: unmetMustHaveAsks(ctx),
    ...withYearsAsk(worstYearsAsk(ctx.evidence)),
    readiness,
    statedFitPercent: statedFitPercent(probability, confidence.value),
    describedRole: described,
    // The rule's measured rate, mapped as its path was measured out of sample.
    ...(statedMap ? { statedConfidence: (c: number) => statedMap.map("requiredAsks", c) } : {}),
  });
  const { verdict, reason } = ruled ?? decided;
  if (ruled) Object.assign(confidence, ruledConfidence(ruled.confidence, ruled.explanation, confidence));
  // An UNFIT with no required gap listed names its reason as the first gap (verdict-reason-gap.ts).
  const describedDuties = described ? describedRoleOpen(ctx).duties : undefined;
  // Only for an UNFIT weighed from the work shown: a hard must-have or no data says its own reason.
  const weighed = hardUnmet.length === 0 && ctx.details.readiness?.enoughData !== false;
  ctx.gaps = withReasonGap({
    verdict: weighed ? verdict : "FIT",
    gaps: ctx.gaps,
    ...(ctx.job.title ? { title: ctx.job.title } : {}),
    otherField: !!core?.otherField && !decidedByRule(features),
    ...(describedDuties ? { duties: describedDuties } : {}),
    unmetAsks: unmetMustHaveAsks(ctx),
    ...(theme ? { theme } : {}),
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
    recommendations: [
      ...recommendations(ctx.gaps, ctx.results, details, resources, {
        verdict,
        enoughData: ctx.details.readiness?.enoughData !== false,
      }),
      ...[employmentAdvice(ctx.profile, ctx.job)].filter((a): a is string => a !== undefined),
    ],
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
      skillsMet: skillsMet(evidenced),
      ...(ruled ? { ruledBy: "requiredAsks" as const } : {}),
      path: ruled ? "requiredAsks" : path,
      ...(shownCore ? { describedCore: { ...shownCore, titleSimilarity: gateTitle } } : {}),
    },
  };
  return { stage: "verdict", message: reason, metrics: { verdict, confidence: value, readiness } };
}

/** The share of the job's skill requirements met in full by evidence; undefined when it names none. */
function metShare(evidenced: Context["evidencedResults"]): number | undefined {
  const { met, of } = skillsMet(evidenced);
  return of ? met / of : undefined;
}

/**
 * A described role's required asks (its typical core tools and skills, and a trade's
 * competences: trade-evidence.ts) and how many the profile shows.
 */
function coreShown(ctx: Context): { shown: number; of: number } {
  const required = ctx.results.filter((r) => r.group.kind === "required");
  const competences = ctx.evidence.filter(
    (e) => e.requirement.typicalOf && e.requirement.kind === "required",
  );
  return {
    shown: required.filter((r) => r.match).length + competences.filter((e) => e.met).length,
    of: required.length + competences.length,
  };
}

const withYearsAsk = (ask: YearsAskShort | undefined) => (ask ? { yearsAsk: ask } : {});
