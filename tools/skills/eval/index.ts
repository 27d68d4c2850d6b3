/** Reusable skill-extraction measurements (the evaluation harness in evals/ calls these). */
export { canonicalGold } from "./canonical.ts";
export {
  comparable,
  type DotinEvaluation,
  type DotinResume,
  evaluateDotin,
  parseDotin,
  readDotin,
} from "./dotin.ts";
export { Counter, type PRF, prf } from "./metrics.ts";
export { sharedDataDir } from "./shared-data.ts";
export {
  evaluatePostings,
  evaluateSkillSpan,
  type PostingsEvaluation,
  readSkillSpan,
  type SkillSpanEvaluation,
} from "./skillspan.ts";
