/**
 * The offline planner writes its words after its tools ran, so a reply's cards come before
 * the sentence that introduces them (issue 12 trial, seen in the widget and the same in the
 * terminal). The chat prints a reply's words first, its cards below, its suggestions last.
 * The event stream is scripted: the chat loop is what is tested.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { expect, it } from "vitest";
import type { ReplyEvent } from "../../../contract/conversation.ts";
import { runChatSession } from "./session.ts";

const EVENTS: ReplyEvent[] = [
  { type: "tool_call", name: "list_applications", args: {} },
  { type: "part", part: { type: "list", title: "Your applications", items: [{ text: "Analyst — Acme" }] } },
  { type: "text_delta", text: "Here are your applications:" },
  { type: "part", part: { type: "quickReplies", options: [{ label: "Stats", text: "show my stats" }] } },
  { type: "turn_end" },
];

/** What the terminal prints for one message answered by the scripted events. */
async function printedFor(message: string, events: ReplyEvent[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (d) => {
    printed += String(d);
  });
  input.end(`${message}\n`);
  await runChatSession({
    converse: async function* () {
      yield* events;
    },
    identity: { channel: "cli", externalId: "order" },
    threadId: "t",
    json: false,
    interactive: false,
    maxAttachmentBytes: 1_000_000,
    input,
    output,
    saveDir: mkdtempSync(path.join(tmpdir(), "cc-order-")),
  });
  return printed;
}

it("prints the reply's words, then its cards, then its suggestions", async () => {
  const printed = await printedFor("show my applications", EVENTS);
  const at = (s: string) => printed.indexOf(s);
  expect(at("Here are your applications:")).toBeGreaterThanOrEqual(0);
  expect(at("Here are your applications:")).toBeLessThan(at("Your applications"));
  expect(at("Analyst — Acme")).toBeLessThan(at("Try:"));
});

it("prints every suggestion of a reply on one line", async () => {
  const printed = await printedFor("am I a fit?", [
    { type: "part", part: { type: "quickReplies", options: [{ label: "Show more", text: "show more" }] } },
    { type: "text_delta", text: "Not there yet." },
    { type: "part", part: { type: "quickReplies", options: [{ label: "Why?", text: "why?" }] } },
    { type: "turn_end" },
  ]);
  expect(printed.match(/Try:/g)).toHaveLength(1);
  expect(printed).toContain('Try: "show more" · "why?"');
});

it("keeps one blank line, not two, between words said before a tool ran and the words after it", async () => {
  // As the offline planner streams a greeting (or a language note) then a tool's answer
  // (trial12g: a blank paragraph after "Hey there!" in a Spanish chat).
  const printed = await printedFor("hola, quiero ser enfermera", [
    { type: "text_delta", text: "Te entiendo en español, pero por ahora respondo en inglés." },
    { type: "text_delta", text: "\n\n" },
    { type: "text_delta", text: "Hey there!" },
    { type: "tool_call", name: "set_dream_job", args: { text: "enfermera" } },
    { type: "text_delta", text: "\n\n" },
    { type: "text_delta", text: "Target set: Nurse." },
    { type: "turn_end" },
  ]);
  expect(printed).toContain("en inglés.\n\nHey there!\n\nTarget set: Nurse.");
  expect(printed).not.toMatch(/\n\n\n/);
});
