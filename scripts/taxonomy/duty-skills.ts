/**
 * The knowledge an occupation's work calls for, read from its duties (issue 13: 24 common
 * titles — personal trainer, customer service, lecturer, logistics coordinator — had no
 * required skill, because no kind of tool is central to them and their duties were the only
 * asks). ESCO's occupation-to-skill relations and O*NET's Skills/Knowledge ratings are not in
 * the shared data, so the link is made by meaning: each occupation's sentences (its O*NET
 * title and description, the linked ESCO occupation's duties) against the taxonomy's knowledge
 * nodes (ESCO knowledge labels, curated domains), in the offline embedder's space.
 *
 * A node is kept for an occupation only when
 *   - it is among the few occupations the node is closest to (mutual nearness: "patient care"
 *     is closest to nurses, not to every occupation that mentions people), and
 *   - every topic word of its name is said by the occupation's own text (the embedder's spelling
 *     half makes "nursing science" near "computer science"; the topic words keep it apart).
 * Deterministic: same data, same embedder, same result.
 */
import { crudeStem } from "../../data/embeddings/stem.ts";
import { tokenize } from "../../data/embeddings/tokenize.ts";

export interface DutyText {
  code: string;
  /** Title first, then duty sentences. */
  sentences: string[];
}

export interface KnowledgeNode {
  id: string;
  name: string;
}

export interface DutySkillOptions {
  /** A node goes to at most the occupations ranked this close to it. */
  nearestOccupations: number;
  /** Cosine between the node's name and the occupation's centroid, at least. */
  minSimilarity: number;
  /** At most this many nodes per occupation, the closest first. */
  perOccupation: number;
  /** A word in this many node names or more says no topic of its own ("principles"). */
  genericWordNodes: number;
}

export const DUTY_SKILL_OPTIONS: DutySkillOptions = {
  nearestOccupations: 10,
  minSimilarity: 0.42,
  perOccupation: 4,
  genericWordNodes: 20,
};

/** Words that join a name's topic words ("types of cargo"); "IT" is a topic word, not a pronoun. */
const JOINING = new Set(["a", "an", "and", "of", "for", "in", "on", "the", "to", "s", "with"]);

const stems = (text: string) =>
  tokenize(text)
    .filter((t) => /^[a-z]+$/.test(t) && !JOINING.has(t))
    .map(crudeStem);

function centroid(vectors: readonly number[][]): number[] {
  const c = new Array<number>(vectors[0]!.length).fill(0);
  for (const v of vectors) for (let i = 0; i < v.length; i++) c[i]! += v[i]!;
  const n = Math.hypot(...c) || 1;
  return c.map((x) => x / n);
}

function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/**
 * Occupation code -> knowledge node ids, the closest first. `embed` is the offline
 * embedder's synchronous embed (unit vectors).
 */
export function dutySkills(
  occupations: readonly DutyText[],
  nodes: readonly KnowledgeNode[],
  embed: (texts: readonly string[]) => number[][],
  options: DutySkillOptions = DUTY_SKILL_OPTIONS,
): Map<string, string[]> {
  const withText = occupations.filter((o) => o.sentences.length > 0);
  const centroids = withText.map((o) => centroid(embed(o.sentences)));
  const words = withText.map((o) => new Set(o.sentences.flatMap(stems)));
  // How specific a word is: in how few node names it occurs ("care" is in many, "nursing" in few).
  const nodeStems = nodes.map((n) => [...new Set(stems(n.name))]);
  const spread = new Map<string, number>();
  for (const s of nodeStems) for (const w of s) spread.set(w, (spread.get(w) ?? 0) + 1);
  // The words a node's topic rests on: all but the ones many node names share ("types",
  // "principles", "processes"); a name made only of those rests on its rarest word.
  const anchors = nodeStems.map((s) => {
    const specific = s.filter((w) => spread.get(w)! < options.genericWordNodes);
    if (specific.length || s.length === 0) return specific;
    return [[...s].sort((a, b) => spread.get(a)! - spread.get(b)! || a.localeCompare(b))[0]!];
  });
  const vectors = embed(nodes.map((n) => n.name));
  const picked = withText.map(() => [] as { id: string; score: number }[]);
  for (const [i, node] of nodes.entries()) {
    const a = anchors[i]!;
    if (a.length === 0) continue;
    const sims = centroids.map((c) => dot(vectors[i]!, c));
    const bar = [...sims].sort((x, y) => y - x)[options.nearestOccupations - 1] ?? -1;
    for (const [j, sim] of sims.entries())
      if (sim >= bar && sim >= options.minSimilarity && a.every((w) => words[j]!.has(w)))
        picked[j]!.push({ id: node.id, score: sim });
  }
  const out = new Map<string, string[]>();
  for (const [j, o] of withText.entries()) {
    const ids = picked[j]!.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id))
      .slice(0, options.perOccupation)
      .map((p) => p.id);
    if (ids.length) out.set(o.code, ids);
  }
  return out;
}

/** Taxonomy categories that name knowledge of a field (not tools, soft skills or languages). */
export const KNOWLEDGE_CATEGORIES = new Set(["domain_knowledge", "methodology", "concept"]);
/** Other titles read with the occupation's own (they carry the words people use: "customer service"). */
const TITLES_READ = 10;

type ExtrasText = { duties: string[]; escoDuties?: string[]; alsoCalled: string[] };

/**
 * What each occupation's work is read from: its O*NET title (the ", Except ..." tail dropped),
 * a few of its other titles and its duties (O*NET's, then the linked ESCO occupation's).
 */
export function occupationTexts(
  roles: readonly { code: string; title: string }[],
  extras: Record<string, ExtrasText>,
): DutyText[] {
  return roles.map((r) => {
    const e = extras[r.code];
    return {
      code: r.code,
      sentences: [
        r.title.replace(/, Except .*$/, ""),
        ...(e?.alsoCalled.length ? [e.alsoCalled.slice(0, TITLES_READ).join(", ")] : []),
        ...(e?.duties ?? []),
        ...(e?.escoDuties ?? []),
      ],
    };
  });
}

/** Sets `dutySkills` on each occupation's extras: its texts read against the knowledge nodes. */
export function addDutySkills(
  roles: readonly { code: string; title: string }[],
  extras: Record<string, ExtrasText & { dutySkills?: string[] }>,
  nodes: readonly KnowledgeNode[],
  embed: (texts: readonly string[]) => number[][],
): void {
  for (const [code, ids] of dutySkills(occupationTexts(roles, extras), nodes, embed)) {
    const e = extras[code];
    if (e) e.dutySkills = ids;
  }
}
