/**
 * `node --import tsx tools/gap/eval/ask-lines.ts [--list]`: how the ask reading
 * (requirements.ts with the ask classifier) treats the outside dev pairs' postings. Each
 * posting's labelled must-haves (dev_pairs.json `required`, paraphrased by the labellers) are
 * looked up among the asks the analysis keeps: a must-have is "kept" when an ask says the same
 * (offline embedder cosine, or most of the must-have's words in the ask). Asks that match no
 * labelled must-have are counted too, by class, and with --list printed: they are nice-to-haves,
 * duties, or sentences that are no requirement at all (equal-opportunity statements, the
 * company's description) — the last ought to be zero. Read at measurement time only.
 */
import { readFileSync } from "node:fs";
import { getTaxonomy } from "../../../data/taxonomy/index.ts";
import { parseJobPosting } from "../../jobs/parse.ts";
import { extractSkills } from "../../skills/extract.ts";
import { dot, shippedEmbedder, vectorsFor } from "../evidence.ts";
import { typeRequirements } from "../requirements.ts";
import { DEV_PAIRS_FILE } from "./dev-set.ts";
import { loadPostings, sharedDataMissing } from "./shared-data.ts";

/** Cosine at which an ask says the same as a labelled must-have (paraphrases sit above, other asks of the ad below). */
export const SAME_ASK = 0.62;

const words = (t: string) => new Set(t.toLowerCase().match(/[a-z][a-z+#]{2,}/g) ?? []);

/** Share of the must-have's words the ask uses ("fluent English" in "Fluent in English and German"). */
function wordShare(mustHave: string, ask: string): number {
  const m = words(mustHave);
  const a = words(ask);
  if (m.size === 0) return 0;
  return [...m].filter((w) => a.has(w)).length / m.size;
}

export interface AskLineReport {
  postings: number;
  mustHaves: number;
  mustHavesKept: number;
  asks: number;
  asksMatchingNoMustHave: Record<string, number>;
  unmatched: { posting: string; about: string; type: string; text: string }[];
  missed: { posting: string; mustHave: string; best: string; similarity: number }[];
}

export function measureAskLines(): AskLineReport | undefined {
  const postings = loadPostings();
  if (!postings || sharedDataMissing(DEV_PAIRS_FILE)) return undefined;
  const pairs = JSON.parse(readFileSync(DEV_PAIRS_FILE, "utf8")) as { posting: string; required: string[] }[];
  const graph = getTaxonomy();
  const embedder = shippedEmbedder();
  const byId = new Map(postings.map((p) => [p.id, p.text]));
  const required = new Map<string, Set<string>>();
  for (const p of pairs) {
    const set = required.get(p.posting) ?? new Set();
    for (const r of p.required) set.add(r);
    required.set(p.posting, set);
  }
  const report: AskLineReport = {
    postings: required.size,
    mustHaves: 0,
    mustHavesKept: 0,
    asks: 0,
    asksMatchingNoMustHave: {},
    unmatched: [],
    missed: [],
  };
  for (const [id, mustHaves] of required) {
    const text = byId.get(id);
    if (!text) throw new Error(`posting ${id} not found`);
    const job = parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }), graph);
    const asks = typeRequirements(job, graph, embedder);
    const askTexts = asks.map((a) => a.text);
    const askVectors = vectorsFor(embedder, askTexts);
    const musts = [...mustHaves];
    const mustVectors = vectorsFor(embedder, musts);
    const same = (i: number, j: number) =>
      dot(mustVectors[i]!, askVectors[j]!) >= SAME_ASK || wordShare(musts[i]!, askTexts[j]!) >= 0.6;
    musts.forEach((m, i) => {
      report.mustHaves++;
      if (askTexts.some((_, j) => same(i, j))) report.mustHavesKept++;
      else {
        let best = -1;
        askTexts.forEach((_, j) => {
          if (best < 0 || dot(mustVectors[i]!, askVectors[j]!) > dot(mustVectors[i]!, askVectors[best]!))
            best = j;
        });
        report.missed.push({
          posting: id,
          mustHave: m,
          best: best >= 0 ? askTexts[best]! : "",
          similarity: best >= 0 ? Math.round(dot(mustVectors[i]!, askVectors[best]!) * 100) / 100 : 0,
        });
      }
    });
    asks.forEach((a, j) => {
      report.asks++;
      if (musts.some((_, i) => same(i, j))) return;
      const about = a.about ?? "unclassified";
      report.asksMatchingNoMustHave[about] = (report.asksMatchingNoMustHave[about] ?? 0) + 1;
      report.unmatched.push({ posting: id, about, type: a.type, text: a.text });
    });
  }
  return report;
}

if (process.argv[1]?.endsWith("ask-lines.ts")) {
  const report = measureAskLines();
  if (!report) process.stdout.write("skipped: ../shared/data is absent\n");
  else {
    const { unmatched, missed, ...summary } = report;
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    if (process.argv.includes("--list")) {
      for (const u of unmatched) process.stdout.write(`ASK ${u.posting}\t${u.about}\t${u.type}\t${u.text}\n`);
      for (const m of missed)
        process.stdout.write(`MISS ${m.posting}\t${m.mustHave}\t<- ${m.similarity}\t${m.best}\n`);
    }
  }
}
