/**
 * "applied @ <company> (<role>) on monday", "3 places today: <A> (<role>), <B> (<role>) and the
 * school district (<role>)": each company with its role in brackets right after it, as people
 * write a quick list in chat. The application reader took the bracket for a title of the next
 * name ("<B> (<role>)" as the first one's role) or found no role and asked back (conv12p, a
 * blind6 class). A day said once applies to all.
 */
import { appliedDay, NOT_A_ROLE } from "./plans/applied-day.ts";
import { call, type Outcome } from "./types.ts";

/** A name (a few words) and a bracket after it holding a role of a few words. */
const ITEM = /([\p{L}\p{N}&.'’-]+(?:\s+[\p{L}\p{N}&.'’-]+){0,3})\s*\(([^()]{2,50})\)/gu;

/** The applications listed with bracketed roles, or undefined when the message has none. */
export function applicationsInParentheses(raw: string): Outcome | undefined {
  if (!/\b(?:appl(?:ied|ication|ications|ying)|apps?|sent|places)\b|@/i.test(raw)) return undefined;
  const items: { company: string; position: string }[] = [];
  for (const m of raw.matchAll(ITEM)) {
    const role = m[2]!.trim();
    if (NOT_A_ROLE.test(role)) continue;
    const company = nameOf(m[1]!);
    if (!company) continue;
    items.push({ company, position: role });
  }
  if (items.length === 0) return undefined;
  const day = appliedDay(raw.toLowerCase(), raw);
  return {
    calls: items
      .slice(0, 6)
      .map((i) => call("add_application", { ...i, ...(day ? { appliedOn: day } : {}) })),
  };
}

/** The company's own words: what follows the last separator or lead-in before the bracket. */
function nameOf(words: string): string | undefined {
  const parts = words.split(
    // "and" in the other languages too: "… (dependienta) y Farmacia Ruiz (auxiliar)" was "y Farmacia Ruiz".
    /\s*(?:[:,;@]|\b(?:and|y|e|et|und|to|at|with|plus|also|then|applied|today|yesterday)\b)\s*/i,
  );
  const name = parts
    .at(-1)!
    .replace(/^(?:the|a|an)\s+/i, "")
    .trim();
  if (name.length < 2 || /^(?:i|it|them|one|role|job|places?)$/i.test(name)) return undefined;
  return name;
}
