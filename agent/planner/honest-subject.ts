/**
 * What a person asks to misstate ("can I lie about my salary?", "should I fake a degree?",
 * "can I say I know Kubernetes when I don't?", "inflate my job title?"), in the six
 * languages the planner reads: pay, a degree, a job title, years or dates, or a skill the
 * taxonomy knows. The intent model decides that the message asks to misstate something
 * (refusal_harmful); this slot reader only names what, so the answer says why not for that
 * claim and what true thing to say instead (honest-words.ts).
 */
import { knownSkillNames } from "./slot-words.ts";

export type HonestSubject = "pay" | "degree" | "title" | "experience" | "skill";

/** Pay said any way: salary, CTC, "make more", "earn", sueldo, salaire, Gehalt, salário, tankhwah. */
const PAY =
  /\b(?:salar(?:y|ies|io|ios)|sal[aá]rio|salaire|gehalt|lohn|verdien\w*|pay(?:check|slip)?|paid|earn(?:s|ed|ing)?|make (?:more|less)|making|income|compensation|ctc|package|sueldo|gano|ganho|ganhar|ganar|gagne\w*|r[ée]mun[ée]ration|tankh?wah|tankha|kamata|kamati)\b/i;
/** A degree, diploma or qualification (Spanish/Portuguese "título" is a degree unless it is the job's). */
const DEGREE =
  /\b(?:degree|diploma|dipl[oô]me|bachelor'?s?|m[aá]ster'?s?|masters|maestr[ií]a|mestrado|doctorado|doutorado|mba|ph\.?d|doctorate|graduat\w*|gpa|college|university|universidad|universit[eé]|faculdade|licenciatura|grado|abschluss|studium|doktortitel|gradua[cç][aã]o|formaci[oó]n|forma[cç][aã]o|t[ií]tulo(?! (?:del? |do )?(?:puesto|cargo|trabajo|emprego))|bsc|msc|btech|mtech)\b/i;
/** The job title: title, designation, position, rank; cargo, puesto, intitulé/titre de poste, Jobtitel. */
const TITLE =
  /\b(?:(?:job )?title|designation|senior|lead|manager|promot\w*|cargo|puesto|t[ií]tulo (?:del? |do )?(?:puesto|cargo|trabajo|emprego)|intitul[eé]|titre|poste|jobtitel|titel|berufsbezeichnung|stellenbezeichnung|teamleiter|leiter|chef|jefe|gerente|gestor)\b/i;
/** Years, dates, a gap, how long or how much they did. */
const EXPERIENCE =
  /\b(?:years?|yrs?|dates?|gap|how long|experience|experiencia|exp[ée]rience|erfahrung|experi[eê]ncia|a[nñ]os|anos|ans|jahre|saal|fechas|datas|daten|hueco|lacune|trou|l[uü]cke|tempo parado|led|lead the|in charge)\b/i;

/** The claim a message asks to misstate, and the skill when it is one (as the taxonomy names it). */
export function honestSubject(raw: string): { subject: HonestSubject; skill?: string } | undefined {
  const t = raw.toLowerCase();
  if (PAY.test(t)) return { subject: "pay" };
  if (DEGREE.test(t)) return { subject: "degree" };
  const skill = knownSkillNames(raw).find((s) => !TITLE.test(s) && !EXPERIENCE.test(s));
  if (TITLE.test(t) && !skill) return { subject: "title" };
  if (skill) return { subject: "skill", skill };
  if (TITLE.test(t)) return { subject: "title" };
  if (EXPERIENCE.test(t)) return { subject: "experience" };
  return undefined;
}
