/**
 * "bank teller at Chase", "cashier at walmart 2019-2021": a job title the role data knows,
 * "at", a name, maybe the years, and nothing else — no verb, no question — is a line of work
 * history. Model f4685d96 read the first as a fit check (its new "check my fit for that one"
 * lines) at 0.42; the line's shape is exact, so it is read as an entry whatever the model leans
 * to. A question ("is a data analyst at Google paid well?") or a sentence is not this shape.
 */
import { namesHeldRole } from "./held-title.ts";

const YEARS = String.raw`(?:\s*,?\s*(?:\(?\d{4}\s*(?:-|–|to)\s*(?:\d{4}|present|now|current)\)?|since\s+\d{4}))?`;
const LINE = new RegExp(
  String.raw`^(?:(?:i\s+was|i'?m|i\s+am)\s+)?(?:an?\s+)?([a-z][a-z /&-]{1,40}?)\s+at\s+([A-Za-z0-9][\w&'.-]*(?:\s+[\w&'.-]+){0,3})${YEARS}\s*[.!]?$`,
  "i",
);

/** Words a job title of up to three words does not hold: "my dream job is …", "save the … job". */
const NOT_TITLE_WORDS =
  /\b(?:my|the|this|that|your|for|to|job|role|position|is|was|be|passed|applied|save|saved|check)\b/i;

export async function saysWorkHistoryLine(raw: string): Promise<boolean> {
  const m = LINE.exec(raw.trim());
  if (!m || /\?/.test(raw)) return false;
  const title = m[1]!.trim();
  if (title.split(/\s+/).length > 3 || NOT_TITLE_WORDS.test(title)) return false;
  return namesHeldRole(title);
}
