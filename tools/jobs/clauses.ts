/**
 * Where a skill mention sits: its segment and clause ("Experience with CircleCI; Jenkins is a
 * plus" is two clauses), and which mentions are alternatives of one another ("Java or
 * Kotlin", "one or more of: Scala, Java, Go").
 */
import { askListItems } from "./ask-list.ts";
import type { Segment } from "./segments.ts";
import type { ExtractedSkill } from "./types.ts";

export const ALTERNATIVE_CUE =
  /\b(one or more of|at least one (of|programming language)|(?:any )?one of|any of|either|such as|e\.g\.?|for example|some or all of|or similar|or other|or another|or equivalent|like:?)\b/i;

export interface Mention {
  skill: ExtractedSkill;
  start: number;
  end: number;
  segment: Segment;
  clause: { start: number; end: number; text: string };
}

const clauseCache = new WeakMap<Segment, { start: number; end: number; text: string }[]>();

/** Clauses inside a segment: "Experience with CircleCI; Jenkins is a plus" is two asks. */
export function clausesOf(segment: Segment): { start: number; end: number; text: string }[] {
  const hit = clauseCache.get(segment);
  if (hit) return hit;
  const clauses = splitClauses(segment);
  clauseCache.set(segment, clauses);
  return clauses;
}

function splitClauses(segment: Segment): { start: number; end: number; text: string }[] {
  // An inline list of asks ("2+ years line cook experience, food handler card, knife skills"):
  // each item is read on its own, so its years and its "a plus" stay with it.
  const items = askListItems(segment.text);
  if (!items) return clausesIn(segment.text, segment.start);
  return items.flatMap((item) => clausesIn(item.text, segment.start + item.start));
}

function clausesIn(text: string, offset: number): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let from = 0;
  for (const m of text.matchAll(
    // Not after an abbreviation's dot: "a CRM (e.g. Salesforce, HubSpot)" is one clause.
    /;|\s[–—]\s|(?<!\b(?:e\.g|i\.e|etc|incl|approx|vs))\.\s+(?=[A-Z])|,\s*(?=(?:[^,]*\b(?:is|are) a plus|[^,]*\bnice to have))/g,
  )) {
    out.push({ start: offset + from, end: offset + m.index!, text: text.slice(from, m.index!) });
    from = m.index! + m[0].length;
  }
  out.push({ start: offset + from, end: offset + text.length, text: text.slice(from) });
  return out.filter((c) => c.text.trim().length > 0);
}

export function findSegment(segments: Segment[], offset: number): Segment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The mentions of each clause, in the order they are written. */
export function byClause(mentions: Mention[]): Mention[][] {
  const out = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = out.get(m.clause.start) ?? [];
    list.push(m);
    out.set(m.clause.start, list);
  }
  return [...out.values()].map((list) => list.sort((a, b) => a.start - b.start));
}

/** Groups of skill ids that are alternatives of one another inside a clause. */
export function alternativeGroups(mentions: Mention[]): Map<Mention, string[]> {
  const groups = new Map<Mention, string[]>();
  for (const list of byClause(mentions)) {
    const clause = list[0]!.clause;
    const cue = ALTERNATIVE_CUE.exec(clause.text);
    const cueAt = cue ? clause.start + cue.index : Number.POSITIVE_INFINITY;
    // How each mention joins the one before it: "or" (also "/", "and/or", or any separator
    // after a cue like "one of"), a bare comma, or not at all.
    const examples = kindExampleBrackets(clause.text);
    const links: ("or" | "comma" | "none")[] = list.map((m, i) => {
      const prev = list[i - 1];
      if (!prev || prev.skill.id === m.skill.id) return "none";
      const gap = clause.text.slice(prev.end - clause.start, m.start - clause.start);
      const inBracket = (x: Mention) =>
        examples.findIndex(([open, close]) => x.start - clause.start > open && x.end - clause.start <= close);
      const bracket = inBracket(prev);
      if (bracket >= 0 && inBracket(m) === bracket && EXAMPLE_GAP.test(gap)) return "or";
      if (/^\s*(,?\s*or|\/|\||,?\s*and\/or)\s*$/i.test(gap)) return "or";
      if (prev.start > cueAt && m.start > cueAt && /^[\s,/|()]*(or\s+)?$/i.test(gap)) return "or";
      return /^\s*,\s*$/.test(gap) ? "comma" : "none";
    });
    const chains: Mention[][] = [];
    let run: Mention[] = [];
    const closeRun = () => {
      // "Docker, Kubernetes or Rancher": the list ends in "or" and a name the taxonomy lacks.
      const after = run.length > 0 ? clause.text.slice(run.at(-1)!.end - clause.start) : "";
      const endsInOr = /^\s*,?\s*or\s+[A-Z][\w.+-]*/.test(after);
      if (run.length > 0) chains.push(...splitRun(run, links, list, endsInOr));
      run = [];
    };
    for (let i = 0; i < list.length; i++) {
      if (links[i] === "none") closeRun();
      run.push(list[i]!);
    }
    closeRun();
    for (const chain of chains) {
      const ids = [...new Set(chain.map((c) => c.skill.id))];
      if (ids.length < 2) continue;
      for (const c of chain) groups.set(c, ids.filter((id) => id !== c.skill.id).sort());
    }
  }
  return groups;
}

