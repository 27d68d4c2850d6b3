/**
 * What distinguishes applications that got an answer: response rates split by the
 * readiness and verdict of the linked analysis and by where the job was found. A finding
 * is stated only when both sides have enough applications to mean something.
 */
import type { ApplicationAggregates, ResponseFactor } from "../../data/repositories/application-records.ts";

export interface FactorGroup {
  label: string;
  submitted: number;
  responded: number;
  responseRate: number;
}

export interface FactorComparison {
  factor: ResponseFactor;
  title: string;
  groups: FactorGroup[];
  /** A sentence when two groups differ clearly, otherwise null. */
  finding: string | null;
}

/** Smallest group we are willing to compare; below this a rate is mostly noise. */
export const MIN_GROUP_SIZE = 3;
/** Rate gap (in points of 1.0) worth telling the person about. */
const NOTABLE_GAP = 0.15;
/** Sources beyond this many are folded into "other sources" so groups stay comparable. */
const MAX_SOURCES = 6;

const TITLES: Record<ResponseFactor, string> = {
  analysis_readiness: "Readiness of the linked analysis",
  analysis_verdict: "Verdict of the linked analysis",
  source: "Where the job was found",
};

/** The SQL in data/repositories/application-analytics.ts spells these buckets the same way. */
export function readinessBucket(readiness: number | null): string {
  if (readiness === null) return "no analysis linked";
  if (readiness >= 70) return "readiness 70+";
  if (readiness >= 50) return "readiness 50-69";
  return "readiness under 50";
}

export function verdictLabel(verdict: "FIT" | "UNFIT" | null): string {
  return verdict ? `analysed ${verdict}` : "no analysis linked";
}

/** Lower case, single spaces; blank means not given. */
export function normaliseSource(source: string | null): string | null {
  const cleaned = source?.trim().toLowerCase().replace(/\s+/g, " ");
  return cleaned ? cleaned : null;
}

export function compareResponseFactors(groups: ApplicationAggregates["groups"]): FactorComparison[] {
  return (Object.keys(TITLES) as ResponseFactor[]).map((factor) => {
    const raw = groups.filter((g) => g.factor === factor);
    const merged = factor === "source" ? foldSources(raw) : raw.map((g) => ({ ...g, label: g.label ?? "" }));
    const rated = merged
      .map((g) => ({
        label: g.label,
        submitted: g.submitted,
        responded: g.responded,
        responseRate: g.responded / g.submitted,
      }))
      .sort((a, b) => b.submitted - a.submitted || a.label.localeCompare(b.label));
    return { factor, title: TITLES[factor], groups: rated, finding: describeGap(TITLES[factor], rated) };
  });
}

function foldSources(
  groups: ApplicationAggregates["groups"],
): { label: string; submitted: number; responded: number }[] {
  const named = groups
    .filter((g) => g.label !== null)
    .sort((a, b) => b.submitted - a.submitted || a.label!.localeCompare(b.label!));
  const kept = new Set(named.slice(0, MAX_SOURCES).map((g) => g.label));
  const folded = new Map<string, { label: string; submitted: number; responded: number }>();
  for (const g of groups) {
    const label = g.label === null ? "source not given" : kept.has(g.label) ? g.label : "other sources";
    const entry = folded.get(label) ?? { label, submitted: 0, responded: 0 };
    entry.submitted += g.submitted;
    entry.responded += g.responded;
    folded.set(label, entry);
  }
  return [...folded.values()];
}

function describeGap(title: string, groups: FactorGroup[]): string | null {
  const comparable = groups.filter((g) => g.submitted >= MIN_GROUP_SIZE);
  if (comparable.length < 2) return null;
  const best = comparable.reduce((a, b) => (b.responseRate > a.responseRate ? b : a));
  const worst = comparable.reduce((a, b) => (b.responseRate < a.responseRate ? b : a));
  if (best.responseRate - worst.responseRate < NOTABLE_GAP) return null;
  const pct = (g: FactorGroup) => `${Math.round(g.responseRate * 100)}% (${g.responded}/${g.submitted})`;
  return `${title}: "${best.label}" got answers ${pct(best)}, "${worst.label}" ${pct(worst)}.`;
}
