/**
 * "i work at Google", "I work at Greggs now actually", "je travaille chez Deloitte depuis 2 ans":
 * where the person works, said with no job title. The intent model read the employer as a
 * skill ("Google" saved at intermediate level, trial16 leftover), or as the job they want
 * (trial17 §7: "I work at Greggs now" set a target with a profile loaded), and the French one
 * was refused as "not an experience". An employer alone makes no experience entry (the title is
 * what the fit reads), so the person is asked what they do there, with nothing saved.
 */
import type { Outcome } from "./types.ts";

/** The words around the employer that say only when: "now", "actually", "since 2022", "for 2 years". */
const WHEN = String.raw`(?:\s*,?\s*(?:now|currently|right now|at the moment|these days|actually|too|as well|also|aussi|maintenant|actuellement|ahora|tambi[eé]n|jetzt|auch|agora|tamb[eé]m|(?:since|depuis|desde(?:\s+hace)?|seit|h[aá]|for)\s+(?:\d{1,2}|\d{4}|a|an|one|two|three|un|une|deux|trois|dos|tres|zwei|drei|dois)(?:\s+(?:years?|yrs?|months?|ans?|années?|mois|años?|meses|jahren?|monaten?|anos?))?))*`;

/** First person, present tense, "work at/for" and the employer, in the chat's languages. */
const WORKS_AT = new RegExp(
  String.raw`^(?:(?:hi|hello|hey|bonjour|hola|hallo|ol[aá])[\s,!.]+)?(?:i\s+(?:currently\s+|now\s+)?(?:work|am\s+working|'m\s+working|m\s+working)|i'?m\s+(?:currently\s+|now\s+)?working|im\s+working|je\s+travaille|(?:actualmente\s+|ahora\s+)?trabajo|ich\s+arbeite|(?:atualmente\s+|agora\s+)?trabalho)${WHEN}\s+(?:at|for|with|chez|pour|en|para|bei|f[üu]r|na|no|em)\s+(?!(?:a|an|home|night|nights|the\s+moment|weekends?|la\s+casa|casa)\b)([\p{L}\d][\p{L}\d&'.-]*(?:\s+(?!(?:now|currently|actually|too|also|since|for|depuis|desde|seit|aussi|ahora|jetzt|agora|as|these|right|at)\b)[\p{L}\d&][\p{L}\d&'.-]*){0,3})${WHEN}[\s.!]*$`,
  "iu",
);

/** Words that make the phrase after "work at/for" no employer: a way of working, a field. */
const NOT_EMPLOYER =
  /^(?:myself|home|remote(?:ly)?|free(?:lance)?|night|nights|weekends?|part[- ]?time|full[- ]?time|minimum wage|a living|living|it|this|that)$/i;

/** The company said, or undefined when the message is not only "I work at …". */
export function employerSaidAlone(raw: string): string | undefined {
  const m = WORKS_AT.exec(raw.trim());
  const company = m?.[1]?.replace(/[.'-]+$/, "").trim();
  if (!company || NOT_EMPLOYER.test(company)) return undefined;
  return company;
}

/** The reply to an employer said with no title: which job they do there, nothing saved. */
export function employerSaid(raw: string): Outcome | undefined {
  const company = employerSaidAlone(raw);
  if (!company) return undefined;
  return { calls: [], say: { kind: "ask_role_at_employer", detail: company } };
}
