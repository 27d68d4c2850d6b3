/**
 * The dev set written outside the team (../shared/data/conversations): single messages
 * with the conversation before them, and short dialogues. Each is played through the
 * conversation entry every channel calls, on a fresh identity, after the context turns
 * its `context` field names (the set's README describes them; these are our own words
 * for the same steps, so no line of the set is copied here).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Converse, Identity, ReplyEvent } from "../../../contract/conversation.ts";
import { type ObservedTurn, observe } from "./run-script.ts";

export interface DevMessage {
  text: string;
  context: string;
  expect: string;
  note: string;
}
export interface DevDialogue {
  turns: string[];
  expect: string[];
}

export function loadDevSet(
  dir: string,
  prefix = "dev_",
): { messages: DevMessage[]; dialogues: DevDialogue[] } {
  const lines = (file: string) =>
    readFileSync(path.join(dir, file), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l));
  return { messages: lines(`${prefix}messages.jsonl`), dialogues: lines(`${prefix}dialogues.jsonl`) };
}

/** A setup step: what we say, and the tool it must reach for the context to hold. */
interface SetupTurn {
  text: string;
  attach?: string;
  tool: string;
}

const RESUME: SetupTurn = {
  text: "here is my resume",
  attach: "priya-analyst-resume.txt",
  tool: "read_resume",
};
const JOB: SetupTurn = { text: "set my target job to backend engineer", tool: "set_dream_job" };
const ANALYSIS: SetupTurn = { text: "am I a fit for it?", tool: "analyze_fit" };
const ROADMAP: SetupTurn = { text: "make a roadmap for me", tool: "create_roadmap" };
const QUESTION: SetupTurn = { text: "ask me a behavioral interview question", tool: "practice_question" };
const APPLICATION: SetupTurn = {
  text: "I applied to Stripe yesterday for a backend engineer role",
  tool: "add_application",
};

/** The README's contexts as turns: `none` is a person whose resume is already loaded. */
export const CONTEXT_TURNS: Record<string, SetupTurn[]> = {
  none: [RESUME],
  "after-job": [RESUME, JOB],
  "after-analysis": [RESUME, JOB, ANALYSIS],
  "after-roadmap": [RESUME, JOB, ANALYSIS, ROADMAP],
  "after-question": [RESUME, QUESTION],
  "after-application": [RESUME, APPLICATION],
};

/** What the person saw in one turn, reduced to what the set scores. */
export interface TurnReading {
  tools: string[];
  /** No tool, and the reply asks something back. */
  askedBack: boolean;
  /** No tool, and the reply is the planner's "didn't understand" fallback. */
  notUnderstood: boolean;
  /** Choices offered as quick replies. */
  choices: number;
  /** The messages those choices send when tapped, in order. */
  options: string[];
  text: string;
}

const NOT_UNDERSTOOD = /\b(?:didn't quite catch that|not sure what you mean|didn't understand that)\b/i;

export function readTurn(observed: ObservedTurn, events: ReplyEvent[]): TurnReading {
  const words = events
    .filter((e) => e.type === "text_delta")
    .map((e) => (e as { text: string }).text)
    .join("");
  const options = events.flatMap((e) =>
    e.type === "part" && e.part.type === "quickReplies" ? e.part.options.map((o) => o.text) : [],
  );
  const choices = options.length;
  const tools = observed.toolCalls.map((c) => c.name);
  const notUnderstood = tools.length === 0 && NOT_UNDERSTOOD.test(words);
  return {
    tools,
    askedBack: tools.length === 0 && !notUnderstood && /\?/.test(words),
    notUnderstood,
    choices,
    options,
    text: words,
  };
}

/**
 * One expectation ("a|b", "none", "clarify") against a turn. A tool expectation is met
 * when at least one tool was called and every tool called is one of the alternatives
 * (so "two requests" get full credit for calling both); "none" is a reply in words that
 * neither calls a tool nor asks back; "clarify" is a question back with no tool.
 */
export function expectationMet(expect: string, reading: TurnReading): boolean {
  const alternatives = expect.split("|").map((a) => a.trim());
  if (reading.tools.length > 0) return reading.tools.every((t) => alternatives.includes(t));
  if (alternatives.includes("clarify") && reading.askedBack) return true;
  if (alternatives.includes("none") && !reading.notUnderstood) return true;
  return false;
}

