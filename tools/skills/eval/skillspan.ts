/**
 * SkillSpan (Zhang et al. 2022) measurement: knowledge spans of job-ad sentences
 * (../shared/data/skillspan/{train,dev}.json, one JSON sentence per line with BIO tags)
 * and whole postings (../shared/data/job_postings/skillspan_postings_train_dev.jsonl).
 *
 * Levels:
 * - span: a predicted span equals a gold knowledge span exactly (character offsets);
 * - overlap: a predicted span overlaps a gold knowledge span (each gold/prediction used once);
 * - canonical: per sentence, the gold spans canonicalised through the taxonomy against the
 *   predicted ids; gold the taxonomy cannot place counts as a miss;
 * - canonicalKnown: the same, leaving out gold the taxonomy cannot place.
 * Soft skills are left out of the predictions: SkillSpan tags them as "skill" spans, not knowledge.
 */
import { readFileSync } from "node:fs";
import { getTaxonomy } from "../../../data/taxonomy/index.ts";
import { extractSkills } from "../extract.ts";
import { canonicalGold } from "./canonical.ts";
import { Counter, type PRF } from "./metrics.ts";

export interface SkillSpanSentence {
  text: string;
  gold: { start: number; end: number; text: string }[];
}

export function readSkillSpan(file: string, limit?: number): SkillSpanSentence[] {
  const out: SkillSpanSentence[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { tokens: string[]; tags_knowledge: string[] };
    let text = "";
    const offsets: [number, number][] = [];
    for (const tok of row.tokens) {
      if (text.length > 0) text += " ";
      offsets.push([text.length, text.length + tok.length]);
      text += tok;
    }
    const gold: SkillSpanSentence["gold"] = [];
    let open: { start: number; end: number } | null = null;
    row.tags_knowledge.forEach((tag, i) => {
      if (tag === "B" || (tag === "I" && !open)) {
        if (open) gold.push({ ...open, text: text.slice(open.start, open.end) });
        open = { start: offsets[i][0], end: offsets[i][1] };
      } else if (tag === "I" && open) open.end = offsets[i][1];
      else if (open) {
        gold.push({ ...open, text: text.slice(open.start, open.end) });
        open = null;
      }
    });
    if (open) {
      const o = open as { start: number; end: number };
      gold.push({ ...o, text: text.slice(o.start, o.end) });
    }
    out.push({ text, gold });
    if (limit && out.length >= limit) break;
  }
  return out;
}

export interface SkillSpanEvaluation {
  sentences: number;
  levels: Record<"span" | "overlap" | "canonical" | "canonicalKnown", PRF>;
  examples: { title: string; detail: string }[];
}

export function evaluateSkillSpan(file: string, options: { limit?: number } = {}): SkillSpanEvaluation {
  const taxonomy = getTaxonomy();
  const span = new Counter();
  const overlap = new Counter();
  const canonical = new Counter();
  const known = new Counter();
  const misses = new Map<string, number>();
  const sentences = readSkillSpan(file, options.limit);
  for (const s of sentences) {
    const found = extractSkills(s.text, {}, taxonomy).filter((x) => x.type !== "soft");
    const spans = found.flatMap((x) => x.spans);
    const goldKeys = new Set(s.gold.map((g) => `${g.start}:${g.end}`));
    span.addSets(
      spans.map((p) => `${p.start}:${p.end}`),
      goldKeys,
    );
    const usedGold = new Set<number>();
    for (const p of spans) {
      const gi = s.gold.findIndex((g, i) => !usedGold.has(i) && p.start < g.end && g.start < p.end);
      if (gi >= 0) {
        usedGold.add(gi);
        overlap.tp++;
      } else overlap.fp++;
    }
    overlap.fn += s.gold.length - usedGold.size;
    const goldIds = new Set(s.gold.flatMap((g) => canonicalGold(g.text, taxonomy)));
    const predicted = found.map((x) => x.id);
    const { fn } = canonical.addSets(predicted, goldIds);
    for (const id of fn) if (!id.startsWith("raw:")) misses.set(id, (misses.get(id) ?? 0) + 1);
    known.addSets(
      predicted,
      [...goldIds].filter((id) => !id.startsWith("raw:")),
    );
  }
  const examples = [...misses.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([id, n]) => ({ title: `missed ${id}`, detail: `${n} sentences` }));
  return {
    sentences: sentences.length,
    levels: {
      span: span.result(),
      overlap: overlap.result(),
      canonical: canonical.result(),
      canonicalKnown: known.result(),
    },
    examples,
  };
}

export interface PostingsEvaluation {
  postings: number;
  canonical: PRF;
  canonicalKnown: PRF;
}

/** Whole postings: the posting's gold knowledge spans against the skills found in its text. */
export function evaluatePostings(file: string, options: { limit?: number } = {}): PostingsEvaluation {
  const taxonomy = getTaxonomy();
  const canonical = new Counter();
  const known = new Counter();
  const rows = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .slice(0, options.limit)
    .map((l) => JSON.parse(l) as { text: string; knowledge_spans: string[] });
  for (const row of rows) {
    const gold = new Set(row.knowledge_spans.flatMap((g) => canonicalGold(g, taxonomy)));
    const predicted = extractSkills(row.text, {}, taxonomy)
      .filter((x) => x.type !== "soft")
      .map((x) => x.id);
    canonical.addSets(predicted, gold);
    known.addSets(
      predicted,
      [...gold].filter((id) => !id.startsWith("raw:")),
    );
  }
  return { postings: rows.length, canonical: canonical.result(), canonicalKnown: known.result() };
}
