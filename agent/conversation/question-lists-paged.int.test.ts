/**
 * Found in the issue 12/13 trial (items 7 and 13): a topic the bank lacks listed unrelated
 * questions as if they answered it, a request with no topic searched its own words ("giv me
 * some interveiw questions" -> nursing, chatbots, HTTP codes), and long lists had no paging.
 * Now: the missing topic is said and the general questions offered; a bare request uses the
 * person's own role; "more" shows the next page, also after a restart (the position is in the
 * checkpointed focus), and "bookmark the 7th" then means the 7th of the list as shown.
 */
import { expect, it, vi } from "vitest";
import { createConversation } from "../../agent/conversation/converse.ts";
import {
  type ChatTurn,
  chatTurn,
  OFFLINE_CONFIG,
  offlineChatBed,
  textAttachment,
} from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

// Resumes written for this test.
const LOADER = `Dana Kowalczyk
dana.k@example.org | Reno, NV

EXPERIENCE
Loading Dock Lead, High Desert Freight, Reno NV — 2019 to Present
- Run a crew of 9 loading outbound trailers on the early shift
- Keep the yard log and the carrier sign-in sheet

SKILLS
Pallet jack, shipping and receiving, Excel`;

const DATA_ENGINEER = `Ravi Menon
ravi.menon@example.com | Pune

EXPERIENCE
Data Engineer, Kestrel Analytics, Pune — 2020 to Present
- Built Airflow pipelines loading 40 source systems into Snowflake
- Moved nightly batch jobs to Kafka streams with dbt models on top

SKILLS
Python, SQL, Airflow, Kafka, Spark, dbt`;

// The bank and its embedder load on first use: room for a busy machine.
vi.setConfig({ testTimeout: 240_000 });

const listed = (turn: ChatTurn) => turn.parts.flatMap((p) => (p.type === "list" ? p.items : []));

describeEachDatabase("question lists: missing topics, the person's role, paging", (getDb) => {
  const bed = offlineChatBed(getDb, "qpaged");

  it("says the bank has nothing on a topic it lacks, and offers the general questions", async () => {
    const p = await bed.person(textAttachment("dana.txt", LOADER));
    const turn = await p.say("any interview questions on dock scheduling?");
    expect(turn.tools).toEqual(["search_questions"]);
    expect(turn.text).toMatch(/no questions on "dock scheduling" in the bank/i);
    expect(turn.text).toMatch(/general behavioural/i);
    const items = listed(turn);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.detail).toMatch(/^behavioral,/);
  });

  it("warehouse safety is not read as the data warehouse; a found topic is said back", async () => {
    const p = await bed.person(textAttachment("dana.txt", LOADER));
    // Since bank12r (2026-12-06) the bank has a logistics set: the warehouse floor's questions,
    // never the data warehouse's.
    const turn = await p.say("show me interview questions about warehouse safety");
    expect(turn.tools).toEqual(["search_questions"]);
    expect(turn.text).toMatch(/questions on "warehouse safety"/i);
    expect(listed(turn).length).toBeGreaterThan(0);
    for (const item of listed(turn)) expect(item.detail).not.toMatch(/data engineer$/);
    const lacking = await p.say("show me interview questions about beehive inspection");
    expect(lacking.text).toMatch(/no questions on "beehive inspection" in the bank/i);
    const found = await p.say("interview questions about race conditions between threads");
    expect(found.text).toMatch(/questions on "race conditions between threads"/i);
  });

  it("a request with no topic lists the person's own role's questions", async () => {
    const p = await bed.person(textAttachment("ravi.txt", DATA_ENGINEER));
    const turn = await p.say("giv me some interveiw questions");
    expect(turn.tools).toEqual(["search_questions"]);
    const items = listed(turn);
    expect(items.length).toBe(5);
    for (const item of items) expect(item.detail).toMatch(/data engineer$/);
  });

  it("'more' shows the next page, after a restart too, and 'bookmark the 7th' is the 7th shown", async () => {
    const p = await bed.person();
    const first = await p.say("interview questions for a data engineer");
    expect(first.tools).toEqual(["search_questions"]);
    const total = Number(first.text.match(/(\d+) of (\d+) questions/)?.[2]);
    expect(total).toBeGreaterThan(10);
    expect(first.text).toMatch(/5 of \d+ questions .*say "more" for the next/i);
    const page1 = listed(first);
    expect(page1).toHaveLength(5);

    // Another instance of the service (a restart): the list position comes from the checkpoint.
    const restarted = await createConversation({ db: getDb(), config: OFFLINE_CONFIG });
    try {
      const second = await chatTurn(restarted, p.who, p.thread, "more");
      expect(second.tools).toEqual(["show_more"]);
      expect(second.text).toContain(`Questions 6–10 of ${total}`);
      const page2 = listed(second);
      expect(page2).toHaveLength(5);
      expect(page2.map((i) => i.id)).not.toEqual(expect.arrayContaining(page1.map((i) => i.id)));
      for (const q of page2) expect(page1.map((i) => i.id)).not.toContain(q.id);

      const saved = await chatTurn(restarted, p.who, p.thread, "bookmark the 7th");
      expect(saved.calls).toEqual([{ name: "bookmark_question", args: { questionId: page2[1]!.id } }]);
      const third = await chatTurn(restarted, p.who, p.thread, "show the rest");
      expect(third.tools).toEqual(["show_more"]);
      expect(third.text).toContain(`Questions 11–`);
    } finally {
      await restarted.close();
    }
  });

  it("a long list of applications pages too", async () => {
    const p = await bed.person();
    for (const company of ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Soylent"]) {
      const added = await p.say(`I applied to ${company} for the data analyst role yesterday`);
      expect(added.tools).toEqual(["add_application"]);
    }
    const list = await p.say("show my applications");
    expect(list.tools).toEqual(["list_applications"]);
    expect(list.text).toMatch(/You have 7 applications\. Here are 5 of 7; 2 more: say "more" for the next\./);
    expect(listed(list)).toHaveLength(5);
    const more = await p.say("next page");
    expect(more.tools).toEqual(["show_more"]);
    expect(more.text).toContain("Applications 6–7 of 7 — that's all of them.");
    expect(listed(more)).toHaveLength(2);
    const done = await p.say("more");
    expect(done.tools).toEqual(["show_more"]);
    expect(done.text).toMatch(/That was all 7/);
  });
});
