/**
 * Measures duty matching phrase by phrase (issue 13): does a resume line show a duty ask? Two
 * labelled sets, both of (ask, line, match):
 *   - written: tools/gap/eval/duty-pairs.tsv, asks and lines of many fields written for this
 *     (easy negatives of other fields and hard ones of the same field);
 *   - dev: derived here from ../shared/data/fit's dev pairs and nothing is stored — for a pair
 *     whose "met" notes run beside its must-haves one for one, must-have i is matched by the
 *     resume line the shipped embedder finds closest to met note i (the labeller's words for the
 *     evidence; only when that line is at least NOTE_LINE close), and not by the lines of the
 *     pair's other must-haves nor a line of another field's pair. The line is chosen by the
 *     embedder, which favours the shipped cosine, not the matcher under test.
 * Signals: the shipped whole-line cosine (evidence.ts, met at 0.6), the duty matcher's word
 * coverage (duty-match.ts) and their mix (the larger). Prints AUC, and precision / recall at
 * each signal's bar. Nothing is written.
 *
 *   node --import tsx tools/gap/eval/measure-phrase-match.ts
 */
import { readFileSync } from "node:fs";
import { getTaxonomy } from "../../../data/taxonomy/index.ts";
import { extractSkills } from "../../skills/extract.ts";
import { dutyLineCoverage } from "../duty-match.ts";
import { dot, evidenceText, resumeLines, shippedEmbedder, vectorsFor } from "../evidence.ts";
import { auc } from "./auc.ts";
import { DEV_PAIRS_FILE, MORE_PAIRS_FILE } from "./dev-set.ts";
import { defaultFitDeps } from "./fit-defaults.ts";
import { loadResumeText } from "./shared-data.ts";

interface Labelled {
  ask: string;
  line: string;
  y: number;
}
interface Stored {
  resume: string;
  field: string;
  required?: string[];
  met?: string[];
}

const NOT_A_DUTY =
  /\b\d+\+?\s*(?:-\s*\d+\s*)?(?:years?|yrs)\b|\b(?:degree|bachelor'?s?|master'?s?|ph\.?d|diploma|BA|BS|BSc|MSc|MBA|licen[cs]e[ds]?|certifi\w+|fluent|native|bilingual|english|german|french|spanish|dutch|italian|polish|portuguese|arabic|chinese|mandarin|japanese|swedish|danish|norwegian|finnish|russian)\b/i;
/** The line taken as the evidence of a met note must be at least this close to it. */
const NOTE_LINE = Number(process.env.NOTE_LINE ?? 0.5);
/** The shipped bar (evidence.ts SIMILARITY_MET). */
const COSINE_MET = 0.6;

const namesATool = (ask: string) =>
  extractSkills(ask, { section: "job ad" }, getTaxonomy()).some((s) => s.type === "technical");

function written(): Labelled[] {
  return readFileSync(new URL("./duty-pairs.tsv", import.meta.url), "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => {
      const [ask, line, y] = l.split("\t");
      return { ask: ask!, line: line!, y: Number(y) };
    });
}

async function derived(file: string): Promise<Labelled[]> {
  const e = shippedEmbedder();
  const deps = await defaultFitDeps();
  const text = readFileSync(file, "utf8");
  const jsonl: Stored[] = file.endsWith(".jsonl")
    ? text
        .split("\n")
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Stored)
    : (JSON.parse(text) as Stored[]);
  const evidence: { pair: number; field: string; ask: string; line: string }[] = [];
  for (const [pi, p] of jsonl.entries()) {
    if (!p.required || !p.met || p.required.length !== p.met.length) continue;
    const text = loadResumeText(p.resume);
    if (!text) continue;
    const profile = await deps.profileFromText(text);
    const lines = resumeLines(profile)
      .filter((l) => l.source === "bullet" || l.source === "summary" || l.source === "title")
      .map(evidenceText)
      .filter((t) => t.length >= 12);
    if (lines.length === 0) continue;
    const lineVectors = vectorsFor(e, lines);
    p.required.forEach((ask, i) => {
      if (NOT_A_DUTY.test(ask) || namesATool(ask)) return;
      const [note] = vectorsFor(e, [p.met![i]!]);
      let best = -1;
      let at = -1;
      lineVectors.forEach((v, k) => {
        const s = dot(note!, v);
        if (s > best) [best, at] = [s, k];
      });
      if (best >= NOTE_LINE) evidence.push({ pair: pi, field: p.field, ask, line: lines[at]! });
    });
  }
  const out: Labelled[] = [];
  for (const a of evidence) {
    out.push({ ask: a.ask, line: a.line, y: 1 });
    for (const b of evidence) {
      if (b === a || b.line === a.line) continue;
      if (b.pair === a.pair) out.push({ ask: a.ask, line: b.line, y: 0 });
    }
    const other =
      evidence.find((b) => b.field !== a.field && b.pair > a.pair) ??
      evidence.find((b) => b.field !== a.field);
    if (other) out.push({ ask: a.ask, line: other.line, y: 0 });
  }
  return out;
}

function at(scores: number[], ys: number[], bar: number): string {
  const said = scores.map((s) => s >= bar);
  const tp = said.filter((v, i) => v && ys[i] === 1).length;
  const fp = said.filter((v, i) => v && ys[i] === 0).length;
  const pos = ys.filter((y) => y === 1).length;
  return `at ${bar}: precision ${tp + fp ? (tp / (tp + fp)).toFixed(3) : "n/a"}, recall ${(tp / pos).toFixed(3)} (${tp} of ${pos}; ${fp} false)`;
}

export interface PhraseSignals {
  cosine: number;
  coverage: number;
}

export function phraseSignals(rows: Labelled[]): PhraseSignals[] {
  const e = shippedEmbedder();
  return rows.map((r) => {
    const [a, l] = vectorsFor(e, [r.ask, r.line]);
    return { cosine: Math.max(0, dot(a!, l!)), coverage: dutyLineCoverage(r.ask, r.line) ?? 0 };
  });
}

function report(name: string, rows: Labelled[], coverageBar: number, mixBar: number): void {
  const ys = rows.map((r) => r.y);
  const sig = phraseSignals(rows);
  const cos = sig.map((s) => s.cosine);
  const cov = sig.map((s) => s.coverage);
  const mix = sig.map((s) => Math.max(s.cosine, s.coverage));
  if (process.env.SHOW)
    rows.forEach((r, i) => {
      if (r.y === 1 || cov[i]! >= 0.4)
        console.log(
          `    ${r.y} cos ${cos[i]!.toFixed(2)} cov ${cov[i]!.toFixed(2)} | ${r.ask} | ${r.line.slice(0, 90)}`,
        );
    });
  console.log(`${name}: ${rows.length} (ask, line) pairs, ${ys.filter((y) => y).length} matches`);
  console.log(
    `  shipped cosine   AUC ${auc(cos, ys).toFixed(3)}; ${at(cos, ys, COSINE_MET)}; ${at(cos, ys, 0.5)}`,
  );
  console.log(`  duty coverage    AUC ${auc(cov, ys).toFixed(3)}; ${at(cov, ys, coverageBar)}`);
  for (const b of [0.4, 0.5, 0.7]) console.log(`                   ${at(cov, ys, b)}`);
  console.log(`  max of the two   AUC ${auc(mix, ys).toFixed(3)}; ${at(mix, ys, mixBar)}`);
}

const bar = Number(process.argv[2] ?? 0.6);
report("written", written(), bar, bar);
report("dev (derived)", await derived(DEV_PAIRS_FILE), bar, bar);
report("extra pairs (derived)", await derived(MORE_PAIRS_FILE), bar, bar);
