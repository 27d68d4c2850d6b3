/**
 * What a posting asks, by name, for telling the person what was read from their ad: the named
 * skills and tools, then each requirement line that names none of them — the asks of every
 * field that are not skills: years of a kind of experience ("2+ years line cook experience"),
 * licences ("food handler card"), degrees, duties ("able to lift 50 lbs"). A line cook's or a
 * teacher's ad names few taxonomy skills; "0 required skills" told the person nothing was read.
 */
import { preferredFrom } from "./preferred-part.ts";
import type { JobPosting, RequirementKind } from "./types.ts";

export interface PostingAsks {
  required: string[];
  preferred: string[];
}

/** A line that states the pay under its own label (an exact format: label, colon). */
const PAY_LINE = /^(?:pay|salary|compensation|wages?|pay rate|hourly rate)\s*:/i;

/** A long line is shown by its start: the count and the first few asks are what the reply says. */
const MAX_ASK_CHARS = 80;

/** The posting's asks by name, skills first, each once. */
export function postingAsks(posting: JobPosting): PostingAsks {
  const out: Record<RequirementKind, string[]> = { required: [], preferred: [] };
  const seen = new Set<string>();
  const add = (kind: RequirementKind, name: string) => {
    const key = name.toLowerCase();
    if (seen.has(key) || name.length === 0) return;
    seen.add(key);
    out[kind].push(name);
  };
  for (const kind of ["required", "preferred"] as const)
    for (const s of posting.skills) if (s.kind === kind) add(kind, s.name);
  const skillIds = new Set(posting.skills.map((s) => s.skillId));
  for (const line of posting.requirementLines ?? []) {
    // An unmarked line is an ask only if the ask classifier says so (tools/gap).
    if (line.unmarked || line.skills?.some((id) => skillIds.has(id))) continue;
    // "Pay: $19-$23 an hour" after the nice-to-haves is the offer, not a last nice-to-have (it
    // stays a requirement line: tools/gap's ask classifier reads it as the company's).
    if (PAY_LINE.test(line.text)) continue;
    // "master's in special education preferred" under Requirements is a nice-to-have.
    const kind = preferredFrom(line.text) === 0 ? "preferred" : line.kind;
    add(kind, line.licence?.name ?? shortAsk(line.text));
  }
  return out;
}

function shortAsk(text: string): string {
  const said = text
    .replace(/^[-•*·▪–\s]+/, "")
    .replace(/[.;,:]+$/, "")
    .trim();
  return said.length <= MAX_ASK_CHARS ? said : `${said.slice(0, MAX_ASK_CHARS).replace(/\s+\S*$/, "")}…`;
}
