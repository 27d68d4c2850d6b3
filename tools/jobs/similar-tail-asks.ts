/**
 * A third way ads give tools as examples of a kind, beside "such as" (clauses.ts kindAsks) and
 * "SAP or a similar ERP" (named-kind-asks.ts): the examples alone, closed by "or similar" with no
 * kind named — "Comfortable using data (Amplitude, Mixpanel or similar)", "Jira/Linear or
 * equivalent", "Tableau, Looker, etc.". The ad asks for one tool of that kind, not each of them
 * (trial14 §3: a designer who used Google Analytics got Amplitude and Mixpanel as two required
 * gaps, and a six-week roadmap spent on them). The kind is the taxonomy node every example sits
 * under (Amplitude and Mixpanel under Web Analytics), named by the taxonomy; examples that share
 * no parent stay asks of their own.
 */
import { byClause, type KindAsk, type Mention, sharedParent } from "./clauses.ts";

/** Between examples: commas, "or", "and", slashes. */
const EXAMPLE_JOIN = /^[\s,/|]*(?:(?:and|or|and\/or)\s+)?$/i;
/** What closes the run: "or similar", "(or equivalent)", "or comparable tools", "or the like", "etc.". */
const SIMILAR_TAIL =
  /^\s*,?\s*\(?\s*(?:(?:or|and\/or|\/)\s+(?:(?:an?|any|some|the)\s+)?(?:similar|comparable|equivalent|equivalents|alternatives?|like)\b(?!\s+[A-Z])|etc\.?|and so on)/i;
/** Examples are tools named by name: the kind is a family of products, not of practices. */
const TOOL_CATEGORIES = new Set(["tool", "framework_library", "database", "cloud_platform"]);

type ParentsOf = (id: string) => readonly string[];

export function similarTailAsks(
  mentions: Mention[],
  parentsOf: ParentsOf,
  nameOf: (id: string) => string | undefined,
): KindAsk[] {
  const out: KindAsk[] = [];
  for (const list of byClause(mentions)) {
    const clause = list[0]!.clause;
    const textAt = (from: number, to?: number) =>
      clause.text.slice(from - clause.start, to === undefined ? undefined : to - clause.start);
    for (let k = 0; k < list.length; k++) {
      const last = list[k]!;
      if (!SIMILAR_TAIL.test(textAt(last.end))) continue;
      const examples = [last];
      for (let i = k - 1; i >= 0; i--) {
        const m = list[i]!;
        if (!EXAMPLE_JOIN.test(textAt(m.end, examples[0]!.start))) break;
        examples.unshift(m);
      }
      if (!examples.every((m) => TOOL_CATEGORIES.has(m.skill.category ?? ""))) continue;
      const node = sharedParent(
        examples.map((m) => m.skill.id),
        parentsOf,
      );
      const kind = node && nameOf(node);
      if (!node || !kind) continue;
      out.push({ kind, node, examples, kindMentions: [] });
    }
  }
  return out;
}
