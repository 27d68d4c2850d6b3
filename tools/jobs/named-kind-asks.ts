/**
 * Two more ways ads give tools as examples of a kind, beside "such as" / "e.g." (clauses.ts
 * kindAsks): the kind named after the tool with "or a similar …" ("SAP or a similar ERP",
 * "Salesforce or another CRM", "QuickBooks or equivalent accounting software") and the
 * examples in brackets right after the kind ("electronic health records (Epic, Cerner)").
 * Both are one ask for the kind, met by any tool of it — not one required tool each. The kind
 * must be a skill the taxonomy places above every example, so "Excel, SAP or a similar ERP"
 * keeps Excel its own ask and "Python (pandas)" is not read as a kind.
 */
import { byClause, isAncestor, type KindAsk, type Mention } from "./clauses.ts";

/** What joins the last example to the kind: "or a similar", "or another", "or equivalent", "/ other". */
const OR_SIMILAR =
  /^\s*,?\s*(?:or|and\/or|\/)\s+(?:(?:an?|any|another|other|some)\s+)?(?:(?:similar|comparable|equivalent|other|alternative|related)\s+)?$/i;
/** What joins examples to one another: commas, "or", "and", slashes. */
const EXAMPLE_JOIN = /^[\s,/|]*(?:(?:and|or|and\/or)\s+)?$/i;

/** A kind as ads write one: an acronym ("CRM"), lowercase words, or a kind noun at the end. */
const KIND_NOUN =
  /\b(?:records|systems?|tools?|software|platforms?|suites?|solutions?|packages?|applications?)$/i;
const writtenAsKind = (m: Mention) => {
  const text = m.clause.text.slice(m.start - m.clause.start, m.end - m.clause.start).trim();
  // A product's own name ("Excel (pivot tables)", "Microsoft Office (Word)") is no kind.
  return /^[A-Z]{2,6}s?$/.test(text) || text === text.toLowerCase() || KIND_NOUN.test(text);
};

const gapBetween = (clause: Mention["clause"], from: number, to: number) =>
  clause.text.slice(from - clause.start, to - clause.start);

type ParentsOf = (id: string) => readonly string[];

const under = (m: Mention, kind: Mention, parentsOf: ParentsOf) =>
  m.skill.id !== kind.skill.id && isAncestor(kind.skill.id, m.skill.id, parentsOf);

/** "SAP or a similar ERP": the examples run back from the kind while they sit under it. */
function orSimilar(list: Mention[], parentsOf: ParentsOf): KindAsk[] {
  const out: KindAsk[] = [];
  for (let k = 1; k < list.length; k++) {
    const kind = list[k]!;
    const last = list[k - 1]!;
    const clause = kind.clause;
    if (!OR_SIMILAR.test(gapBetween(clause, last.end, kind.start)) || !under(last, kind, parentsOf)) continue;
    const examples = [last];
    for (let i = k - 2; i >= 0; i--) {
      const m = list[i]!;
      if (!under(m, kind, parentsOf) || !EXAMPLE_JOIN.test(gapBetween(clause, m.end, examples[0]!.start)))
        break;
      examples.unshift(m);
    }
    out.push({ kind: kind.skill.name, node: kind.skill.id, examples, kindMentions: [kind] });
  }
  return out;
}

/** "Electronic health records (Epic, Cerner)": the bracket right after the kind holds only its examples. */
function bracketed(list: Mention[], parentsOf: ParentsOf): KindAsk[] {
  const out: KindAsk[] = [];
  for (let k = 0; k < list.length - 1; k++) {
    const kind = list[k]!;
    const clause = kind.clause;
    if (!/^\s*\(\s*$/.test(gapBetween(clause, kind.end, list[k + 1]!.start)) || !writtenAsKind(kind))
      continue;
    const examples: Mention[] = [];
    let at = kind.end + gapBetween(clause, kind.end, list[k + 1]!.start).length;
    for (let i = k + 1; i < list.length; i++) {
      const m = list[i]!;
      if (!EXAMPLE_JOIN.test(gapBetween(clause, at, m.start)) || !under(m, kind, parentsOf)) break;
      examples.push(m);
      at = m.end;
    }
    // The bracket must close after the examples: "(Epic, Cerner)", "(Epic or Cerner, preferred)" not.
    if (examples.length === 0 || !/^\s*(?:etc\.?)?\s*\)/.test(clause.text.slice(at - clause.start))) continue;
    out.push({ kind: kind.skill.name, node: kind.skill.id, examples, kindMentions: [kind] });
  }
  return out;
}

export function namedKindAsks(mentions: Mention[], parentsOf: ParentsOf): KindAsk[] {
  return byClause(mentions).flatMap((list) => [...orSimilar(list, parentsOf), ...bracketed(list, parentsOf)]);
}
