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

/**
 * "Microsoft Office (Word, Excel, Outlook)", "Adobe Creative Suite (Photoshop, InDesign)": a
 * product family named by its own name, its products in the bracket. One ask for the family,
 * met by it or its products (match.ts credits a share of them) — not a must-have per product.
 * Both are tools, each product is written as a name (capitalised: "Excel (pivot tables)" names
 * a feature, not a product), and each sits under the family in the taxonomy or carries its
 * maker's name ("Adobe …"); "Python (pandas)" is a language and its library, not a family.
 */
const makerOf = (name: string) => name.split(/\s+/)[0]!.toLowerCase();
const writtenAsName = (m: Mention) => /^[A-Z0-9]/.test(gapBetween(m.clause, m.start, m.end));
const familyOf = (m: Mention, family: Mention, parentsOf: ParentsOf) =>
  family.skill.category === "tool" &&
  m.skill.category === "tool" &&
  m.skill.id !== family.skill.id &&
  writtenAsName(m) &&
  (isAncestor(family.skill.id, m.skill.id, parentsOf) ||
    (/\s/.test(family.skill.name) && makerOf(m.skill.name) === makerOf(family.skill.name)));

/** "Electronic health records (Epic, Cerner)": the bracket right after the kind holds only its examples. */
function bracketed(list: Mention[], parentsOf: ParentsOf): KindAsk[] {
  const out: KindAsk[] = [];
  for (let k = 0; k < list.length - 1; k++) {
    const kind = list[k]!;
    const clause = kind.clause;
    if (!/^\s*\(\s*$/.test(gapBetween(clause, kind.end, list[k + 1]!.start))) continue;
    const asKind = writtenAsKind(kind);
    const member = (m: Mention) => (asKind && under(m, kind, parentsOf)) || familyOf(m, kind, parentsOf);
    const examples: Mention[] = [];
    let at = kind.end + gapBetween(clause, kind.end, list[k + 1]!.start).length;
    for (let i = k + 1; i < list.length; i++) {
      const m = list[i]!;
      if (!EXAMPLE_JOIN.test(gapBetween(clause, at, m.start)) || !member(m)) break;
      examples.push(m);
      at = m.end;
    }
    // The bracket must close after the examples: "(Epic, Cerner)", "(Epic or Cerner, preferred)" not.
    if (examples.length === 0 || !/^\s*(?:etc\.?)?\s*\)/.test(clause.text.slice(at - clause.start))) continue;
    const family = !asKind || examples.some((m) => !under(m, kind, parentsOf));
    out.push({ kind: kind.skill.name, node: kind.skill.id, examples, kindMentions: [kind], family });
  }
  return out;
}

export function namedKindAsks(mentions: Mention[], parentsOf: ParentsOf): KindAsk[] {
  return byClause(mentions).flatMap((list) => [...orSimilar(list, parentsOf), ...bracketed(list, parentsOf)]);
}
