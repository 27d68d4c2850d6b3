/**
 * What a person asks to misstate ("can I lie about my salary?", "should I fake a degree?",
 * "can I say I know Kubernetes when I don't?", "inflate my job title?"), in the six
 * languages the planner reads: pay, a degree, a job title, years or dates, or a skill the
 * taxonomy knows. The intent model decides that the message asks to misstate something
 * (refusal_harmful); this slot reader only names what, so the answer says why not for that
 * claim and what true thing to say instead (honest-words.ts).
 */
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { knownSkillNames } from "./slot-words.ts";

/**
 * A word asking to misstate something ("inflate my job title?", "¿invento un título?", "fake a
 * degree", "Lebenslauf aufbauschen"): one list for every reader that must tell a correction or a
 * piece of news from a request to lie (plans/entry-correction-plans.ts, own-news.ts).
 */
export const ASKS_TO_MISSTATE =
  /(?<![\p{L}])(?:inflat\w*|lie|lying|lied|fake[ds]?|faking|pretend\w*|exaggerat\w*|embellish\w*|pad|fudge|backdat\w*|mentir|invent\w*|fing\w*|exager\w*|l[üu]gen|erfind\w*|aufbausch\w*|gef[äa]lscht\w*|jhoo?th\w*)(?![\p{L}])/iu;

export type HonestSubject = "pay" | "degree" | "title" | "experience" | "skill";

/** Pay said any way: salary, CTC, "make more", "earn", sueldo, salaire, Gehalt, salário, tankhwah. */
const PAY =
  /\b(?:salar(?:y|ies|io|ios)|sal[aá]rio|salaire|gehalt|lohn|verdien\w*|pay(?:check|slip)?|paid|earn(?:s|ed|ing)?|make (?:more|less)|making|income|compensation|ctc|package|sueldo|gano|ganho|ganhar|ganar|gagne\w*|r[ée]mun[ée]ration|tankh?wah|tankha|kamata|kamati)\b/i;
/** A degree, diploma or qualification (Spanish/Portuguese "título" is a degree unless it is the job's). */
const DEGREE =
  /\b(?:degree|diploma|dipl[oô]me|bachelor'?s?|m[aá]ster'?s?|masters|maestr[ií]a|mestrado|doctorado|doutorado|mba|ph\.?d|doctorate|graduat\w*|gpa|college|university|universidad|universit[eé]|faculdade|licenciatura|grado|abschluss|studium|doktortitel|gradua[cç][aã]o|formaci[oó]n|forma[cç][aã]o|t[ií]tulo(?! (?:del? |do )?(?:puesto|cargo|trabajo|emprego))|bsc|msc|btech|mtech)\b/i;
/** The job title: title, designation, position, rank; cargo, puesto, intitulé/titre de poste, Jobtitel. */
const TITLE =
  /\b(?:(?:job )?title|designation|promot\w*|cargo|puesto|t[ií]tulo (?:del? |do )?(?:puesto|cargo|trabajo|emprego)|intitul[eé]|titre|poste|jobtitel|titel|berufsbezeichnung|stellenbezeichnung)\b|\b(?:call myself|i was|pretend to be|claim to be|as an?|fui|j'étais|ich war|als|como|fui|khud ko)\s+(?:an? |el |la |o |um |uma |un |une |ein |eine )?(?:senior|lead|team ?lead|manager|head|director|supervisor|jefe|gerente|chef|leiter|teamleiter|gestor)\b/i;
/** Years, dates, a gap, how long or how much they did. */
const EXPERIENCE =
  /\b(?:years?|yrs?|dates?|gap|how long|experience|experiencia|exp[ée]rience|erfahrung|experi[eê]ncia|a[nñ]os|anos|ans|jahre|saal|fechas|datas|daten|hueco|lacune|trou|l[uü]cke|tempo parado|led|lead the|in charge)\b/i;

/** Saying one knows or has a skill: without it a word the taxonomy knows ("hack") is no skill claim. */
const SKILL_CLAIM =
  /\b(?:know|knew|knowledge|skills?|fluent|proficient|expert|familiar|experienced|used|worked with|on my (?:cv|resume)|conozco|domino|sais|ma[iî]trise|connais|kann|beherrsch\w*|kenntnisse|sei|conhe[cç]o|aata|aati|aate)\b|(?:^|\s)sé(?=\s|$)/i;

/** The claim a message asks to misstate, and the skill when it is one (as the taxonomy names it). */
export function honestSubject(raw: string): { subject: HonestSubject; skill?: string } | undefined {
  const t = raw.toLowerCase();
  if (PAY.test(t)) return { subject: "pay" };
  if (DEGREE.test(t)) return { subject: "degree" };
  const skill = SKILL_CLAIM.test(t)
    ? knownSkillNames(raw).find((s) => !TITLE.test(s) && !EXPERIENCE.test(s) && !SKILL_CLAIM.test(s))
    : undefined;
  if (TITLE.test(t) && !skill) return { subject: "title" };
  if (skill) return { subject: "skill", skill: getTaxonomy().lookup(skill)?.name ?? skill };
  if (TITLE.test(t)) return { subject: "title" };
  if (EXPERIENCE.test(t)) return { subject: "experience" };
  return undefined;
}
