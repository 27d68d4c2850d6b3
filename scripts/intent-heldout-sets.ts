/**
 * The intent model's honest held-out measure: message sets written by people who never read the
 * training lines, scored at intent level (is the top intent one the set expects). The outside
 * splits blind2..blind15 (evals/data/<split>/messages.jsonl) and the outside dev set
 * (../shared/data/conversations/dev_messages.jsonl). Never blind16 (this session's dev split for
 * conversations, read by its owner only) nor later splits: they measure the project from outside.
 * k-fold CV on the training lines is optimistic here (the lines were written by the same hands,
 * several as paraphrases of one another); these splits predict the next unseen one.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Example } from "../agent/planner/nlu/corpus.ts";
import { blend, CLARIFY_BELOW, type IntentModel, type Readings } from "../agent/planner/nlu/intent-model.ts";

export const HELD_OUT_SPLITS = Array.from({ length: 14 }, (_, i) => `blind${i + 2}`);
const ROOT = path.resolve(import.meta.dirname, "..");
export const splitFile = (split: string) => path.join(ROOT, "evals/data", split, "messages.jsonl");
export const DEV_FILE = path.join(ROOT, "../shared/data/conversations/dev_messages.jsonl");

export interface Scored {
  gold: string[];
  /** The message itself (for dumps). */
  text?: string;
  /** The example's language (training lines: their file's; messages: the detector's). */
  lang?: string;
  /** The conversation state it was read in ("none" for none). */
  context?: string;
  /** The set it comes from ("blind7", "dev"). */
  set?: string;
  readings: Readings;
  label: string;
}

export const MESSAGE_CONTEXTS: Record<string, Example["context"]> = {
  "after-job": "job",
  "after-analysis": "analysis",
  "after-roadmap": "roadmap",
  "after-question": "question",
  "after-application": "application",
};
// Intents answered in words: right where a set expects no tool.
const WORDS = new Set(
  "greeting help thanks goodbye refusal_out_of_scope refusal_harmful refusal_scores cancel hint pause feelings privacy salary_negotiation career_paths networking company_research resume_improvement interview_tips human_advisor side_project_advice confirm".split(
    " ",
  ),
);
/** A top intent is right for a message when the set expects it, or words for "none", or asks back for "clarify". */
export const messageRight = (top: string, s: Scored) =>
  s.gold.includes(top) ||
  (s.gold.includes("none") && WORDS.has(top)) ||
  (s.gold.includes("clarify") && top === "unclear");

export async function scoreMessages(m: IntentModel, file: string, set?: string): Promise<Scored[]> {
  const out: Scored[] = [];
  for (const l of readFileSync(file, "utf8").split("\n")) {
    if (!l.trim()) continue;
    const x = JSON.parse(l) as { text: string; context: string; expect: string };
    const found = m.language.detect(x.text);
    out.push({
      gold: x.expect.split("|"),
      text: x.text,
      lang: found.supported ? found.language : "other",
      context: MESSAGE_CONTEXTS[x.context] ?? "none",
      set,
      readings: await m.read(x.text, MESSAGE_CONTEXTS[x.context]),
      label: `[${x.context}] ${x.text.slice(0, 70).replace(/\n/g, " ")}`,
    });
  }
  return out;
}

/** Every held-out message: the splits, then the dev set when ../shared is there. */
export async function scoreHeldOut(m: IntentModel): Promise<Scored[]> {
  const out: Scored[] = [];
  for (const split of HELD_OUT_SPLITS) out.push(...(await scoreMessages(m, splitFile(split), split)));
  if (existsSync(DEV_FILE)) out.push(...(await scoreMessages(m, DEV_FILE, "dev")));
  return out;
}

export interface Summary {
  n: number;
  /** Top intent right. */
  acc: number;
  /** Share of readings under the clarify cut-off (the planner asks back, or acts on the clarify decision). */
  unsure: number;
  /** Accuracy of the readings at or over the cut-off. */
  sureAcc: number;
  /** Right minus wrong per message when unsure readings ask back (0, or 1 where the set expects a question). */
  net: number;
}

export function summarize(items: Scored[], share: number, cutoff = CLARIFY_BELOW): Summary {
  let ok = 0;
  let unsure = 0;
  let sureOk = 0;
  let net = 0;
  for (const s of items) {
    const [top] = blend(s.readings, share);
    const right = !!top && messageRight(top.intent, s);
    if (right) ok++;
    if (!top || top.score < cutoff) {
      unsure++;
      if (s.gold.includes("clarify")) net++;
    } else {
      if (right) sureOk++;
      net += right ? 1 : -1;
    }
  }
  const n = Math.max(1, items.length);
  return {
    n: items.length,
    acc: ok / n,
    unsure: unsure / n,
    sureAcc: sureOk / Math.max(1, n - unsure),
    net: net / n,
  };
}

const row = (name: string, s: Summary) =>
  `| ${name} | ${s.n} | ${s.acc.toFixed(3)} | ${s.unsure.toFixed(3)} | ${s.sureAcc.toFixed(3)} | ${s.net.toFixed(3)} |`;

/**
 * Per split, pooled (splits; splits and dev), per language and per context, as a markdown table.
 * Messages in a language the product does not read are left out (understand.ts answers them
 * before the model is asked; at intent level they only measure which word intent wins).
 */
export function heldOutTable(all: Scored[], share: number): string[] {
  const items = all.filter((s) => s.lang !== "other");
  const lines = [
    `(${all.length - items.length} messages in unsupported languages left out: understand.ts answers them)`,
    "| set | n | acc | unsure | acc when sure | net |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  const sets = [...new Set(items.map((s) => s.set ?? "?"))];
  for (const set of sets)
    lines.push(
      row(
        set,
        summarize(
          items.filter((s) => s.set === set),
          share,
        ),
      ),
    );
  const splits = items.filter((s) => s.set !== "dev");
  lines.push(row("**pooled blind2-15**", summarize(splits, share)));
  lines.push(row("**pooled + dev**", summarize(items, share)));
  for (const lang of [...new Set(items.map((s) => s.lang ?? "?"))].sort())
    lines.push(
      row(
        `lang ${lang}`,
        summarize(
          items.filter((s) => s.lang === lang),
          share,
        ),
      ),
    );
  for (const ctx of [...new Set(items.map((s) => s.context ?? "none"))].sort())
    lines.push(
      row(
        `context ${ctx}`,
        summarize(
          items.filter((s) => (s.context ?? "none") === ctx),
          share,
        ),
      ),
    );
  return lines;
}
