/**
 * What a person did outside the jobs they held: volunteering, outreach and service activities,
 * research activities, publications and talks. They are no jobs (employers and titles stay
 * clean of them: "Community Outreach & Evaluation" is no employer), but they are evidence of
 * what the person can do — volunteering shows communication, giving talks shows presenting —
 * so they reach the gap analysis as the person's projects (to-profile.ts), whose readers
 * (evidence lines, soft skills shown, skills named in prose) already read what was done
 * outside a job. Issue 14: a compound heading ("SERVICE ACTIVITIES") that ended a jobs section
 * took the outreach and reviewing lines out of the jobs, and a teacher's FIT became UNFIT.
 */

import type { ParsedExperience, ParsedProject, ResumeSection } from "../types.ts";
import { extractProjects } from "./projects.ts";
import type { Ranged } from "./skill-evidence.ts";

/**
 * An awards-kind section is things done, not prizes won, when its heading says so
 * ("Extracurricular Activities", "SERVICE ACTIVITIES", "Community Involvement").
 */
const DONE_HEADING = /\b(activit|outreach|service|involvement|engagement|leadership)/i;

function aboutThingsDone(s: ResumeSection): boolean {
  if (s.kind === "volunteering" || s.kind === "publications") return true;
  return s.kind === "awards" && DONE_HEADING.test(s.heading ?? "");
}

/**
 * The activities of those sections, read the way projects are (a short title line, then what
 * was done), with absolute character ranges; lines a dated job already took are left out.
 */
export function activitiesWithRanges(
  lines: string[],
  sections: ResumeSection[],
  offsets: number[],
  jobs: Ranged<ParsedExperience>[],
): Ranged<ParsedProject>[] {
  const inJob = (i: number) => jobs.some((j) => offsets[i]! >= j.start && offsets[i]! < j.end);
  const out: Ranged<ParsedProject>[] = [];
  for (const s of sections) {
    if (!aboutThingsDone(s)) continue;
    const at: number[] = [];
    for (let i = s.startLine; i < s.endLine; i++) {
      if (!inJob(i) && lines[i]!.trim()) at.push(i);
    }
    for (const p of extractProjects(at.map((i) => lines[i]!))) {
      const { lineFrom, lineTo, ...entry } = p;
      const last = at[Math.max(lineFrom, lineTo - 1)]!;
      out.push({ entry, start: offsets[at[lineFrom]!]!, end: offsets[last]! + lines[last]!.length });
    }
  }
  return out;
}
