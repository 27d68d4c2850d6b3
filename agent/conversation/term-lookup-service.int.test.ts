/**
 * "whats X?" with a job in focus (issue 12, chat12q): the facts of the answer come from the
 * skills service (tools/skills/term-lookup.ts), the one the CLI (`taxonomy term`) and REST
 * (GET /api/skills/term/) use, so the chat and the other doors say the same of a term.
 */
import { Writable } from "node:stream";
import { expect, it, vi } from "vitest";
import { runTermLookup } from "../../channels/cli/commands/taxonomy.ts";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 240_000 });

const quiet = { stdout: new Writable({ write: (_c, _e, done) => done() }) as unknown as NodeJS.WriteStream };

describeEachDatabase("a term asked about, through the skills service (chat12q)", (getDb) => {
  const bed = offlineChatBed(getDb, "chat12q-term");

  it("the chat and the CLI give the same facts of a known term and of an unknown one", async () => {
    const p = await bed.person();
    await p.say("I've been a warehouse associate for 4 years");
    await p.say(
      "Here's a posting I like: Inventory Control Specialist at Brightwater Supply. Requirements: 2+ years in a warehouse; SAP; cycle counting; forklift certification. On site.",
    );
    await p.say("do i fit?");

    const known = await p.say("what is SAP?");
    const facts = runTermLookup("SAP", {}, quiet);
    expect(facts.skill).toBeDefined();
    expect(known.tools).toEqual([]);
    expect(known.text).toContain(`${facts.skill!.name} is ${facts.skill!.kind} in my skill data`);
    for (const name of facts.skill!.listedWith) expect(known.text).toContain(name);

    const unknown = await p.say("whats FIFO-QX?");
    expect(runTermLookup("FIFO-QX", {}, quiet).skill).toBeUndefined();
    expect(unknown.text).toMatch(/"FIFO-QX" isn't in my skill data/);
  });
});
