/**
 * Job titles the resume names outside its experience entries: the role the person wants
 * ("seeking a position as a Mechanical Engineer") and roles held, written in sentences
 * ("worked as Escalation Engineer with Microsoft"). The wanted role is what a gap
 * analysis would compare against when the person has not named a dream job yet.
 */
import { titleFromSentence, titleScore } from "./job-header.ts";

const WANT_RE =
  /\b(?:position|role|job|career|opening|opportunity|post)\s+(?:as|of)\s+(?:an?\s+)?([A-Za-z][A-Za-z/&.\- ]{2,60}?)(?=\s+(?:in|at|with|for|where|that|which|to|and)\b|[,.;]|$)|\b(?:seeking|looking for|aiming for|aim for|aiming at|targeting|obtain|secure|pursue)\s+(?:an?\s+|the\s+)?(?:challenging\s+|suitable\s+|entry[- ]level\s+)?([A-Za-z][A-Za-z/&.\- ]{2,60}?)\s+(?:position|role|job|opportunity)\b/i;

const MAX_WORDS = 6;

function clean(title: string): string | undefined {
  const t = title.trim().replace(/\s+/g, " ");
  if (t.split(" ").length > MAX_WORDS || titleScore(t) === 0) return undefined;
  return t;
}

/** The role the summary or objective says the person is after. */
export function wantedRole(summaryLines: string[]): string | undefined {
  const text = summaryLines.join(" ");
  const m = WANT_RE.exec(text);
  return m ? clean(m[1] ?? m[2] ?? "") : undefined;
}

/** Titles held, from sentences like "working as a Support Engineer at Convergys". */
export function rolesInSentences(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const h = titleFromSentence(line);
    const title = h?.title && clean(h.title);
    if (title && !out.some((o) => o.toLowerCase() === title.toLowerCase())) out.push(title);
  }
  return out.slice(0, 20);
}
