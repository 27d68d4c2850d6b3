/**
 * What distinguishes applications that got an answer: response rates split by the
 * readiness and verdict of the linked analysis and by where the job was found. A finding
 * is stated only when both sides have enough applications to mean something.
 */
import type { ApplicationFacts } from "../../data/repositories/application-records.ts";

export interface FactorGroup {
  label: string;
  submitted: number;
  responded: number;
  responseRate: number;
}

export interface FactorComparison {
  factor: "analysis_readiness" | "analysis_verdict" | "source";
  title: string;
  groups: FactorGroup[];
  /** A sentence when two groups differ clearly, otherwise null. */
  finding: string | null;
}

/** Smallest group we are willing to compare; below this a rate is mostly noise. */
export const MIN_GROUP_SIZE = 3;
/** Rate gap (in points of 1.0) worth telling the person about. */
const NOTABLE_GAP = 0.15;
/** Sources beyond this many are folded into "other" so groups stay comparable. */
const MAX_SOURCES = 6;

export function readinessBucket(readiness: number | null): string {
  if (readiness === null) return "no analysis linked";
  if (readiness >= 70) return "readiness 70+";
  if (readiness >= 50) return "readiness 50-69";
  return "readiness under 50";
}

export function compareResponseFactors(
  submitted: ApplicationFacts[],
  gotResponse: (f: ApplicationFacts) => boolean,
): FactorComparison[] {
  const topSources = mostCommonSources(submitted);
  const factors: {
    factor: FactorComparison["factor"];
    title: string;
    key: (f: ApplicationFacts) => string;
  }[] = [
    {
      factor: "analysis_readiness",
      title: "Readiness of the linked analysis",
      key: (f) => readinessBucket(f.analysisReadiness),
    },
    {
      factor: "analysis_verdict",
      title: "Verdict of the linked analysis",
      key: (f) => (f.analysisVerdict ? `analysed ${f.analysisVerdict}` : "no analysis linked"),
    },
    {
      factor: "source",
      title: "Where the job was found",
      key: (f) => {
        const source = normaliseSource(f.source);
        return source === null ? "source not given" : topSources.has(source) ? source : "other sources";
      },
    },
  ];
  return factors.map(({ factor, title, key }) => {
    const groups = groupRates(submitted, key, gotResponse);
    return { factor, title, groups, finding: describeGap(title, groups) };
  });
}

export function normaliseSource(source: string | null): string | null {
  const cleaned = source?.trim().toLowerCase().replace(/\s+/g, " ");
  return cleaned ? cleaned : null;
}

function mostCommonSources(facts: ApplicationFacts[]): Set<string> {
  const counts = new Map<string, number>();
  for (const f of facts) {
    const source = normaliseSource(f.source);
    if (source) counts.set(source, (counts.get(source) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return new Set(ranked.slice(0, MAX_SOURCES).map(([source]) => source));
}

function groupRates(
  facts: ApplicationFacts[],
  key: (f: ApplicationFacts) => string,
  gotResponse: (f: ApplicationFacts) => boolean,
): FactorGroup[] {
  const groups = new Map<string, { submitted: number; responded: number }>();
  for (const f of facts) {
    const label = key(f);
    const group = groups.get(label) ?? { submitted: 0, responded: 0 };
    group.submitted += 1;
    if (gotResponse(f)) group.responded += 1;
    groups.set(label, group);
  }
  return [...groups.entries()]
    .map(([label, g]) => ({ label, ...g, responseRate: g.responded / g.submitted }))
    .sort((a, b) => b.submitted - a.submitted || a.label.localeCompare(b.label));
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
