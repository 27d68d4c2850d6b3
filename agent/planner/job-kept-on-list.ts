/**
 * "save the Royal Opera pilates instructor job to my list, haven't applied yet", "keep the Zalando
 * data analyst role on my tracker": a job kept to apply to later, named as "the <Company> <role>
 * job". The model read it as showing the list (conv15u, a kind of blind14's misses), and the
 * ordinary application reader took the words after the comma for the role.
 */
import { call, calls, type Outcome } from "./types.ts";

/** Asking to keep something on the list or tracker (not to see it). */
export const KEEPS_ON_LIST =
  /^(?:pls |please |can you |could you |ok |so )?(?:save|keep|add|put|stick|bookmark|pop)\b.+\b(?:to|on|in|onto)(?: my| the)? (?:list|tracker|saved(?: jobs)?|watchlist|shortlist)\b/i;

/** "the <Capitalised Name> <role in lower case> job": the name, then the role. */
const COMPANY_THEN_ROLE =
  /\b(?:the|this|that)\s+((?:[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*\s+){1,4})((?:[\p{Ll}][\p{L}-]*\s+){0,4}[\p{Ll}][\p{L}-]*)\s+(?:job|role|position|opening|posting|gig|vacancy)\b/u;

/** The saved application a "save the X Y job to my list" names, or undefined when it names none. */
export function jobKeptOnList(raw: string): Outcome | undefined {
  if (!KEEPS_ON_LIST.test(raw.trim())) return undefined;
  const m = COMPANY_THEN_ROLE.exec(raw);
  if (!m) return undefined;
  return calls(
    call("add_application", { company: m[1]!.trim(), position: m[2]!.trim().slice(0, 200), status: "saved" }),
  );
}
