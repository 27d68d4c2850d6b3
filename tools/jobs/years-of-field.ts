/**
 * "At least 8 years of experience in software engineering on various complex Java, Spring, Spring
 * Boot and/or NodeJs technologies": the years are of the field the ask names first (software
 * engineering); the technologies after it say what that work was done on. Read as years of each,
 * the ask became four 8-year expert must-haves (one of them met by no one who used Node instead
 * of Spring), and a FIT engineer with eight years of Java work was ruled out on Spring.
 * A list (three technologies or more) after a field is the tell; "5+ years of software development
 * with Java" names one technology, and its years stay with it.
 */
import type { Mention } from "./clauses.ts";
import type { YearsMention } from "./years.ts";

const LIST_AFTER_FIELD = 3;
const EXAMPLES = /\b(?:such as|e\.\s?g\.?|for example|for instance|like|including)\b/i;

/** Clause starts whose years ask is of a field with a list of technologies after it. */
export function clausesWithFieldYears(
  mentions: Mention[],
  yearsOf: (clause: string) => YearsMention | undefined,
  concrete: ReadonlySet<string>,
): Set<number> {
  const byClause = new Map<number, Mention[]>();
  for (const m of mentions) byClause.set(m.clause.start, [...(byClause.get(m.clause.start) ?? []), m]);
  const out = new Set<number>();
  for (const [start, inClause] of byClause) {
    const clause = inClause[0]!.clause;
    const years = yearsOf(clause.text);
    if (!years?.aboutExperience || years.minYears <= 0) continue;
    const after = inClause
      .filter((m) => m.start - start >= years.index + years.length)
      .sort((a, b) => a.start - b.start);
    const first = after[0];
    if (!first || concrete.has(first.skill.category)) continue;
    // "2 years with a public cloud such as AWS, Azure or GCP": examples of the kind, whose years
    // are the kind's, met by any of them (clauses.ts kindAsks) — not a list the work was done on.
    if (EXAMPLES.test(clause.text.slice(first.end - start))) continue;
    const listed = new Set(after.filter((m) => concrete.has(m.skill.category)).map((m) => m.skill.id));
    if (listed.size >= LIST_AFTER_FIELD) out.add(start);
  }
  return out;
}
