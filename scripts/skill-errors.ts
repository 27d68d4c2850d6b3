/**
 * Skills errors by kind on the TRAINING split, read from a resume-bench run
 * (tools/resume/eval/resume-bench.ts --split train --out DIR):
 *
 *   node --import tsx scripts/skill-errors.ts --run DIR --root <prep.mjs root> [--path pdf|txt]
 *
 * Counted as score.mjs counts with --skills-precision (a listed item is right when it fuzzy-
 * matches a labelled skill; a labelled skill is found when its words run inside the listed
 * items). Where precision is lost: resumes with no skill labels, items the bench's shape.py
 * read from other fields because the skill list was empty, then each kind of listed skill.
 * Where recall is lost: how the missed labelled skill is written in the resume (a wall of text,
 * a list line, prose, a short line, across lines) and whether the taxonomy knows it. Frozen
 * (test) resumes are never read: their ids are skipped.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { getTaxonomy } from "../data/taxonomy/index.ts";
import { splitOf } from "../tools/resume/eval/split.ts";
import { contains, fuzzyMatch, norm, shapedSkill } from "../tools/skills/eval/bench-match.ts";

/** Lines this long are a resume pasted as one paragraph (tools/skills/resume-filter: WALL_OF_TEXT). */
const WALL = 400;

export type WrittenAs = "wall" | "list" | "prose" | "short-line" | "across-lines";

/** How a labelled skill is written in the resume's text: the first line that holds it whole. */
export function writtenAs(text: string, skill: string): WrittenAs {
  const line = text.split("\n").find((l) => contains(l, skill));
  if (line === undefined) return "across-lines";
  if (line.length >= WALL) return "wall";
  const items = line.split(/[,;|•·\t]|\s{2,}/).filter((x) => x.trim());
  if (items.length >= 3 && line.length / items.length < 40) return "list";
  return line.trim().split(/\s+/).length <= 6 ? "short-line" : "prose";
}

interface RawSkill {
  id: string;
  name: string;
  category?: string;
  unrecognised?: boolean;
  spans: { text: string }[];
}

/** The kind a listed skill is counted under. */
export function kindOfListed(skill: RawSkill | undefined): string {
  if (!skill) return "not in the skill list (shape.py read another field)";
  return skill.unrecognised ? "unrecognised" : (skill.category ?? "?");
}

export interface ResumeRead {
  text: string;
  gold: string[];
  /** The parse's skill list (raw JSON `skills`). */
  skills: RawSkill[];
  /** The items the scorer read (shape.py's `skills`). */
  items: string[];
}

export interface Tally {
  listed: number;
  right: number;
  gold: number;
  found: number;
  /** Wrong listed items by kind: [wrong, all]. */
  wrongByKind: Map<string, [number, number]>;
  wrongNames: Map<string, number>;
  /** Missed labelled skills by "known|unknown / written as". */
  missedBy: Map<string, number>;
}

export const emptyTally = (): Tally => ({
  listed: 0,
  right: 0,
  gold: 0,
  found: 0,
  wrongByKind: new Map(),
  wrongNames: new Map(),
  missedBy: new Map(),
});

const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);

/** Adds one resume's errors to `t`. */
export function tallyResume(t: Tally, r: ResumeRead, known: (s: string) => boolean): void {
  const bySkill = new Map(r.skills.map((s) => [norm(shapedSkill(s)), s]));
  const seen = new Set<string>();
  for (const item of r.items) {
    const key = norm(item);
    if (!/[\p{L}\p{N}]/u.test(key) || seen.has(key)) continue;
    seen.add(key);
    const ok = r.gold.some((g) => fuzzyMatch(item, g));
    const kind = r.gold.length === 0 ? "resume has no skill labels" : kindOfListed(bySkill.get(key));
    const counts = t.wrongByKind.get(kind) ?? [0, 0];
    counts[1]++;
    if (!ok) counts[0]++;
    t.wrongByKind.set(kind, counts);
    t.listed++;
    if (ok) t.right++;
    else if (r.gold.length > 0) bump(t.wrongNames, item.split(" / ")[0]!.toLowerCase());
  }
  const joined = r.items.join(" \n ");
  for (const g of r.gold) {
    t.gold++;
    if (contains(joined, g)) t.found++;
    else bump(t.missedBy, `${known(g) ? "known" : "unknown"} / ${writtenAs(r.text, g)}`);
  }
}

const GOLD_FIELDS = ["Tech Tools", "Job Specific Skills"];

function readResume(run: string, root: string, kind: string, id: string): ResumeRead {
  const raw = JSON.parse(readFileSync(path.join(run, `${kind}-raw`, `${id}.json`), "utf8"));
  const flat = JSON.parse(readFileSync(path.join(run, `${kind}-flat`, `${id}.json`), "utf8"));
  const gold = JSON.parse(readFileSync(path.join(root, "gold", `${id}.json`), "utf8")).gold ?? {};
  const labelled = new Map<string, string>();
  for (const f of GOLD_FIELDS)
    for (const g of gold[f] ?? [])
      if (!labelled.has(norm(String(g)))) labelled.set(norm(String(g)), String(g));
  return {
    text: readFileSync(path.join(root, "txt", `${id}.txt`), "utf8"),
    gold: [...labelled.values()].filter((g) => /[\p{L}\p{N}]/u.test(g)),
    skills: raw.skills ?? [],
    items: flat.skills ?? [],
  };
}

function main(): void {
  const { values } = parseArgs({
    options: { run: { type: "string" }, root: { type: "string" }, path: { type: "string", default: "pdf" } },
  });
  const kind = values.path!;
  if (!values.run || !values.root || !existsSync(path.join(values.run, `${kind}-flat`))) {
    console.error(
      "usage: skill-errors.ts --run <resume-bench --out DIR> --root <prep.mjs root> [--path pdf|txt]",
    );
    process.exit(2);
  }
  const taxonomy = getTaxonomy();
  const t = emptyTally();
  const ids = readdirSync(path.join(values.run, `${kind}-flat`))
    .map((f) => f.replace(/\.json$/, ""))
    .filter((id) => splitOf(id) === "train");
  for (const id of ids)
    tallyResume(t, readResume(values.run, values.root, kind, id), (s) => !!taxonomy.lookup(s));
  const f3 = (n: number) => n.toFixed(3);
  console.log(
    `${ids.length} training resumes (${kind}): list precision ${f3(t.right / t.listed)} (${t.right}/${t.listed}),`,
  );
  console.log(
    `recall ${f3(t.found / t.gold)} (${t.found}/${t.gold})\n\nwrong listed items by kind (wrong / all):`,
  );
  for (const [k, [w, n]] of [...t.wrongByKind].sort((a, b) => b[1][0] - a[1][0]))
    console.log(`  ${k}: ${w} / ${n}`);
  const top = [...t.wrongNames].sort((a, b) => b[1] - a[1]).slice(0, 30);
  console.log(
    `\nnames most often wrong: ${top.map(([n, c]) => `${n} ${c}`).join(", ")}\n\nmissed labelled skills:`,
  );
  for (const [k, n] of [...t.missedBy].sort((a, b) => b[1] - a[1])) console.log(`  ${k}: ${n}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
