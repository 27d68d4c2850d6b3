/**
 * "shift supervisor at Brightline", "a cashier for Target Corp": the employer said right after
 * a job in an intro, kept with the role so "I left Brightline" later finds it. Only a name
 * written with capitals counts ("at a restaurant", "at two places" name no employer).
 */
export interface JobCompany {
  /** The employer said right after the job. */
  company?: string;
}

/**
 * The years may come between: "customer service rep for 3 years at Comcast" (lead's trial
 * 2026-12-06: Comcast was said back as not placed), and a field said in brackets
 * ("sales representative (B2B sales) for 12 years at Oracle", job-by-field.ts), or the dates
 * ("dealer since 2013 at Foxwoods", conv13u).
 */
const AFTER_JOB =
  /^\s*(?:\([^()]{1,60}\)\s*)?(?:,\s*)?(?:for\s+(?:the\s+)?(?:last\s+|past\s+|about\s+|almost\s+|over\s+)?(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\+?\s+(?:years?|yrs?|months?)\s+)?(?:(?:since|from)\s+(?:19|20)\d{2}\s+|(?:19|20)\d{2}\s*[-–]\s*(?:(?:19|20)\d{2}|present|now)\s+)?(?:at|for|with|@)\s+((?:[\p{Lu}\d][\p{L}\d&'.-]*)(?:\s+(?:&\s+)?[\p{Lu}\d][\p{L}\d&'.-]*){0,3})/u;

/** Words capitalised at a sentence's start or as a habit that are no employer. */
const NOT_EMPLOYER =
  /^(?:I|A|An|The|My|Our|Home|Least|Most|About|Around|Almost|Nearly|Over|Under|Two|Three|Four|Five)$/;

/** The employer named at the start of `after` (the text right after the job's words). */
export function companyAfterJob(after: string): JobCompany {
  const m = AFTER_JOB.exec(after.slice(0, 80));
  const name = m?.[1]?.replace(/[.'-]+$/, "").trim();
  if (!name || NOT_EMPLOYER.test(name.split(/\s+/)[0]!) || /^\d+$/.test(name)) return {};
  return { company: name };
}
