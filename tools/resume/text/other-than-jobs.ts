/**
 * Words that make an "... Experience" heading one over something else than jobs held
 * ("Administrative Skills and Experience", "Years of Experience:", "Education Experience"),
 * unless the word is part of the name of a field people work in ("HIGHER EDUCATION EXPERIENCE":
 * the jobs of a university administrator; issue 14, a heading not read left them in the
 * education section above).
 */

/** Words of a heading over something else than jobs held ("Administrative Skills and Experience", "Years of Experience:"). */
const OTHER_THAN_JOBS = new Set([
  "skills",
  "skill",
  "education",
  "educational",
  "training",
  "study",
  "years",
  "year",
  "summary",
  "projects",
  "project",
]);
/** Of those words, the ones that also name a field people work in ("Higher Education", "Corporate Training"). */
const FIELD_NOUNS = new Set(["education", "training"]);
/** Words before a field noun that say which of one's own studies, not which field ("Relevant Education"). */
const NOT_A_FIELD = new Set([
  "and",
  "or",
  "of",
  "in",
  "my",
  "relevant",
  "related",
  "other",
  "additional",
  "professional",
  "previous",
  "prior",
  "formal",
  "academic",
  "educational",
]);

/**
 * Whether words[i] (one of OTHER_THAN_JOBS) is part of a field's name inside a compound heading
 * ("HIGHER EDUCATION EXPERIENCE", "Adult Education Teaching Experience:"): a field noun with a
 * modifier before it and no conjunction after it. Alone or joined by "and" it still names the
 * person's own studies ("Education Experience", "Education and Experience").
 */
function namesAField(words: string[], i: number): boolean {
  const before = words[i - 1];
  const after = words[i + 1];
  return (
    FIELD_NOUNS.has(words[i]!) &&
    before !== undefined &&
    !NOT_A_FIELD.has(before) &&
    !OTHER_THAN_JOBS.has(before) &&
    after !== undefined &&
    after !== "and" &&
    after !== "or"
  );
}

/** Whether a heading's words make it one over studies, skills, projects or a summary, not jobs held. */
export function aboutOtherThanJobs(words: string[]): boolean {
  return words.some((w, i) => OTHER_THAN_JOBS.has(w) && !namesAField(words, i));
}
