/**
 * Occupations that share most of their work (issue 13): a logistics coordinator toward a
 * warehouse operative, a copywriter toward a content marketer read as "another field's work"
 * because their titles share no word and their SOC families differ, though what the two
 * occupations do overlaps. Built from the sources' own words, not a list of role pairs:
 *   - work: each occupation's work lines (data/roles/role-extras.json: O*NET's occupation
 *     description sentences, the linked ESCO occupation's duties and its field's competences);
 *     A's work is done in B when B's lines say it at the cosine a resume line meets an ask
 *     (the offline embedder, tools/gap/evidence.ts SIMILARITY_MET). `work` is the share of
 *     the smaller side's lines the other says, so a narrow occupation inside a broad one counts;
 *   - titles: the titles O*NET files under both (Alternate Titles and Sample of Reported Titles:
 *     "Logistics Coordinator" is a title of a logistician, a cargo agent and a transportation
 *     manager), as a share of the smaller occupation's titles;
 *   - isco: how alike the ISCO unit groups are that ESCO files each occupation's O*NET titles under.
 * Which of the three agrees with labelled pairs is measured by tools/gap/eval/shared-work-agreement.ts.
 * Only pairs at or above MIN_WORK (or MIN_TITLES shared titles, or MIN_ISCO) are kept, at most NEIGHBOURS
 * per occupation, rounded: a compact, deterministic file.
 *
 *   node --import tsx scripts/build-shared-work.ts   (reads data/roles and ../shared/data/taxonomies; writes data/roles/shared-work.json)
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createOfflineEmbedder } from "../data/embeddings/offline-embedder.ts";
import type { RoleExtras } from "../data/roles/extras.ts";
import { readCsv, sourcePaths } from "./taxonomy/sources.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const src = sourcePaths(process.env.CAREERCRAFT_SHARED_DATA ?? path.resolve(root, "../shared/data"));
const OUT = path.join(root, "data/roles/shared-work.json");

/** The cosine at which one line of work says another (tools/gap/evidence.ts SIMILARITY_MET). */
const SAYS = 0.6;
/** Pairs below this share of work done in the other are not kept ... */
const MIN_WORK = 0.34;
/** ... unless they share at least this many O*NET titles. */
const MIN_TITLES = 2;
/** ... or fall in ISCO unit groups alike at least this much. */
const MIN_ISCO = 0.3;
/** ISCO unit groups (4 digits: "4321" stock clerks); minor groups (3) join cargo agents with estate agents. */
const ISCO_DIGITS = 4;
/** At most this many occupations kept per occupation (the closest). */
const NEIGHBOURS = 12;
/** An occupation with fewer work lines than this says too little to compare. */
const MIN_LINES = 2;

const extras = JSON.parse(readFileSync(path.join(root, "data/roles/role-extras.json"), "utf8")) as RoleExtras;
const codes = Object.keys(extras.roles).sort();

const workLines = (code: string) => {
  const e = extras.roles[code]!;
  return [
    ...new Set([...e.duties, ...(e.escoDuties ?? []), ...(e.fieldAsks ?? [])].map((l) => l.trim())),
  ].filter(Boolean);
};

/** O*NET's titles of each occupation, lower-cased. */
function onetTitles(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const file of ["Alternate Titles.txt", "Sample of Reported Titles.txt"]) {
    for (const line of readFileSync(src.onet(file), "utf8").split(/\r?\n/).slice(1)) {
      const [code, title] = line.split("\t");
      if (!code || !title) continue;
      const set = out.get(code) ?? new Set<string>();
      set.add(title.toLowerCase().replace(/\s+/g, " ").trim());
      out.set(code, set);
    }
  }
  return out;
}

const embedder = createOfflineEmbedder();
const lines = new Map(codes.map((c) => [c, workLines(c)]));
const usable = codes.filter((c) => lines.get(c)!.length >= MIN_LINES);
const all = [...new Set(usable.flatMap((c) => lines.get(c)!))];
const index = new Map(all.map((l, i) => [l, i]));
const BATCH = 256;
let dim = 0;
let flat = new Float32Array(0);
for (let i = 0; i < all.length; i += BATCH) {
  const batch = all.slice(i, i + BATCH);
  embedder.embedSync!(batch).forEach((v, k) => {
    if (!dim) {
      dim = v.length;
      flat = new Float32Array(all.length * dim);
    }
    flat.set(v, (i + k) * dim);
  });
}

/** For each line, the lines that say it (cosine at SAYS or above), itself included. */
const near: number[][] = all.map((_, i) => [i]);
for (let i = 0; i < all.length; i++) {
  const oi = i * dim;
  for (let j = i + 1; j < all.length; j++) {
    const oj = j * dim;
    let s = 0;
    for (let d = 0; d < dim; d++) s += flat[oi + d]! * flat[oj + d]!;
    if (s >= SAYS) {
      near[i]!.push(j);
      near[j]!.push(i);
    }
  }
}

