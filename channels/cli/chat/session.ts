/**
 * The terminal chat loop. Interactive on a TTY (prompt, streamed replies, rendered
 * cards); on a pipe one message per line; with --json one JSON object per reply event.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ProviderKind } from "../../../agent/models/index.ts";
import type {
  Converse,
  Identity,
  Inbound,
  QuickRepliesPart,
  ReplyEvent,
  ReplyPart,
} from "../../../contract/conversation.ts";
import { joinQuickReplies } from "../../../contract/quick-replies.ts";
import { isCareerCraftError } from "../../../data/errors.ts";
import { parseLine } from "./input.ts";
import { typedMessages } from "./pasted-lines.ts";
import { COLOR, PLAIN, renderPart, type Style } from "./render.ts";

export interface ChatSessionOptions {
  converse: Converse;
  identity: Identity;
  threadId: string;
  model?: ProviderKind;
  json: boolean;
  interactive: boolean;
  maxAttachmentBytes: number;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Sent before anything read from input (--resume). */
  first?: Inbound;
  /** Folder where files the agent sends (exports) are saved. */
  saveDir: string;
}

/**
 * Files the agent sends are written under `dir` (made when missing), never over a file already
 * there: a second export the same day gets "-1", "-2" (written exclusively, so a file made
 * between the check and the write is not replaced either).
 */
export function saver(dir: string) {
  return (filename: string, base64: string) => {
    const safe = path.basename(filename).replace(/[^\w.-]+/g, "_") || "careercraft-file";
    mkdirSync(dir, { recursive: true });
    for (let n = 0; ; n++) {
      const target = path.join(dir, n === 0 ? safe : safe.replace(/(\.[^.]*)?$/, `-${n}$1`));
      if (existsSync(target)) continue;
      try {
        writeFileSync(target, Buffer.from(base64, "base64"), { flag: "wx" });
        return target;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      }
    }
  };
}

export async function runChatSession(o: ChatSessionOptions): Promise<number> {
  const style: Style = o.interactive ? COLOR : PLAIN;
  const write = (s: string) => o.output.write(s);
  const save = saver(o.saveDir);
  let failures = 0;

  async function send(inbound: Inbound): Promise<void> {
    let midLine = false;
    // A tool ran between two steps of the reply: the line was ended for it, and the next
    // step's words start with the paragraph break ("\n\n") already begun — printed as is, a
    // blank paragraph showed between "Hey there!" and the tool's answer (trial12g).
    let lineEnded = false;
    // The reply's words first, then the cards they introduce, then the suggestions (as the
    // widget shows a reply): the offline planner writes its words after its tools ran, so
    // the cards would otherwise print above the sentence that introduces them.
    const held: ReplyPart[] = [];
    const showHeld = () => {
      if (midLine) write("\n");
      midLine = false;
      const chips = held.reduce<QuickRepliesPart | undefined>(
        (row, p) => (p.type === "quickReplies" ? joinQuickReplies(row, p) : row),
        undefined,
      );
      const ordered = [...held.filter((p) => p.type !== "quickReplies"), ...(chips ? [chips] : [])];
      for (const part of ordered) write(`${renderPart(part, style, { saveFile: save })}\n`);
      held.length = 0;
    };
    const stream = o.converse(o.identity, o.threadId, inbound, o.model ? { model: o.model } : {});
    for await (const event of stream as AsyncIterable<ReplyEvent>) {
      if (o.json) {
        write(`${JSON.stringify(event)}\n`);
        continue;
      }
      if (event.type === "part") {
        held.push(event.part);
        continue;
      }
      if (event.type === "turn_end") showHeld();
      if (event.type === "text_delta") {
        let text = event.text;
        if (lineEnded) {
          text = text.replace(/^\n+/, "");
          if (!text) continue;
          write("\n");
          lineEnded = false;
        } else if (!midLine && o.interactive) write(style.bold("careercraft> "));
        write(text);
        midLine = true;
        continue;
      }
      if (midLine) {
        write("\n");
        midLine = false;
        lineEnded = event.type === "tool_call" || event.type === "progress";
      }
      if (event.type === "progress" && o.interactive) write(`${style.dim(`… ${event.message}`)}\n`);
      else if (event.type === "error") {
        failures++;
        write(`${style.red(event.message)}\n`);
      } else if (event.type === "turn_end" && !o.interactive) write("\n");
    }
    showHeld();
    if (midLine) write("\n");
  }

  function reportInputError(error: unknown): void {
    failures++;
    const message = isCareerCraftError(error)
      ? error.userMessage
      : String((error as Error)?.message ?? error);
    if (o.json) {
      write(
        `${JSON.stringify({ type: "error", code: isCareerCraftError(error) ? error.code : "internal", message })}\n`,
      );
      write(`${JSON.stringify({ type: "turn_end" })}\n`);
    } else write(`${style.red(message)}\n`);
  }

  if (o.interactive && !o.json)
    write(
      style.dim(
        'CareerCraft chat. To send a file, type or drop its path ("here is my resume ~/cv.pdf"); Ctrl-D to quit.\n',
      ),
    );
  if (o.first) await send(o.first);

  const prompt = () => {
    if (o.interactive && !o.json) write(style.bold("you> "));
  };
  prompt();
  for await (const line of typedMessages(o.input, { joinPastes: o.interactive })) {
    try {
      // A pasted block (an ad) is sent as written, its lines kept; a single line may name files.
      const inbound = line.includes("\n")
        ? { text: line.trim(), attachments: [] }
        : await parseLine(line, o.maxAttachmentBytes);
      if (inbound) await send(inbound);
    } catch (error) {
      reportInputError(error);
    }
    prompt();
  }
  if (o.interactive && !o.json) write("\n");
  return failures > 0 && !o.interactive ? 1 : 0;
}
