/**
 * The kind of role an ad asks for against what the person has done: the ad's theme words
 * (JobPosting.focus, tools/jobs/focus.ts: "preschool", "wireless", "bridge") weighted by how
 * specific they are and looked up in what the person's roles say (titles, duties, summary,
 * projects), by spelling or near-synonym (word-coverage.ts). Two teachers, two embedded
 * engineers or two QA leads get the same skill scores when the taxonomy has no skill for the
 * specialisation; this is where a preschool ad and a high-school teacher part.
 */
import type { ProfileSnapshot } from "../../contract/profile.ts";
import { titlesLatestFirst } from "../experience/roles.ts";
import type { JobPosting } from "../jobs/types.ts";
import { askCoverage, type CoverageScope } from "./word-coverage.ts";

export interface FocusMatch {
  /** The ad's theme words, most repeated first. */
  words: string[];
  /** 0..1 specificity-weighted share of them the person's roles say; undefined when none is specific. */
  coverage?: number;
  /** The theme words the roles do not say (credit under SAID), most repeated first. */
  missing: string[];
}

/**
 * What the roles say, not the education or skills list: a physical-education degree or a
 * listed "wireless" is not having worked in it (measured 2026-12-03: roles and all evidence
 * lines gave the same cross-validated accuracy; roles is the stricter reading).
 */
const SCOPE: CoverageScope = "roles";

/** Credit (spelling 1, near-synonym less) under which a theme word counts as not said. */
const SAID = 0.5;

export function focusMatch(profile: ProfileSnapshot, job: JobPosting): FocusMatch | undefined {
  const words = themeWords(job);
  if (!words.length) return undefined;
  const { coverage } = askCoverage(profile, words.join(" "), SCOPE);
  // In the ad's order (most repeated first): "bridge" before a one-off "iconic".
  const missing = words.filter((w) => (askCoverage(profile, w, SCOPE).coverage ?? 1) < SAID);
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

/** Theme words and titles named in the explanation. */
const NAMED = 3;

/**
 * What the verdict compared, in words a person can check: the ad's theme words the person's
 * roles do not say, and the titles they hold ("the ad keeps coming back to preschool; your
 * roles do not say it (your titles: physical education teacher, ...)"). Said only when the
 * theme argued against a fit: its coverage is below the average the verdict was fitted on
 * (`typical`, the model's mean for focusCoverage).
 */
export function themeNote(
  focus: FocusMatch | undefined,
  profile: ProfileSnapshot,
  typical: number | undefined,
  source: JobPosting["source"],
): string | undefined {
  if (!focus || focus.coverage === undefined || typical === undefined || focus.coverage >= typical)
    return undefined;
  const missing = focus.missing.slice(0, NAMED);
  if (missing.length === 0) return undefined;
  const titles = [...new Set(titlesLatestFirst(profile.experience).map((t) => t.trim()))]
    .filter((t) => t.length > 0)
    .slice(0, NAMED);
  const what = source === "posting" ? "the ad keeps coming back to" : "the role is about";
  const yours = titles.length ? ` (your titles: ${titles.map((t) => `"${t}"`).join(", ")})` : "";
  return `${what} ${missing.map((w) => `"${w}"`).join(", ")}; your roles do not say ${missing.length > 1 ? "them" : "it"}${yours}`;
}
