/**
 * Scores the offline planner against the utterance set (agent/planner/utterances.json).
 * An utterance is correct when the planned tool calls match the expected ones in order
 * (same tools; enum, number and name arguments equal, free-text arguments containing the
 * expected words) or, when no call is expected, the planner says the expected kind of
 * thing (greeting, help, refusal, a question for what is missing).
 * Also read by the evals harness (`intents` suite).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Focus } from "../graph/focus.ts";
import { TOOL_NAMES, type ToolName, toolSchemas } from "../tools/schemas.ts";
import type { Plan, SayKind } from "./types.ts";
import { understand } from "./understand.ts";

export interface Utterance {
  text: string;
  /** A preset name (see FOCUS_PRESETS) or a literal focus. */
  focus?: string | Focus;
  attachments?: string[];
  expect: { tool: ToolName; args: Record<string, unknown> }[];
  say?: SayKind;
}

export const FOCUS_PRESETS: Record<string, Focus> = {
  // `topic` is what the dialogue state sets after each of these (dialogue.ts), so the
  // intent model reads an utterance with the context it has in a real conversation.
  job: { jobId: "job-1", jobTitle: "Data Engineer", topic: "job" },
  await_job: { awaiting: "job" },
  analysis: {
    jobId: "job-1",
    jobTitle: "Data Engineer",
    analysisId: "an-1",
    verdict: "UNFIT",
    topic: "analysis",
  },
  roadmap: {
    jobId: "job-1",
    jobTitle: "Data Engineer",
    analysisId: "an-1",
    verdict: "UNFIT",
    roadmapId: "rm-1",
    topic: "roadmap",
  },
  practice: { questionId: "q-1", questionText: "Design a cache", awaiting: "practice_answer" },
  await_delete: { awaiting: "delete_confirmation" },
};

/** Arguments whose value is the person's own words: the expectation is a phrase inside them. */
const FREE_TEXT = new Set(["text", "context", "answer", "query", "questionId"]);

const here = path.dirname(fileURLToPath(import.meta.url));
export const UTTERANCES_PATH = path.join(here, "utterances.json");

export function loadUtterances(file = UTTERANCES_PATH): Utterance[] {
  return JSON.parse(readFileSync(file, "utf8")) as Utterance[];
}

export function resolveFocus(focus: Utterance["focus"]): Focus {
  if (!focus) return {};
  if (typeof focus === "string") {
    const preset = FOCUS_PRESETS[focus];
    if (!preset) throw new Error(`Unknown focus preset "${focus}"`);
    return preset;
  }
  return focus;
}

const norm = (v: unknown) => (typeof v === "string" ? v.toLowerCase().replace(/\s+/g, " ").trim() : v);

function argsMatch(expected: Record<string, unknown>, actual: Record<string, unknown>): boolean {
  for (const [key, want] of Object.entries(expected)) {
    const got = actual[key];
    if (FREE_TEXT.has(key)) {
      if (typeof got !== "string" || !(norm(got) as string).includes(norm(want) as string)) return false;
    } else if (norm(got) !== norm(want)) return false;
  }
  for (const key of Object.keys(actual)) if (!(key in expected) && !FREE_TEXT.has(key)) return false;
  return true;
}

export interface UtteranceResult {
  utterance: Utterance;
  plan: Plan;
  correct: boolean;
}

export function scoreUtterance(utterance: Utterance, plan: Plan): boolean {
  if (plan.calls.length !== utterance.expect.length) return false;
  for (let i = 0; i < plan.calls.length; i++) {
    const want = utterance.expect[i];
    const got = plan.calls[i];
    if (got.name !== want.tool || !argsMatch(want.args, got.args)) return false;
    if (!toolSchemas[got.name].safeParse(got.args).success) return false;
  }
  if (utterance.expect.length === 0) return plan.says.some((s) => s.kind === utterance.say);
  return true;
}

/** Runs the planner's understanding on every utterance (all tools available). */
export async function evaluateUtterances(utterances: Utterance[] = loadUtterances()): Promise<{
  accuracy: number;
  total: number;
  correct: number;
  failures: UtteranceResult[];
}> {
  const available = new Set<ToolName>(TOOL_NAMES);
  const failures: UtteranceResult[] = [];
  let correct = 0;
  for (const utterance of utterances) {
    const plan = await understand(utterance.text, {
      focus: resolveFocus(utterance.focus),
      attachments: utterance.attachments ?? [],
      available,
    });
    if (scoreUtterance(utterance, plan)) correct++;
    else failures.push({ utterance, plan, correct: false });
  }
  return {
    accuracy: utterances.length ? correct / utterances.length : 0,
    total: utterances.length,
    correct,
    failures,
  };
}

/**
 * The ratchet: utterances that once passed must keep passing. The file lists them (text
 * and focus); scripts/update-utterance-ratchet.ts adds newly passing ones, never removes.
 */
export const RATCHET_PATH = path.join(here, "utterances-ratchet.json");

const utteranceKey = (u: Utterance) =>
  `${typeof u.focus === "string" ? u.focus : JSON.stringify(u.focus ?? "")}|${u.text}`;

export function loadRatchet(file = RATCHET_PATH): Set<string> {
  try {
    return new Set(JSON.parse(readFileSync(file, "utf8")) as string[]);
  } catch {
    return new Set();
  }
}

/** Utterances on the ratchet that fail now. */
export function ratchetRegressions(failures: UtteranceResult[], ratchet = loadRatchet()): Utterance[] {
  return failures.map((f) => f.utterance).filter((u) => ratchet.has(utteranceKey(u)));
}

/** Keys of every utterance that passes in this report (for the ratchet file). */
export function passingKeys(utterances: Utterance[], failures: UtteranceResult[]): string[] {
  const failed = new Set(failures.map((f) => utteranceKey(f.utterance)));
  return utterances.map(utteranceKey).filter((k) => !failed.has(k));
}

/** The intent model on the frozen test split (agent/planner/nlu/data/test): top intent right. */
export async function evaluateFrozenSplit(): Promise<{ accuracy: number; total: number; misses: string[] }> {
  const { loadExamples, TEST_DIR } = await import("./nlu/corpus.ts");
  const { intentModel } = await import("./nlu/intent-model.ts");
  const examples = loadExamples(TEST_DIR);
  const misses: string[] = [];
  for (const e of examples) {
    const [top] = await intentModel().classify(e.text, e.context);
    if (top?.intent !== e.intent) misses.push(`${e.intent} <- ${top?.intent ?? "nothing"}: ${e.text}`);
  }
  return { accuracy: 1 - misses.length / Math.max(1, examples.length), total: examples.length, misses };
}
