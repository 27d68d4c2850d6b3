/**
 * The stages of one analysis, in order; each fills in part of the context and reports what
 * it found (the progress event channels show while the analysis runs).
 */

import type { UserSkill } from "../../contract/profile.ts";
import { learningResourcesFor } from "./advice.ts";
import { conceptsSaidInKinRoles } from "./concept-words.ts";
import { creditInProgress } from "./credentials-in-progress.ts";
import { findEvidence, shippedEmbedder } from "./evidence.ts";
import { atEvidencedLevels } from "./experience.ts";
import { focusMatch } from "./focus-match.ts";
import { findGaps } from "./gaps.ts";
import { listedSkillsBackedByKin, withoutKinBacked } from "./listed-backed-by-kin.ts";
import { canonicalSkills, evidencedResults, groupRequirements, matchGroup } from "./match.ts";
import { gateTitleSimilarity, occupationMatch, titleSimilarity } from "./occupation-match.ts";
import { officeToolsInWork } from "./office-tools.ts";
import { computeReadiness } from "./readiness.ts";
import { typeRequirements } from "./requirements.ts";
import { scoreDomain } from "./score-domain.ts";
import { scoreEducation } from "./score-education.ts";
import { withEmploymentFit } from "./score-employment.ts";
import { impliedNow, scoreExperience } from "./score-experience.ts";
import { scoreCulture, scoreLocation, scoreSalary } from "./score-preferences.ts";
import { withShiftFit } from "./score-shifts.ts";
import { scoreSkillSet } from "./score-skills.ts";
import { softSkillsShownInRoles } from "./shown-soft-skills.ts";
import { scoreSoftSkills } from "./soft-skills.ts";
import { type Stage, scoreOf } from "./stage-context.ts";
import { skillsNamedInRoles } from "./text-skills.ts";
import { dutiesAreSkills, tradeCompetences } from "./trade-evidence.ts";
import type { ScoreDetail } from "./types.ts";
import { educationUnshown } from "./unshown-asks.ts";
import { verdictStage } from "./verdict-stage.ts";
import { checkYearsAsks } from "./years-asks.ts";

export type { AnalysisDeps, Context } from "./stage-context.ts";

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
          officeToolsInWork(
            ctx.deps.graph,
            ctx.profile,
            ctx.profile.skills,
            ctx.asOfMonth ?? impliedNow(ctx.profile),
          ),
          ctx.asOfMonth ?? impliedNow(ctx.profile),
        ),
        ...skillsNamedInRoles(ctx.profile, ctx.deps.graph),
        ...listedSkillsBackedByKin(
          ctx.profile,
          ctx.deps.graph,
          skillsNamedInRoles(ctx.profile, ctx.deps.graph),
        ),
        ...softSkillsShownInRoles(ctx.profile, ctx.deps.graph, ctx.asOfMonth ?? impliedNow(ctx.profile)),
        ...conceptsSaidInKinRoles(ctx.profile, ctx.job, ctx.deps.graph),
      ]);
      const matchAll = (held: UserSkill[]) =>
        creditInProgress(
          ctx.deps.graph,
          groupRequirements(ctx.deps.graph, ctx.job.skills).map((g) => matchGroup(ctx.deps.graph, g, held)),
          ctx.profile,
        );
      ctx.results = matchAll(skills);
      // The verdict's view: a listing backed by a kin's line weighs as the kin alone, so a listed
      // name adds nothing a role does not show, and takes nothing away (the bare listing would
      // outrank the kin and count 0): listed-backed-by-kin.ts withoutKinBacked.
      const unbacked = withoutKinBacked(skills);
      ctx.evidencedResults = evidencedResults(
        unbacked.length < skills.length ? matchAll(unbacked) : ctx.results,
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
      const described = ctx.job.source === "role_profile" ? ctx.job.occupation?.code : undefined;
      ctx.evidence = findEvidence(ctx.requirements, ctx.profile, ctx.deps.graph, embedder, skills, described);
      // A described trade's competences are its skills, scored beside its tools (trade-evidence.ts).
      const competences = tradeCompetences(ctx.evidence, dutiesAreSkills(ctx.job));
      if (competences.length)
        ctx.details.skills = scoreSkillSet(ctx.results, "skill", () => true, 0.45, competences);
      ctx.titleSimilarity = titleSimilarity(ctx.profile, ctx.job, embedder, ctx.asOfMonth);
      if (ctx.job.source === "role_profile")
        ctx.gateTitleSimilarity = gateTitleSimilarity(
          ctx.profile,
          ctx.job,
          embedder,
          ctx.asOfMonth,
          dutiesAreSkills(ctx.job) ? ctx.requirements : [],
        );
      const occupation = occupationMatch(
        ctx.profile,
        ctx.job,
        ctx.asOfMonth,
        // A described role's gate reads the occupation closeness it was fitted and measured with
        // (described-gate.ts; the fit eval always had it on): a warehouse lead toward a logistics
        // coordinator, an office manager toward administrative assistant are kindred, not another
        // field (new-user trial 2026-12-06; evidence13s).
        ctx.deps.readOccupation === true || ctx.job.source === "role_profile",
      );
      if (occupation) ctx.occupation = occupation;
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
      const d = scoreExperience(
        ctx.deps.graph,
        ctx.profile,
        ctx.job,
        ctx.results,
        ctx.asOfMonth,
        ctx.evidence,
      );
      const { requiredYears, heldYears, explicit, byMeaningYears, ...detail } = d;
      ctx.details.experience = detail;
      ctx.experience = {
        ...(requiredYears !== undefined ? { requiredYears } : {}),
        heldYears,
        explicit,
        byMeaningYears,
      };
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
      // Years counted only because a role reads like the job's work (related-work.ts: a teacher
      // toward a school counselor) are adjacent work, not the field's experience: they never
      // stand in for a degree the ad asks "or equivalent experience".
      const standIn = Math.max(0, ctx.experience.heldYears - (ctx.experience.byMeaningYears ?? 0));
      const { short, ...detail } = scoreEducation(ctx.profile, ctx.job, standIn);
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
      // Work conditions: values, then shifts, then the kind of employment, each said.
      const conditions = withShiftFit(scoreCulture(ctx.profile, ctx.job), ctx.profile, ctx.job);
      ctx.details.cultureFit = withEmploymentFit(conditions, ctx.profile, ctx.job);
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
        // A level required and no education shown is a gap too, as the verdict reads it (issue 13).
        educationShort: Math.max(ctx.educationShort, educationUnshown(ctx) ? 1 : 0),
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

  { stage: "verdict", run: verdictStage },
];
