/**
 * Found trying `careercraft chat` as a graphic designer who pasted a UX job ad into the
 * terminal: each of its lines went to the agent as a message of its own. On a terminal a
 * paste is one message, line breaks kept; on a pipe each line stays one message.
 */
import { PassThrough } from "node:stream";
import { expect, it } from "vitest";
import { createScriptedConverse } from "../../../test-support/scripted-converse.ts";
import { runChatSession } from "./session.ts";

const AD = ["UX Designer — Example B.V.", "Amsterdam (hybrid)", "Must have", "- 3+ years of UX design"];

async function session(interactive: boolean) {
  const { converse, log } = createScriptedConverse();
  const input = new PassThrough();
  const output = new PassThrough();
  output.resume();
  const done = runChatSession({
    converse,
    identity: { channel: "cli", externalId: "paste-test" },
    threadId: "t",
    json: false,
    interactive,
    maxAttachmentBytes: 1024 * 1024,
    input,
    output,
    saveDir: "/tmp",
  });
  input.write(`${AD.join("\n")}\n`);
  await new Promise((r) => setTimeout(r, 200));
  input.write("am I a fit?\n");
  input.end();
  await done;
  return log.turns.map((t) => t.inbound.text);
}

it("sends a block pasted on a terminal as one message, its lines kept", async () => {
  expect(await session(true)).toEqual([AD.join("\n"), "am I a fit?"]);
});

it("keeps one message per line on a pipe", async () => {
  expect(await session(false)).toEqual([...AD, "am I a fit?"]);
});
