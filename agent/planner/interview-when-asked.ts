/**
 * "when is my kinetica interview?", "what time is my interview with Acme", "when's my next
 * interview", "¿cuándo es mi entrevista con Acme?": when an interview is, answered from the
 * applications (their list shows each interview's day and time). Trial14 §8: asked during
 * practice it was scored as the answer, and anywhere it got interview tips.
 * The company is a tracked one named in the message (any case) or a capitalised name after
 * "with"/"at"; none named lists the applications, every interview ahead with its day.
 */
import { companyNamed, trackedCompanyIn } from "./company-named.ts";
import { call, calls, type Outcome } from "./types.ts";

const INTERVIEW = String.raw`(?:interview|phone screen|screening call|screen|final round|onsite|entrevista|entretien|vorstellungsgespr[äa]ch|gespr[äa]ch)`;
/** Asking when, in the chat's languages, with the interview within a few words. */
const ASKS_WHEN = new RegExp(
  String.raw`^(?:(?:ok(?:ay)?|so|wait|hey|um+|sorry|quick question)[,.!\s]+)*(?:when(?:'s|s| is| are| was| do i have)?|what (?:day|time|date)(?:'s| is)?|at what time is|¿?\s*cu[aá]ndo (?:es|tengo)|quand (?:est|ai-je|j'ai)|wann (?:ist|habe ich|hab ich)|quando (?:é|e|tenho))\s+(?:(?:my|the|our|mi|la|mon|mein|meine|minha|a)\s+)?(?:next\s+|pr[oó]xima\s+|prochain\s+|n[äa]chstes?\s+)?(?:([\p{L}\d&.' -]{2,40}?)\s+)?${INTERVIEW}\b(?:\s+(?:with|at|for|con|en|avec|chez|mit|bei|com|na|no)\s+([\p{L}\d&.' -]{2,40}?))?\s*[?¿!.]*$`,
  "iu",
);
const NOT_A_NAME = /^(?:next|upcoming|first|second|third|final|phone|job|real|actual|big|tech(?:nical)?)$/i;

export function interviewWhenAsked(raw: string, tracked: readonly string[] | undefined): Outcome | undefined {
  const text = raw.trim();
  if (text.split(/\s+/).length > 14) return undefined;
  const m = ASKS_WHEN.exec(text);
  if (!m) return undefined;
  const named = [m[2], m[1]]
    .map((s) => s?.replace(/\b(?:phone|next|upcoming|job|the)\b/gi, "").trim())
    .filter((s): s is string => Boolean(s) && !NOT_A_NAME.test(s!));
  const company = trackedCompanyIn(text, tracked) ?? named.map((s) => companyNamed(s, tracked)).find(Boolean);
  return calls(call("list_applications", company ? { company } : {}));
}
