/**
 * "oh and also airbnb, same kinda role", "y en Globant, el mismo puesto": another application
 * for the role just logged. The person names the company in lower case (a chat habit), which
 * the application reading only finds when capitalised, and says the role loosely ("same kinda
 * role", "same sort of job"); found trying the chat as a new user (trial12f), where it asked
 * "Which company and role?" right after the role was logged.
 */
import type { Focus } from "../../graph/focus.ts";

/** "same role / kinda role / sort of job / type of position" and its words in the other languages. */
export const SAME_ROLE =
  /\b(?:(?:the\s+)?same\s+(?:kinda\s+|kind of\s+|sort of\s+|sorta\s+|type of\s+)?(?:role|position|job|title|thing|one|post)s?|(?:el\s+|la\s+)?mism[oa]\s+(?:puesto|rol|cargo|trabajo|empleo|posición)|(?:le\s+|la\s+)?même\s+(?:poste|rôle|job|emploi)|(?:die\s+|den\s+|das\s+)?(?:gleiche|selbe)n?\s+(?:stelle|rolle|position|job)|(?:a\s+|o\s+)?mesm[ao]\s+(?:vaga|cargo|função|funcao|posição|trabalho))\b/iu;

/** Words that carry no company: lead-ins, the applying verb, "too", and days. */
const NOT_COMPANY = new Set(
  (
    "oh and also plus then ok okay so i just already applied apply applying sent my application app to at with for " +
    "too as well there again yesterday today y también tambien en a et aussi chez und auch bei e também tambem na no pra " +
    "um uma un une la el le de del"
  ).split(/\s+/),
);

/**
 * The company said beside "same role" when nothing else names one: the words left once the
 * lead-ins, the same-role phrase and the applying words are taken away (one to four words).
 */
export function companyBesideSameRole(raw: string, focus: Focus): string | undefined {
  if (!focus.application?.position || !SAME_ROLE.test(raw)) return undefined;
  const rest = raw
    .replace(SAME_ROLE, " ")
    .replace(/[,.;:!?()]+/g, " ")
    .split(/\s+/)
    .filter((w) => w && !NOT_COMPANY.has(w.toLowerCase()));
  if (rest.length === 0 || rest.length > 4) return undefined;
  return rest.join(" ");
}
