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

/**
 * The employer said in the other languages, or with its kind of workplace in small letters
 * ("8 años en el Hospital 12 de Octubre", "bei Siemens", "chez Renault", "no Hospital Santa
 * Maria", "at St James hospital"): a hospital in a first message was said back as a clause not
 * placed, or saved as a skill (trial14 leftover). "en Madrid" is a place: "en" counts only before
 * an article or a kind of workplace.
 */
const WORKPLACE = String.raw`(?:Hospital|Cl[ií]nica|Clinique|Klinik(?:um)?|Krankenhaus|H[ôo]pital|Colegio|Escuela|Instituto|Universidad|Universit[äa]t|Universidade|Banco|Banque|Bank|Farmacia|Farm[áa]cia|Centro|Residencia)`;
const NAME_WORDS = String.raw`[\p{Lu}\d][\p{L}\d&'.-]*(?:\s+(?:(?:de|del|de\s+la|of|da|do|dos|das|des|du|von|der)\s+)?[\p{Lu}\d][\p{L}\d&'.-]*){0,4}`;
const AFTER_JOB_ABROAD = new RegExp(
  String.raw`^\s*,?\s*(?:(?:for\s+)?(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\+?\s+(?:years?|yrs?|months?)\s+)?(?:(?:en|no|na|em)\s+(?:(?:el|la|los|las|o|a)\s+)?(?=${WORKPLACE}\b)|en\s+(?:el|la)\s+(?=\p{Lu})|(?:bei(?:m)?|chez|im)\s+|(?:at|for|with)\s+(?=${NAME_WORDS}\s+(?:hospital|clinic|medical\s+center|school|college|university|bank)\b))(${NAME_WORDS}(?:\s+(?:hospital|clinic|medical\s+center|school|college|university|bank)\b)?)`,
  "u",
);

/** Words capitalised at a sentence's start or as a habit that are no employer. */
const NOT_EMPLOYER =
  /^(?:I|A|An|The|My|Our|Home|Least|Most|About|Around|Almost|Nearly|Over|Under|Two|Three|Four|Five)$/;

/** The employer named at the start of `after` (the text right after the job's words). */
export function companyAfterJob(after: string): JobCompany {
  const m = AFTER_JOB.exec(after.slice(0, 80)) ?? AFTER_JOB_ABROAD.exec(after.slice(0, 80));
  const name = m?.[1]?.replace(/[.'-]+$/, "").trim();
  if (!name || NOT_EMPLOYER.test(name.split(/\s+/)[0]!) || /^\d+$/.test(name)) return {};
  return { company: name };
}
