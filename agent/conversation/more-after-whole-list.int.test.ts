/**
 * "more" right after a list one page holds (conv12n, a blind4 dialogue): the list stays in focus,
 * so "more" says that was all of it. Before, the page state was cleared for a short list and
 * "more" after five questions was read as something else ("Practice stopped." with no practice
 * running). Resume written for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

const SHORT = `Dev Patel
dev.patel@example.org | Leicester

EXPERIENCE
Stock Controller, Brightwell Foods, Leicester — 2021 to Present
- Counted and reconciled stock for two warehouses

SKILLS
Excel, SAP, Forklift`;

vi.setConfig({ testTimeout: 240_000 });

describeEachDatabase("'more' after a whole list", (getDb) => {
  const bed = offlineChatBed(getDb, "more-whole");

  it("after a list one page holds, 'more' says that was all of it", async () => {
    const p = await bed.person(textAttachment("dev.txt", SHORT));
    const first = await p.say("show my skills");
    expect(first.tools).toEqual(["show_skills"]);
    const more = await p.say("more");
    expect(more.tools).toEqual(["show_more"]);
    expect(more.text).toMatch(/^That was all \d+ — there are no more\./);
  });
});
