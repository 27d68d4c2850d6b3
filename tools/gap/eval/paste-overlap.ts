/**
 * Measures how far a resume sentence must be the ad's own words before pasted-ad-text.ts reads
 * it as a copy (PARAPHRASE_SHARE, PARAPHRASE_WORDS). Two kinds of sentence, for every pair of the
 * outside dev pairs, the team's pairs and the outside-style extra pairs:
 *
 * - the person's own: every sentence of the profile the parser reads from the real resume
 *   (summary, headline, duties, project descriptions, the quotes behind its skills), as laid out
 *   and as one paragraph — a sentence caught there is a false positive (a real line that shares
 *   words with the ad must still count);
 * - pasted: the ad's must-have sentences the analysis found unmet, verbatim and edited at their
 *   edges as the robustness suite writes them (evals/suites/robustness/variants.ts).
 *
 * For each grid point it prints how many own sentences and how many pasted ones it catches.
 * Nothing is written: the chosen point is the constants in pasted-ad-text.ts.
 *
 *   node --import tsx tools/gap/eval/paste-overlap.ts
 */
import type { ProfileSnapshot } from "../../../contract/profile.ts";
import { pastedAskSentences, unstructured } from "../../../evals/suites/robustness/variants.ts";
import type { JobPosting } from "../../jobs/types.ts";
import { adOverlap } from "../pasted-ad-text.ts";
import { loadDevPairs, MORE_PAIRS_FILE } from "./dev-set.ts";
import { defaultFitDeps } from "./fit-defaults.ts";
import { loadPairs } from "./fit-set.ts";
import { loadPostings, loadResumeText } from "./shared-data.ts";

const SHARES = [0.4, 0.5, 0.6, 0.7, 0.75];
const WORDS = [3, 4, 5, 6];

/** Every piece of text the paste check reads in a profile. */
function profileTexts(p: ProfileSnapshot): string[] {
  return [
    p.summary,
    p.headline,
    ...p.experience.flatMap((e) => e.bullets),
    ...p.projects.map((x) => x.description),
    ...p.skills.flatMap((s) => s.evidence.map((e) => /^\w+: "(.*)"$/s.exec(e)?.[1] ?? "")),
  ].filter((t): t is string => !!t);
}

interface Row {
  words: number;
  covered: number;
}

const sentencesOf = (texts: string[], job: JobPosting): Row[] => texts.flatMap((t) => adOverlap(t, job));

async function main(): Promise<void> {
  const deps = await defaultFitDeps();
  const postings = new Map(loadPostings()!.map((p) => [p.id, p.text]));
  const pairs = [
    ...loadDevPairs()!.map((p) => ({ id: p.id, resume: p.resume, job: p.posting })),
    ...loadDevPairs(MORE_PAIRS_FILE, "more")!.map((p) => ({ id: p.id, resume: p.resume, job: p.posting })),
    ...loadPairs().map((p) => ({ id: p.id, resume: p.resume, job: p.job })),
  ];
  const own: (Row & { id: string })[] = [];
  const pasted: (Row & { id: string; edited: boolean })[] = [];
  for (const pair of pairs) {
    const text = loadResumeText(pair.resume)!;
    const job = deps.parseJob(postings.get(pair.job)!) as JobPosting;
    const paragraph = unstructured(text);
    for (const t of [text, paragraph]) {
      const profile = (await deps.profileFromText(t)) as ProfileSnapshot;
      for (const r of sentencesOf([...new Set(profileTexts(profile))], job)) own.push({ ...r, id: pair.id });
    }
    const flat = deps.analyze((await deps.profileFromText(paragraph)) as never, job as never) as {
      requirements?: { text?: string; kind?: string; met?: boolean }[];
    };
    const unmet = (flat.requirements ?? [])
      .filter((r) => r.kind === "required" && r.met === false && r.text)
      .map((r) => r.text!);
    const [verbatim, edited] = pastedAskSentences(paragraph, unmet);
    if (!verbatim || !edited) continue;
    // Only the pasted words: each sentence of the added text, not the resume around it.
    const added = (v: string) => v.replace(paragraph, "").trim();
    for (const r of adOverlap(added(verbatim.text), job)) pasted.push({ ...r, id: pair.id, edited: false });
    for (const r of adOverlap(added(edited.text), job)) pasted.push({ ...r, id: pair.id, edited: true });
  }
  console.log(`${pairs.length} pairs; ${own.length} own sentences, ${pasted.length} pasted sentences`);
  console.log("share\twords\town caught (pairs)\tpasted verbatim caught\tpasted edited caught");
  for (const share of SHARES)
    for (const words of WORDS) {
      const hit = (r: Row) => r.covered >= words && r.covered >= share * r.words;
      const ownHits = own.filter(hit);
      const of = (edited: boolean) => pasted.filter((r) => r.edited === edited);
      console.log(
        `${share}\t${words}\t${ownHits.length} (${new Set(ownHits.map((r) => r.id)).size})\t${of(false).filter(hit).length}/${of(false).length}\t${of(true).filter(hit).length}/${of(true).length}`,
      );
    }
  // The own sentences nearest the line: their share and size only (no resume text printed).
  const near = own
    .filter((r) => r.covered >= 3)
    .sort((a, b) => b.covered / b.words - a.covered / a.words)
    .slice(0, 15);
  console.log("nearest own sentences (pair, covered/words):");
  for (const r of near)
    console.log(`  ${r.id}\t${r.covered}/${r.words}\t${(r.covered / r.words).toFixed(2)}`);
}

await main();