/** Which occupations each line belongs to. */
const owners: string[][] = all.map(() => []);
for (const c of usable) for (const l of lines.get(c)!) owners[index.get(l)!]!.push(c);

/** For each occupation, how many of its lines each other occupation says. */
const saidCount = new Map<string, Map<string, number>>();
for (const a of usable) {
  const counts = new Map<string, number>();
  for (const l of new Set(lines.get(a)!)) {
    const by = new Set(near[index.get(l)!]!.flatMap((j) => owners[j]!));
    for (const b of by) if (b !== a) counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  saidCount.set(a, counts);
}

const titles = onetTitles();
/** The order neighbours are kept in: the strongest of the three readings. */
const kept = (r: [string, number, number, number]) => Math.max(r[1], r[2], r[3]);

/**
 * The ISCO unit groups (ISCO_DIGITS) of the ESCO
 * occupations whose labels are one of an occupation's O*NET titles, as shares of those titles:
 * ESCO files "warehouse coordinator" and "inventory controller" under one ISCO unit group
 * (4321 stock clerks) with shipping and receiving clerks, and "content marketer" as a copywriter.
 */
function iscoGroups(): Map<string, Map<string, number>> {
  const byLabel = new Map<string, Set<string>>();
  for (const row of readCsv(src.esco("occupations_en.csv"))) {
    const group = (row.iscoGroup ?? "").slice(0, ISCO_DIGITS);
    if (group.length < ISCO_DIGITS) continue;
    for (const label of [row.preferredLabel ?? "", ...(row.altLabels ?? "").split(/\r?\n/)]) {
      const key = label.toLowerCase().replace(/\s+/g, " ").trim();
      if (key) byLabel.set(key, (byLabel.get(key) ?? new Set()).add(group));
    }
  }
  const out = new Map<string, Map<string, number>>();
  for (const [code, set] of titles) {
    const counts = new Map<string, number>();
    let n = 0;
    for (const t of set) {
      const groups = byLabel.get(t);
      if (!groups) continue;
      n++;
      for (const g of groups) counts.set(g, (counts.get(g) ?? 0) + 1 / groups.size);
    }
    if (n) out.set(code, new Map([...counts].map(([g, c]) => [g, c / n])));
  }
  return out;
}
const isco = iscoGroups();
/** The share of ISCO groups two occupations' titles fall in alike (histogram intersection). */
const iscoOverlap = (a: string, b: string) => {
  const ga = isco.get(a);
  const gb = isco.get(b);
  if (!ga || !gb) return 0;
  let s = 0;
  for (const [g, x] of ga) s += Math.min(x, gb.get(g) ?? 0);
  return s;
};
const round = (x: number) => Math.round(x * 1000) / 1000;
type Row = [code: string, work: number, titles: number, isco: number];
const table: Record<string, Row[]> = {};
for (const a of usable) {
  const rows: Row[] = [];
  const na = new Set(lines.get(a)!).size;
  const ta = titles.get(a) ?? new Set<string>();
  const candidates = new Set([...saidCount.get(a)!.keys()]);
  for (const [b, tb] of titles)
    if (b !== a && lines.has(b) && [...tb].some((t) => ta.has(t))) candidates.add(b);
  for (const b of isco.keys())
    if (b !== a && lines.has(b) && iscoOverlap(a, b) >= MIN_ISCO) candidates.add(b);
  for (const b of [...candidates].sort()) {
    if (!saidCount.has(b)) continue;
    const nb = new Set(lines.get(b)!).size;
    // The smaller side's work: a narrow occupation whose work the broad one does shares it.
    const work = na <= nb ? (saidCount.get(a)!.get(b) ?? 0) / na : (saidCount.get(b)!.get(a) ?? 0) / nb;
    const tb = titles.get(b) ?? new Set<string>();
    const shared = [...ta].filter((t) => tb.has(t)).length;
    const groups = iscoOverlap(a, b);
    if (work < MIN_WORK && shared < MIN_TITLES && groups < MIN_ISCO) continue;
    rows.push([b, round(work), round(shared / Math.max(1, Math.min(ta.size, tb.size))), round(groups)]);
  }
  rows.sort((x, y) => kept(y) - kept(x) || x[0].localeCompare(y[0]));
  if (rows.length) table[a] = rows.slice(0, NEIGHBOURS);
}

writeFileSync(
  OUT,
  `${JSON.stringify({
    version: 1,
    source:
      "O*NET 29.2 Occupation Data, Alternate Titles and Sample of Reported Titles (USDOL/ETA, CC BY 4.0); ESCO v1.1.1 occupations (European Commission, CC BY 4.0), through data/roles/role-extras.json",
    builtBy: "scripts/build-shared-work.ts",
    says: SAYS,
    minWork: MIN_WORK,
    minTitles: MIN_TITLES,
    minIsco: MIN_ISCO,
    columns: ["code", "work", "titles", "isco"],
    occupations: table,
  })}\n`,
);
console.log(
  `${Object.keys(table).length} occupations with neighbours; ${Object.values(table).flat().length} pairs -> ${OUT}`,
);