/**
 * A kind of tool followed by tools in brackets ("build automation tools (Bamboo, Puppet)",
 * "the Atlassian toolset (Jira, Confluence etc.)") names examples of the kind: one ask that any
 * of them meets, as "such as" would, though the taxonomy may file them under different parents.
 */
const BRACKET_KIND_HEAD =
  /(?:^|\s)(?:tools?|toolsets?|toolchains?|software|platforms?|systems?|solutions?|suites?|applications?|apps|packages?|services?|frameworks?|libraries|databases?|languages?|products?|technolog(?:y|ies)|stacks?)\s*\($/i;
/** Between two examples in the brackets: separators, "and"/"or", nothing else. */
const EXAMPLE_GAP = /^[\s,/|&]*(?:(?:and|or|and\/or)\s+)?$/i;

/** [open, close) offsets of brackets that follow a kind noun, in the clause's text. */
function kindExampleBrackets(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/\(/g)) {
    if (!BRACKET_KIND_HEAD.test(text.slice(Math.max(0, m.index! - 40), m.index! + 1))) continue;
    const close = text.indexOf(")", m.index!);
    out.push([m.index!, close < 0 ? text.length : close]);
  }
  return out;
}

/**
 * A run of mentions joined by "or" and commas. "Docker, Kubernetes or OpenShift" - a list of
 * one kind whose last join is "or" - is one any-of requirement; otherwise ("Python, SQL or
 * R") only the "or"-joined mentions are alternatives and a comma separates asks.
 */
function splitRun(
  run: Mention[],
  links: ("or" | "comma" | "none")[],
  list: Mention[],
  endsInOr: boolean,
): Mention[][] {
  const joins = run.slice(1).map((m) => links[list.indexOf(m)]);
  const oneKind = run.every((m) => m.skill.category === run[0]!.skill.category);
  if (!joins.includes("comma") || ((joins.at(-1) === "or" || endsInOr) && oneKind)) return [run];
  const out: Mention[][] = [[run[0]!]];
  for (let i = 1; i < run.length; i++) {
    if (joins[i - 1] === "comma") out.push([run[i]!]);
    else out.at(-1)!.push(run[i]!);
  }
  return out;
}

/**
 * "Analytics tools such as Mixpanel", "a CRM (e.g. Salesforce, HubSpot)", "BI tools like
 * Tableau or Power BI": a kind of tool with examples is one either/or ask, met by any tool of
 * that kind. The kind is the taxonomy node every example sits under (Mixpanel and Amplitude
 * under Web Analytics; Salesforce under CRM), the examples are its named alternatives, and a
 * skill the kind's words name ("analytics" -> Data Analysis, "a CRM" -> CRM) is that same ask,
 * not a second one.
 */
export interface KindAsk {
  /** The kind in the ad's words ("analytics tools"). */
  kind: string;
  /** The taxonomy node of the kind: the examples' shared parent. */
  node: string;
  /** The example mentions, in the ad's order. */
  examples: Mention[];
  /** Mentions that name the kind itself (absorbed into the ask). */
  kindMentions: Mention[];
  /** A product family and its products ("Microsoft Office (Word, Excel)"): met by a share of them. */
  family?: boolean;
}

