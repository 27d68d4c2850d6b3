/**
 * A gap in the work record asked about in the words people use beside "career gap": "how do I
 * explain the gaps in my cv to an employer?", "there are 2 years with no job on my cv, how
 * should I explain that?", "what should I put on my resume for the years I was learning on my
 * own?". A self-taught developer got the skill-gaps card, general STAR advice and a resume
 * quality report for these (trial20 §5); the career-gap answer (career-gap-advice.ts) is what
 * they ask for. Only questions, and only about the record (a resume, the years, time out):
 * "what are my gaps?" stays the skill gaps of the analysis.
 */

/** Gaps / holes in the resume or work history, in the chat's languages (plural too). */
const GAPS_IN_RECORD =
  /\b(?:gaps?|holes?|breaks?)\s+(?:on|in)\s+(?:my\s+|the\s+)?(?:resume|r[ée]sum[ée]|cv|work\s+history|employment(?:\s+history)?|career|record|timeline)\b|\b(?:huecos?|lagunas?|vac[ií]os?)\s+(?:en|de)\s+(?:mi\s+)?(?:curr[ií]culum|cv|historial)\b|\bl[üu]cken?\s+(?:im|in\s+meinem)\s+(?:lebenslauf|cv)\b|\b(?:buracos?|lacunas?)\s+no\s+(?:meu\s+)?(?:curr[ií]culo|cv)\b|\btrous?\s+dans\s+(?:mon\s+)?(?:cv|parcours)\b/iu;

/** Time without a job named: "2 years with no job", "the years I was learning on my own". */
const TIME_WITHOUT_JOB =
  /\b(?:years?|months?|time)\s+(?:with\s+no|without\s+(?:a\s+|any\s+)?|of\s+no)\s*(?:job|work|employment|employer)\b|\b(?:years?|months?|time)\s+(?:when\s+|that\s+)?i\s+(?:was|wasn['’]?t|was\s+not)\s+(?:not\s+)?(?:working|employed|out\s+of\s+work|unemployed|at\s+home|caring|looking\s+after|learning\s+on\s+my\s+own|teaching\s+myself|self[- ]taught|studying\s+on\s+my\s+own|freelancing)\b/iu;

/** A question about how to show or explain it. */
const HOW_TO_SHOW =
  /\b(?:how\s+(?:do|can|should|would)\s+i|what\s+(?:do|should|can)\s+i\s+(?:put|write|say|list)|should\s+i\s+(?:mention|explain|hide|list|put)|explain|justify)\b/iu;

export function asksAboutGapInRecord(raw: string): boolean {
  if (raw.length >= 300) return false;
  if (GAPS_IN_RECORD.test(raw))
    return /\?|\b(?:how|what|should|explain|justify|c[oó]mo|wie|comment|como)\b/iu.test(raw);
  return TIME_WITHOUT_JOB.test(raw) && HOW_TO_SHOW.test(raw);
}
