/**
 * The intent model's training examples: the team's own files (data/*.txt, one language
 * each, format in data/README.md) plus the planner's utterance set, whose expected tool
 * calls and focus presets give an intent and a conversation context for free.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Conversation states that change what the same words mean. */
export const CONTEXTS = ["job", "analysis", "roadmap", "question", "application"] as const;
export type Context = (typeof CONTEXTS)[number];

export interface Example {
  text: string;
  intent: string;
  /** Where this reading holds; undefined = anywhere. */
  context?: Context;
  lang: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const DATA_DIR = path.join(here, "data");
export const TEST_DIR = path.join(DATA_DIR, "test");

export function parseExamples(source: string, lang: string): Example[] {
  const out: Example[] = [];
  let intent = "";
  for (const rawLine of source.split("\n")) {
    const line = rawLine.trim();
    if (!line || line.startsWith("//")) continue;
    if (line.startsWith("# ")) {
      intent = line.slice(2).trim();
      continue;
    }
    if (!intent) throw new Error(`Training line before any "# intent" heading: ${line}`);
    const m = line.match(/^\[(\w+)\]\s*(.+)$/);
    if (m && !(CONTEXTS as readonly string[]).includes(m[1]))
      throw new Error(`Unknown context [${m[1]}] in: ${line}`);
    out.push(m ? { text: m[2], intent, context: m[1] as Context, lang } : { text: line, intent, lang });
  }
  return out;
}

export function loadExamples(dir = DATA_DIR): Example[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => parseExamples(readFileSync(path.join(dir, f), "utf8"), f.replace(/\.txt$/, "")));
}

/** Utterance-set focus presets as contexts; awaiting a delete confirmation has no context of its own. */
const PRESET_CONTEXT: Record<string, Context | undefined> = {
  job: "job",
  await_job: undefined,
  analysis: "analysis",
  roadmap: "roadmap",
  practice: "question",
  await_delete: undefined,
};

/** Say kinds of the utterance set that are intents of the model (others are slot outcomes). */
const SAY_INTENT: Record<string, string> = {
  greeting: "greeting",
  help: "help",
  thanks: "thanks",
  goodbye: "goodbye",
  refusal_out_of_scope: "refusal_out_of_scope",
  refusal_harmful: "refusal_harmful",
  refusal_scores: "refusal_scores",
  cancelled: "cancel",
  ask_resume: "read_resume",
  ask_application: "add_application",
  ask_skill: "add_skill",
  ask_entry: "add_profile_entry",
  ask_job: "set_dream_job",
};

/** A multi-call utterance's intent is its main request: a role plus "am I a fit" is analyze_fit. */
function mainIntent(tools: string[]): string {
  if (tools[0] === "set_dream_job" && tools[1] === "analyze_fit") return "analyze_fit";
  return tools[0];
}

export function utteranceExamples(
  utterances: {
    text: string;
    focus?: unknown;
    attachments?: string[];
    expect: { tool: string }[];
    say?: string;
  }[],
): Example[] {
  const out: Example[] = [];
  for (const u of utterances) {
    if (u.attachments?.length) continue;
    const intent = u.expect.length ? mainIntent(u.expect.map((e) => e.tool)) : SAY_INTENT[u.say ?? ""];
    if (!intent) continue;
    const context = typeof u.focus === "string" ? PRESET_CONTEXT[u.focus] : undefined;
    out.push({ text: u.text, intent, context, lang: "en" });
  }
  return out;
}