const EXAMPLE_CUE = /\s*(?:[,(]\s*)?\b(such as|e\.g\.?|for example|for instance|including|like)\b[:\s]*/gi;
/** The last word of a kind: a kind noun ("tools", "software", "platforms") or an abbreviation ("a CRM"). */
const KIND_HEAD =
  /^(?:tools?|software|platforms?|systems?|solutions?|suites?|applications?|apps|packages?|services?|frameworks?|libraries|databases?|languages?|products?|technolog(?:y|ies)|stacks?|[A-Z][A-Za-z]{1,5}s?)$/;
/** Words that end a kind phrase on its left ("experience with | analytics tools"). */
const KIND_STOP =
  /^(?:a|an|the|any|some|of|with|in|on|using|use|and|or|to|for|experience|knowledge|familiarity|proficiency|skills?|working|hands-on|strong|solid|good|modern|common|standard|other|relevant|similar|various|popular|leading|one|more|least|at)$/i;

/** The kind phrase that ends right before a cue ("Experience with product analytics tools" -> "product analytics tools"). */
function kindBefore(text: string): string | undefined {
  const words = text.trimEnd().split(/\s+/);
  const head = words.at(-1)?.replace(/[^\w+#.-]+$/, "");
  if (!head || !KIND_HEAD.test(head)) return undefined;
  const kind = [head];
  for (let i = words.length - 2; i >= 0 && kind.length < 4; i--) {
    if (KIND_STOP.test(words[i]!) || /[^\w+#.-]/.test(words[i]!)) break;
    kind.unshift(words[i]!);
  }
  return kind.join(" ");
}

export function kindAsks(mentions: Mention[], parentsOf: (id: string) => readonly string[]): KindAsk[] {
  const out: KindAsk[] = [];
  for (const list of byClause(mentions)) {
    const clause = list[0]!.clause;
    for (const cue of clause.text.matchAll(EXAMPLE_CUE)) {
      const cueStart = clause.start + cue.index!;
      const cueEnd = cueStart + cue[0].length;
      const before = clause.text.slice(0, cue.index!).trimEnd();
      const kindText = kindBefore(before);
      if (!kindText) continue;
      const kindStart = clause.start + before.length - kindText.length;
      // The examples: the mentions right after the cue, joined by commas, "or", "and" or "/".
      const examples: Mention[] = [];
      let at = cueEnd;
      for (const m of list) {
        if (m.start < at) continue;
        const gap = clause.text.slice(at - clause.start, m.start - clause.start);
        if (
          examples.length === 0 ? !/^[\s.:]*$/.test(gap) : !/^[\s,/|]*(?:(?:and|or|and\/or)\s+)?$/i.test(gap)
        )
          break;
        examples.push(m);
        at = m.end;
      }
      if (examples.length === 0) continue;
      const node = sharedParent(
        examples.map((e) => e.skill.id),
        parentsOf,
      );
      if (!node) continue;
      const kindMentions = list.filter(
        (m) =>
          m.start >= kindStart &&
          m.end <= cueStart &&
          (m.skill.id === node || isAncestor(m.skill.id, node, parentsOf)),
      );
      // The kind's words must say the node: a skill they name is it or above it, or they share a
      // word with its id ("web analytics" for Mixpanel's node, by "analytics").
      const kindWords = new Set(kindText.toLowerCase().split(/[^a-z0-9+#]+/));
      if (kindMentions.length === 0 && !node.split("-").some((w) => w.length > 2 && kindWords.has(w)))
        continue;
      out.push({ kind: kindText, node, examples, kindMentions });
    }
  }
  return out;
}

/** The one parent every example has (the nearest, when there are several). */
export function sharedParent(
  ids: string[],
  parentsOf: (id: string) => readonly string[],
): string | undefined {
  const distinct = [...new Set(ids)];
  const first = parentsOf(distinct[0]!);
  return first.find((p) => distinct.every((id) => parentsOf(id).includes(p)));
}

export function isAncestor(
  ancestor: string,
  id: string,
  parentsOf: (id: string) => readonly string[],
): boolean {
  const seen = new Set<string>();
  const queue = [...parentsOf(id)];
  while (queue.length > 0) {
    const p = queue.shift()!;
    if (p === ancestor) return true;
    if (seen.has(p)) continue;
    seen.add(p);
    queue.push(...parentsOf(p));
  }
  return false;
}
