/**
 * The frozen outside conversation splits kept in the repo (evals/data/<folder>), oldest first, with
 * how each was written. One list feeds the suite registry, the CLI's suite names and the CI
 * exclusion, so a new split is one row here (plus its folder and its overlap test). A split stays
 * listed after it becomes a dev set: its suite keeps measuring, only who may read it changes.
 * No imports: the CLI reads the names without loading any suite.
 */
export interface FrozenSplit {
  /** The folder under evals/data; the suite is named conversations-<folder>. */
  folder: string;
  /** When and how it was written (shown in the suite description). */
  written: string;
  /** Why it was written, when there is more to say than "the next outside measure". */
  why?: string;
}

const NEITHER =
  "by an engineer who read neither the dev set's lines, earlier splits' lines, the training lines nor the planner";

export const FROZEN_SPLITS: readonly FrozenSplit[] = [
  { folder: "blind", written: "written 2026-12-03 and since looked at" },
  {
    folder: "blind2",
    written:
      "written 2026-12-03 by an engineer who read neither the dev set, the training lines nor the planner",
    why: "The successor of evals/data/blind once that split had been looked at (issue 12).",
  },
  {
    folder: "blind3",
    written:
      "written 2026-12-05 by an engineer who read neither the dev set's lines, the training lines nor the planner",
    why: "The successor of evals/data/blind2 once that split's misses had been read (issue 12, 2026-12-05).",
  },
  {
    folder: "blind4",
    written: `written 2026-12-05 ${NEITHER}`,
    why: "A fresh outside split next to blind3 (issue 12, 2026-12-05): other occupations, other phrasings.",
  },
  {
    folder: "blind5",
    written: `written 2026-12-05 ${NEITHER}`,
    why: "The outside measure once blind3 and blind4 became dev sets (issue 12, 2026-12-05): yet other occupations.",
  },
  {
    folder: "blind6",
    written: `written 2026-12-05 ${NEITHER}`,
    why: "The outside measure once blind5 became a dev set (issue 12, 2026-12-05): yet other occupations.",
  },
  {
    folder: "blind7",
    written: `written 2026-12-05 ${NEITHER}`,
    why: "The outside measure once blind6 became a dev set (issue 12, 2026-12-05): yet other occupations.",
  },
  {
    folder: "blind8",
    written: `written 2026-12-06 ${NEITHER}`,
    why: "The outside measure once blind7 became a dev set (issue 12, 2026-12-06): yet other voices.",
  },
  {
    folder: "blind9",
    written: `written 2026-12-06 ${NEITHER}`,
    why: "The outside measure once blind8 became a dev set (issue 12, 2026-12-06): yet other voices.",
  },
  {
    folder: "blind10",
    written: `written 2026-12-06 ${NEITHER}`,
    why: "The outside measure once blind9 became a dev set (issue 12, 2026-12-06): yet other voices.",
  },
  {
    folder: "blind11",
    written: `written 2026-12-06 ${NEITHER}`,
    why: "The outside measure once blind10 became a dev set (issue 12, 2026-12-06, read by conv12t): yet other voices.",
  },
  {
    folder: "blind12",
    written: `written 2026-12-06 ${NEITHER}`,
    why: "The outside measure once blind11 became a dev set (issue 12, 2026-12-06, read by conv12u): yet other voices.",
  },
  {
    folder: "blind13",
    written: `written 2026-12-06 ${NEITHER}`,
    why: "The outside measure once blind12 became a dev set (issue 12, 2026-12-06, read by conv13u): yet other voices.",
  },
  {
    folder: "blind14",
    written: `written 2026-12-07 ${NEITHER}`,
    why: "The outside measure once blind13 became a dev set (issue 12, 2026-12-07, read by conv14u): yet other voices.",
  },
  {
    folder: "blind15",
    written: `written 2026-12-07 ${NEITHER}`,
    why: "The outside measure once blind14 became a dev set (issue 12, 2026-12-07, read by conv15u): yet other voices.",
  },
  {
    folder: "blind16",
    written: `written 2026-12-07 ${NEITHER}`,
    why: "The outside measure once blind15 became a dev set (issue 12, 2026-12-07, read by conv16u): yet other voices.",
  },
  {
    folder: "blind17",
    written: `written 2026-12-07 ${NEITHER}`,
    why: "The outside measure once blind16 became a dev set (issue 12, 2026-12-07, read by conv17u): yet other voices.",
  },
];

/** The suite name of a frozen split. */
export function frozenSplitSuiteName(split: FrozenSplit): string {
  return `conversations-${split.folder}`;
}
