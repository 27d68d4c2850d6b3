/**
 * The one place the resume parser calls skill extraction (tools/skills). Kept behind a
 * small function type so tests and the evaluation can run the parser with or without
 * skills, and so the rest of tools/resume does not depend on the extractor's internals.
 */
import { extractSkills } from "../skills/extract.ts";
import { isKnownName, knownNameAcross } from "../skills/known-name.ts";
import { filterResumeSkills, sectionAtOf } from "../skills/resume-filter/index.ts";
import type { ResumeSection, SkillSpan } from "./types.ts";

export interface FoundSkill {
  id: string;
  name: string;
  type?: string;
  category?: string;
  spans: (SkillSpan & { section?: string })[];
  /** Not in the taxonomy: kept under the name the person wrote. */
  unrecognised?: true;
}

/** A known skill or product name written across a lost line break (the text normaliser asks), or as a whole text. */
export { isKnownName, knownNameAcross };

export type SkillExtractor = (text: string, sections: ResumeSection[]) => Promise<FoundSkill[]>;

/** The extractor's raw reading, before the learned filter (training reads this). */
export const candidateSkills: SkillExtractor = async (text, sections) =>
  extractSkills(text, { sections, unlisted: true });

const projectExtractor: SkillExtractor = async (text, sections) =>
  filterResumeSkills(text, extractSkills(text, { sections, unlisted: true }), sectionAtOf(sections));

/** The project's skill extractor (async so a worker-backed one could replace it). */
export async function loadSkillExtractor(): Promise<SkillExtractor> {
  return projectExtractor;
}
