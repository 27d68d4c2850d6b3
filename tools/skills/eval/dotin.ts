/**
 * Skills precision/recall on the dotin resumes (../shared/data/resumes/dotin_train/*.xml).
 *
 * How a resume is scored (see README.md beside this file):
 * - text = the XML with its tags removed and entities decoded (offsets are not needed);
 * - gold = the "Tech Tools" and "Job Specific Skills" labels, each canonicalised through
 *   the taxonomy (canonical.ts); a label the taxonomy cannot place stays a distinct
 *   `raw:` item and counts as a miss;
 * - predicted = the ids extractSkills(text) returns;
 * - both sides keep technical and domain skills only: dotin labels soft skills in a
 *   separate "Soft Skills" label and has no label for spoken languages or certifications,
 *   so those are left out on both sides;
 * - a predicted general skill that is an ancestor of a gold skill of the same resume
 *   (predicted "operating-systems" where the gold has "windows") is implied by the gold and
 *   left out (the strict figure counts it as a false alarm);
 * - per resume the two id sets are compared (a skill mentioned five times counts once),
 *   and TP/FP/FN are summed over all resumes (micro average).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Taxonomy } from "../../../data/taxonomy/index.ts";
import { getTaxonomy } from "../../../data/taxonomy/index.ts";
import { extractSkills } from "../extract.ts";
import { canonicalGold } from "./canonical.ts";
import { Counter, type PRF } from "./metrics.ts";

export interface DotinResume {
  file: string;
  text: string;
  labels: { type: string; value: string }[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e.startsWith("#x") || e.startsWith("#X")
      ? String.fromCodePoint(Number.parseInt(e.slice(2), 16))
      : e.startsWith("#")
        ? String.fromCodePoint(Number(e.slice(1)))
        : (ENTITIES[e.toLowerCase()] ?? _),
  );

export function parseDotin(xml: string, file = ""): DotinResume {
  const labels: DotinResume["labels"] = [];
  for (const m of xml.matchAll(/<label type="([^"]+)">([\s\S]*?)<\/label>/g)) {
    labels.push({
      type: m[1],
      value: decode(m[2].replace(/<[^>]+>/g, ""))
        .replace(/\s+/g, " ")
        .trim(),
    });
  }
  const text = decode(
    xml
      .replace(/<\?xml[^>]*\?>/g, "")
      .replace(/<\/?cv>/g, "")
      .replace(/<\/?label[^>]*>/g, ""),
  ).trim();
  return { file, text, labels };
}

export function readDotin(dir: string, limit?: number): DotinResume[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".xml"))
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10) || a.localeCompare(b));
  return files
    .slice(0, limit ?? files.length)
    .map((f) => parseDotin(readFileSync(path.join(dir, f), "utf8"), f));
}

export const GOLD_SKILL_LABELS = ["Tech Tools", "Job Specific Skills"];

export interface DotinEvaluation {
  resumes: number;
  /** Gold labels the taxonomy cannot place count as misses. */
  strict: PRF;
  /** Only gold labels the taxonomy can place (canonical-level comparison). */
  skills: PRF;
  /** Share of gold skill mentions (per resume, deduplicated) the taxonomy can place. */
  goldCoverage: number;
  /** Most frequent misses and false alarms, for tuning the taxonomy (ids, not resume text). */
  topMisses: [string, number][];
  topFalseAlarms: [string, number][];
}

export function comparable(id: string, taxonomy: Taxonomy): boolean {
  if (id.startsWith("raw:")) return true;
  const skill = taxonomy.get(id);
  return (
    !!skill &&
    skill.type !== "soft" &&
    skill.category !== "spoken_language" &&
    skill.category !== "certification"
  );
}

/**
 * The comparison above for one resume, reusable by any caller that predicts skill ids for a
 * dotin resume (the resume parser's own evaluation): `predicted`/`gold` for the strict
 * figure, `judged`/`known` for the canonical one.
 */
export function resumeSkillSets(
  predictedIds: string[],
  goldLabels: string[],
  taxonomy: Taxonomy,
): { predicted: string[]; gold: string[]; judged: string[]; known: string[] } {
  const gold = [...new Set(goldLabels.flatMap((l) => canonicalGold(l, taxonomy)))].filter((id) =>
    comparable(id, taxonomy),
  );
  const predicted = [...new Set(predictedIds)].filter((id) => comparable(id, taxonomy));
  const known = gold.filter((id) => !id.startsWith("raw:"));
  // A general skill the annotators left implicit ("Operating Systems: Windows, Linux" is
  // labelled Windows and Linux only) is implied by a gold child: neither right nor wrong.
  const implied = new Set(known.flatMap((id) => taxonomy.ancestorsOf(id).map((a) => a.id)));
  const judged = predicted.filter((id) => known.includes(id) || !implied.has(id));
  return { predicted, gold, judged, known };
}

export function evaluateDotin(dir: string, options: { limit?: number } = {}): DotinEvaluation {
  const taxonomy = getTaxonomy();
  const counter = new Counter();
  const strict = new Counter();
  let placed = 0;
  let goldTotal = 0;
  const misses = new Map<string, number>();
  const alarms = new Map<string, number>();
  const resumes = readDotin(dir, options.limit);
  for (const r of resumes) {
    const labels = r.labels.filter((l) => GOLD_SKILL_LABELS.includes(l.type)).map((l) => l.value);
    const predicted = extractSkills(r.text, {}, taxonomy).map((s) => s.id);
    const sets = resumeSkillSets(predicted, labels, taxonomy);
    strict.addSets(sets.predicted, sets.gold);
    placed += sets.known.length;
    goldTotal += sets.gold.length;
    const { fp, fn } = counter.addSets(sets.judged, sets.known);
    for (const x of fn) misses.set(x, (misses.get(x) ?? 0) + 1);
    for (const x of fp) alarms.set(x, (alarms.get(x) ?? 0) + 1);
  }
  const top = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40);
  return {
    resumes: resumes.length,
    strict: strict.result(),
    skills: counter.result(),
    goldCoverage: goldTotal === 0 ? 0 : Math.round((placed / goldTotal) * 10000) / 10000,
    topMisses: top(misses),
    topFalseAlarms: top(alarms),
  };
}
