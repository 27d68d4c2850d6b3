/** The gaps an analysis result names (results.ts AnalysisBrief, explain_gap's list). */

/** One of an analysis's top gaps. */
export interface GapBrief {
  skill: string;
  severity: string;
  kind: string;
  /**
   * On the profile with nothing behind it (tools/gap Gap.unevidenced): the reply says so and
   * asks for an example, instead of calling a skill just added "missing".
   */
  unevidenced?: true;
}

/** explain_gap with no skill: every gap of the analysis (gap-list-output.ts). */
export interface GapListResult {
  isGap: "list";
  analysisId: string;
  jobTitle: string | null;
  verdict: "FIT" | "UNFIT";
  /** Gaps most important first: name, must-have or nice-to-have, severity. */
  gaps: { skill: string; kind: "required" | "preferred"; severity: string }[];
  /** Why the first gap matters, as the analysis says it. */
  firstReason: string;
}
