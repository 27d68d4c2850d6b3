/**
 * The kind of role an ad asks for against what the person has done: the ad's theme words
 * (JobPosting.focus, tools/jobs/focus.ts: "preschool", "wireless", "bridge") weighted by how
 * specific they are and looked up in what the person's roles say (titles, duties, summary,
 * projects), by spelling or near-synonym (word-coverage.ts). Two teachers, two embedded
 * engineers or two QA leads get the same skill scores when the taxonomy has no skill for the
 * specialisation; this is where a preschool ad and a high-school teacher part.
 */
import type { ProfileSnapshot } from "../../contract/profile.ts";
import type { JobPosting } from "../jobs/types.ts";
import { askCoverage, type CoverageScope } from "./word-coverage.ts";

export interface FocusMatch {
  /** The ad's theme words, most repeated first. */
  words: string[];
  /** 0..1 specificity-weighted share of them the person's roles say; undefined when none is specific. */
  coverage?: number;
  /** The most specific theme words the roles do not say. */
  missing: string[];
}

/**
 * What the roles say, not the education or skills list: a physical-education degree or a
 * listed "wireless" is not having worked in it (measured 2026-12-03: roles and all evidence
 * lines gave the same cross-validated accuracy; roles is the stricter reading).
 */
const SCOPE: CoverageScope = "roles";

export function focusMatch(profile: ProfileSnapshot, job: JobPosting): FocusMatch | undefined {
  const words = themeWords(job);
  if (!words.length) return undefined;
  const { coverage, missing } = askCoverage(profile, words.join(" "), SCOPE);
  return { words, ...(coverage !== undefined ? { coverage } : {}), missing };
}

/** An ad's theme words; a described role's are the words of its titles (the occupation and its other names). */
function themeWords(job: JobPosting): string[] {
  if (job.focus?.length) return job.focus;
  if (job.source !== "role_profile") return [];
  const titles = [job.title, ...(job.alsoCalled ?? [])].filter((t): t is string => !!t);
  return [
    ...new Set(
      titles
        .join(" ")
        .toLowerCase()
        .match(/[a-z][a-z+#-]+/g) ?? [],
    ),
  ];
}