export interface PlayedTurn {
  text: string;
  expect: string;
  reading: TurnReading;
  correct: boolean;
  ms: number;
}

export interface DevRun {
  messages: (PlayedTurn & { context: string; note: string; setupOk: boolean })[];
  dialogues: { turns: PlayedTurn[]; allCorrect: boolean }[];
}

async function send(
  converse: Converse,
  identity: Identity,
  threadId: string,
  text: string,
  model: string,
  attachment?: { filename: string; bytes: Uint8Array },
): Promise<{ observed: ObservedTurn; events: ReplyEvent[]; ms: number }> {
  const events: ReplyEvent[] = [];
  const t0 = performance.now();
  for await (const e of converse(
    identity,
    threadId,
    { text, attachments: attachment ? [attachment] : [] },
    { model: model as never },
  ))
    events.push(e);
  return { observed: observe(events), events, ms: performance.now() - t0 };
}

export async function playDevSet(
  converse: Converse,
  set: { messages: DevMessage[]; dialogues: DevDialogue[] },
  options: { model: string; fixturesDir: string; runId: string; log?: (m: string) => void },
): Promise<DevRun> {
  const resume = new Uint8Array(readFileSync(path.join(options.fixturesDir, RESUME.attach as string)));
  let n = 0;
  const fresh = () => {
    n++;
    const id = `dev-${options.runId}-${n}`;
    return { identity: { channel: "eval", externalId: id, displayName: "Dev" } as Identity, threadId: id };
  };
  const setUp = async (identity: Identity, threadId: string, context: string): Promise<boolean> => {
    let ok = true;
    for (const step of CONTEXT_TURNS[context] ?? CONTEXT_TURNS.none) {
      const attachment = step.attach ? { filename: step.attach, bytes: resume } : undefined;
      const { observed } = await send(converse, identity, threadId, step.text, options.model, attachment);
      if (!observed.toolCalls.some((c) => c.name === step.tool)) ok = false;
    }
    return ok;
  };
  const play = async (identity: Identity, threadId: string, text: string, expect: string) => {
    const { observed, events, ms } = await send(converse, identity, threadId, text, options.model);
    const reading = readTurn(observed, events);
    return { text, expect, reading, correct: expectationMet(expect, reading), ms };
  };

  const run: DevRun = { messages: [], dialogues: [] };
  for (const m of set.messages) {
    const { identity, threadId } = fresh();
    const setupOk = await setUp(identity, threadId, m.context);
    const turn = await play(identity, threadId, m.text, m.expect);
    run.messages.push({ ...turn, context: m.context, note: m.note, setupOk });
  }
  options.log?.(`dev messages played: ${run.messages.length}`);
  for (const d of set.dialogues) {
    const { identity, threadId } = fresh();
    await setUp(identity, threadId, "none");
    const turns: PlayedTurn[] = [];
    for (const [i, text] of d.turns.entries()) turns.push(await play(identity, threadId, text, d.expect[i]));
    run.dialogues.push({ turns, allCorrect: turns.every((t) => t.correct) });
  }
  return run;
}

export function devMetrics(run: DevRun): Record<string, number> {
  const dialogueTurns = run.dialogues.flatMap((d) => d.turns);
  const all = [...run.messages, ...dialogueTurns];
  const rate = (xs: { correct: boolean }[]) => xs.filter((x) => x.correct).length / Math.max(1, xs.length);
  return {
    messages: run.messages.length,
    "messages.accuracy": rate(run.messages),
    "dialogue_turns.accuracy": rate(dialogueTurns),
    "dialogues.all_correct":
      run.dialogues.filter((d) => d.allCorrect).length / Math.max(1, run.dialogues.length),
    clarify_rate: all.filter((t) => t.reading.askedBack).length / Math.max(1, all.length),
    not_understood_rate: all.filter((t) => t.reading.notUnderstood).length / Math.max(1, all.length),
    setup_failures: run.messages.filter((m) => !m.setupOk).length,
  };
}
