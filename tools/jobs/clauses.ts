/**
 * Where a skill mention sits: its segment and clause ("Experience with CircleCI; Jenkins is a
 * plus" is two clauses), and which mentions are alternatives of one another ("Java or
 * Kotlin", "one or more of: Scala, Java, Go").
 */
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
  const out: { start: number; end: number; text: string }[] = [];
  let from = 0;
  for (const m of segment.text.matchAll(
    /;|\s[–—]\s|\.\s+(?=[A-Z])|,\s*(?=(?:[^,]*\b(?:is|are) a plus|[^,]*\bnice to have))/g,
  )) {
    out.push({
      start: segment.start + from,
      end: segment.start + m.index!,
      text: segment.text.slice(from, m.index!),
    });
    from = m.index! + m[0].length;
  }
  out.push({ start: segment.start + from, end: segment.end, text: segment.text.slice(from) });
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

/** Groups of skill ids that are alternatives of one another inside a clause. */
export function alternativeGroups(mentions: Mention[]): Map<Mention, string[]> {
  const groups = new Map<Mention, string[]>();
  const byClause = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = byClause.get(m.clause.start) ?? [];
    list.push(m);
    byClause.set(m.clause.start, list);
  }
  for (const list of byClause.values()) {
    list.sort((a, b) => a.start - b.start);
    const clause = list[0]!.clause;
    const cue = ALTERNATIVE_CUE.exec(clause.text);
    const cueAt = cue ? clause.start + cue.index : Number.POSITIVE_INFINITY;
    // How each mention joins the one before it: "or" (also "/", "and/or", or any separator
    // after a cue like "one of"), a bare comma, or not at all.
    const links: ("or" | "comma" | "none")[] = list.map((m, i) => {
      const prev = list[i - 1];
      if (!prev || prev.skill.id === m.skill.id) return "none";
      const gap = clause.text.slice(prev.end - clause.start, m.start - clause.start);
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
