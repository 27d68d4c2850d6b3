/**
 * Plays one script through a Converse function (the agent's channel-neutral entry) the
 * way a channel would: one inbound message per turn, collecting the reply events.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Converse, Identity, ReplyEvent, ReplyPart } from "../../../contract/conversation.ts";
import { argsMatch, checkTurn, type ObservedTurn, type TurnVerdict } from "./assertions.ts";

export type { ObservedTurn };

import { type ConversationScript, turnText } from "./script.ts";

export interface ScriptRun {
  script: string;
  name: string;
  turns: (TurnVerdict & { say: string; observed: ObservedTurn })[];
  /** 1-based turn where the done condition was first met, or null. */
  completedAt: number | null;
  succeeded: boolean;
}

/** Words a reply part shows the person, so text assertions see cards and lists too. */
export function partText(part: ReplyPart): string {
  switch (part.type) {
    case "text":
      return part.text;
    case "scoreCard":
      return [
        part.verdict,
        part.jobTitle ?? "",
        ...part.scores.map((s) => `${s.label} ${s.value ?? ""} ${s.explanation}`),
      ].join("\n");
    case "gapList":
      return part.gaps.map((g) => `${g.skill} ${g.reason}`).join("\n");
    case "roadmap":
      return [
        part.title,
        ...part.weeks.flatMap((w) => [w.title, ...w.items.map((i) => i.text), w.checkpoint ?? ""]),
      ].join("\n");
    case "list":
      return [part.title ?? "", ...part.items.map((i) => `${i.text} ${i.detail ?? ""}`)].join("\n");
    case "chart":
      return `${part.title} ${part.alt}`;
    case "quickReplies":
      return part.options.map((o) => o.label).join("\n");
    case "file":
      return part.filename;
  }
}

export function observe(events: ReplyEvent[]): ObservedTurn {
  const observed: ObservedTurn = { toolCalls: [], partTypes: [], text: "", errors: [] };
  const text: string[] = [];
  for (const e of events) {
    if (e.type === "tool_call") observed.toolCalls.push({ name: e.name, args: e.args });
    else if (e.type === "part") {
      observed.partTypes.push(e.part.type);
      text.push(partText(e.part));
    } else if (e.type === "text_delta") text.push(e.text);
    else if (e.type === "error") observed.errors.push(`${e.code}: ${e.message}`);
  }
  observed.text = text.join("\n");
  return observed;
}

function doneMet(script: ConversationScript, turnIndex: number, o: ObservedTurn): boolean {
  const d = script.done;
  if ("turn" in d) return turnIndex + 1 >= d.turn;
  if ("tool" in d) return o.toolCalls.some((c) => c.name === d.tool && argsMatch(d.args ?? {}, c.args));
  return o.partTypes.includes(d.part);
}

export async function runScript(
  converse: Converse,
  script: ConversationScript,
  options: { runId: string; model: "offline" | "openai" | "gemini" },
): Promise<ScriptRun> {
  const identity: Identity = {
    channel: "eval",
    externalId: `eval-${options.runId}-${script.file}`,
    displayName: "Eval",
  };
  const threadId = `eval-${options.runId}-${script.file}`;
  const turns: ScriptRun["turns"] = [];
  let completedAt: number | null = null;
  for (const [i, turn] of script.turns.entries()) {
    const text = turnText(script, turn);
    const attachments = (turn.attach ?? []).map((rel) => ({
      filename: path.basename(rel),
      bytes: new Uint8Array(readFileSync(path.join(script.dir, rel))),
    }));
    const events: ReplyEvent[] = [];
    try {
      for await (const event of converse(
        identity,
        threadId,
        { text, attachments },
        { model: options.model },
      )) {
        events.push(event);
      }
    } catch (error) {
      events.push({
        type: "error",
        code: "thrown",
        message: error instanceof Error ? error.message : String(error),
      });
    }
    const observed = observe(events);
    turns.push({ ...checkTurn(turn, observed), say: text.slice(0, 120), observed });
    if (completedAt === null && doneMet(script, i, observed)) completedAt = i + 1;
  }
  return {
    script: script.file,
    name: script.name,
    turns,
    completedAt,
    succeeded: completedAt !== null && turns.every((t) => t.passed),
  };
}
