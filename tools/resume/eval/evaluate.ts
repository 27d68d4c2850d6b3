/**
 * Scores the parser on a labelled resume set (dotin format). Used by the quality test,
 * by `node --import tsx tools/resume/eval/run.ts`, and by the evals harness.
 */

import { getTaxonomy } from "../../../data/taxonomy/index.ts";
import { resumeSkillSets } from "../../skills/eval/dotin.ts";
import { titleFromSentence, titleScore } from "../fields/job-header.ts";
import type { ParsedText } from "../parse-text.ts";
import { parseResumeText } from "../parse-text.ts";
import type { SkillExtractor } from "../skills-port.ts";
import type { LabelledResume } from "./dotin.ts";
import { type FieldScore, FieldScorer, gradYear } from "./metrics.ts";

export const EVAL_NOW = new Date("2019-01-01T00:00:00Z");

function headlineParts(headline: string | undefined): { title?: string; company?: string } {
  if (!headline) return {};
  const sentence = titleFromSentence(headline);
  if (sentence) return sentence;
  const [title, company] = headline.split(/\s+[-–|]\s+/);
  // "Senior software engineer with 9 years of experience": the title is the lead.
  const lead = title
    .replace(/\s+(?:with|having|at|for|in|since|from|who|and)\s+.*$/i, "")
    .replace(/[,.:;]$/, "");
  return { title: titleScore(lead) > 0 ? lead : title, company };
}

/** The values the parser predicts for each gold field. */
export function predictions(p: ParsedText): Record<string, string[]> {
  const head = headlineParts(p.headline);
  const compact = (xs: (string | undefined)[]) => xs.filter((x): x is string => !!x);
  return {
    name: compact([p.contact.name?.value]),
    email: compact([p.contact.email?.value]),
    location: compact([
      p.contact.location?.value,
      ...p.contact.otherLocations,
      ...p.experience.map((e) => e.location),
      ...p.places,
    ]),
    designation: compact([
      head.title,
      p.wantedRole,
      ...p.experience.map((e) => e.title),
      ...p.experience.flatMap((e) => e.positions?.map((x) => x.title) ?? []),
      ...p.rolesMentioned,
    ]),
    company: compact([head.company, ...p.experience.map((e) => e.company), ...p.organizations]),
    // School-leaving certificates (SSC, HSC, "12th") are education but not degrees.
    degree: compact(p.education.filter((e) => e.level !== "secondary").map((e) => e.degree)),
    college: compact(p.education.map((e) => e.institution)),
    graduationYear: compact(
      p.education.filter((e) => e.level !== "secondary").map((e) => gradYear(e.end ?? e.start ?? "")),
    ),
  };
}

export interface EvalResult {
  resumes: number;
  scores: FieldScore[];
}

export async function evaluateResumes(
  resumes: LabelledResume[],
  skills: SkillExtractor | null = null,
): Promise<EvalResult> {
  const scorer = new FieldScorer();
  const taxonomy = getTaxonomy();
  for (const r of resumes) {
    const parsed = await parseResumeText(r.text, { now: EVAL_NOW, skills });
    const pred = predictions(parsed);
    const g = r.gold;
    scorer.add("email", pred.email, g["Email Address"] ?? [], "exact");
    scorer.add("name", pred.name, g.Name ?? [], "exact");
    scorer.add("location", pred.location, g.Location ?? [], "contains");
    scorer.add("designation", pred.designation, g.Designation ?? [], "contains");
    scorer.add("company", pred.company, g["Companies worked at"] ?? [], "contains");
    scorer.add("degree", pred.degree, g.Degree ?? [], "contains");
    scorer.add("college", pred.college, g["College Name"] ?? [], "contains");
    const goldYears = (g["Graduation Year"] ?? []).map(gradYear).filter((y): y is string => !!y);
    scorer.add("graduation_year", pred.graduationYear, goldYears, "year");
    if (skills) {
      // The skills engineer's dotin rule (tools/skills/README.md, dotin scoring): gold labels
      // canonicalised through the taxonomy, soft skills / spoken languages / certifications
      // left out on both sides, general skills implied by a gold child neither right nor
      // wrong, unplaceable gold labels left out. One definition, so both evals agree. Skills
      // the taxonomy cannot place are left out on the prediction side too (unrecognised, kept
      // under the person's own name): this level compares canonical ids only.
      const goldLabels = [...(g["Tech Tools"] ?? []), ...(g["Job Specific Skills"] ?? [])];
      const sets = resumeSkillSets(
        parsed.skills.filter((s) => !s.unrecognised).map((s) => s.id),
        goldLabels,
        taxonomy,
      );
      scorer.add("skills", sets.judged, sets.known, "year");
    }
  }
  return { resumes: resumes.length, scores: scorer.scores() };
}
