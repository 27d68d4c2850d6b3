/**
 * Issue 12: every long list the chat shows goes a page at a time through one paging service
 * (agent/tools/list-pages.ts): skills, reminders, gaps, applications, bookmarks and interview
 * questions show their first page, say how many more there are, offer "Show more" as a quick
 * reply that works when tapped, and "more" / "page 2" / "show all" (also "más", "la suite",
 * "weiter", "mais", "aur dikhao") go on with the list in focus, after a restart too.
 * Before: skills showed all at once, reminders stopped at 20 with no way on, the gap list
 * stopped at 10, and "more" after any of them was not understood.
 */
import { expect, it, vi } from "vitest";
import { createConversation } from "../../agent/conversation/converse.ts";
import {
  type ChatTurn,
  chatTurn,
  OFFLINE_CONFIG,
  offlineChatBed,
  quickReplies,
  textAttachment,
} from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

// Written for this test: an office manager who lists many tools.
const OFFICE = `Marta Quintero
marta.q@example.net | Tucson, AZ

EXPERIENCE
Office Manager, Saguaro Dental Group, Tucson — 2018 to Present
- Ran scheduling, billing and supplies for a four-chair practice

SKILLS
Excel, PowerPoint, Outlook, QuickBooks, Salesforce, HubSpot, Zendesk, Jira, Trello, Asana, Tableau, SQL, Photoshop`;

// A posting written for this test, asking for far more than the person has.
const POSTING = `Senior Data Platform Engineer — Larkspur Logistics (Denver, hybrid)

We are hiring a data platform engineer to own our streaming and batch pipelines.

Requirements:
- 5+ years of Python and Scala
- Apache Kafka, Apache Spark and Apache Flink in production
- Airflow, dbt and Snowflake
- Docker, Kubernetes and Terraform on AWS
- Java or Go for services
- PostgreSQL and Redis
- CI/CD with GitHub Actions, Linux administration
- Experience with Prometheus and Grafana monitoring`;

vi.setConfig({ testTimeout: 240_000 });

const listed = (turn: ChatTurn): unknown[] =>
  turn.parts.flatMap((p): unknown[] => (p.type === "list" ? p.items : p.type === "gapList" ? p.gaps : []));
const moreChip = (turn: ChatTurn) => quickReplies(turn).find((o) => o.id === "show_more");

describeEachDatabase("long lists a page at a time", (getDb) => {
  const bed = offlineChatBed(getDb, "paging");

  it("skills: the first 10, how many more, a 'Show more' chip that works when tapped, and after a restart", async () => {
    const p = await bed.person(textAttachment("marta.txt", OFFICE));
    const first = await p.say("show my skills");
    expect(first.tools).toEqual(["show_skills"]);
    const total = Number(first.text.match(/skills \((\d+)\)/)?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(listed(first)).toHaveLength(10);
    expect(first.text).toContain(`Showing the first 10; ${total - 10} more: say "more" for the next.`);
    const chip = moreChip(first);
    expect(chip?.text).toBe("show more");

    // Another instance of the service (a restart): where the list stands comes from the checkpoint.
    const restarted = await createConversation({ db: getDb(), config: OFFLINE_CONFIG });
    try {
      const tapped = await chatTurn(restarted, p.who, p.thread, chip!.text);
      expect(tapped.tools).toEqual(["show_more"]);
      expect(tapped.text).toContain(`Skills 11–${total} of ${total} — that's all of them.`);
      expect(listed(tapped)).toHaveLength(total - 10);
      for (const item of listed(tapped)) expect(listed(first)).not.toContainEqual(item);
      expect(moreChip(tapped)).toBeUndefined();
      const again = await chatTurn(restarted, p.who, p.thread, "page 1");
      expect(again.text).toContain(`Skills 1–10 of ${total}`);
      const french = await chatTurn(restarted, p.who, p.thread, "la suite");
      expect(french.tools).toEqual(["show_more"]);
      expect(french.text).toContain(`Skills 11–${total} of ${total}`);
    } finally {
      await restarted.close();
    }
  });

  it("the profile view shows the first page of skills too, and 'more' goes on with them", async () => {
    const p = await bed.person(textAttachment("marta.txt", OFFICE));
    const profile = await p.say("show my profile");
    expect(profile.tools).toEqual(["show_profile"]);
    const skillsCard = profile.parts.find((x) => x.type === "list" && /^Your skills/.test(x.title ?? ""));
    const total = Number((skillsCard as { title: string }).title.match(/\((\d+)\)/)?.[1]);
    expect(total).toBeGreaterThan(10);
    expect((skillsCard as { items: unknown[] }).items).toHaveLength(10);
    expect(profile.text).toContain(
      `Skills: the first 10 shown; ${total - 10} more: say "more" for the next.`,
    );
    expect(moreChip(profile)?.text).toBe("show more");
    const more = await p.say("more");
    expect(more.tools).toEqual(["show_more"]);
    expect(more.text).toContain(`Skills 11–${total} of ${total}`);
  });

  it("reminders and applications: 'weiter', 'page 2', 'show all'", async () => {
    const p = await bed.person();
    const companies = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Soylent"];
    for (const company of companies) {
      const added = await p.say(`I applied to ${company} for the data analyst role today`);
      expect(added.tools).toEqual(["add_application"]);
    }
    const reminders = await p.say("any reminders?");
    expect(reminders.tools).toEqual(["list_reminders"]);
    expect(reminders.text).toMatch(
      /You have 7 reminders;.* Showing the first 5; 2 more: say "more" for the next\./,
    );
    expect(listed(reminders)).toHaveLength(5);
    expect(moreChip(reminders)?.text).toBe("show more");
    // The reminders' own chips stay beside it.
    expect(quickReplies(reminders).map((o) => o.id)).toEqual(expect.arrayContaining(["move", "stop"]));
    const german = await p.say("weiter");
    expect(german.tools).toEqual(["show_more"]);
    expect(german.text).toContain("Reminders 6–7 of 7 — that's all of them.");
    expect(listed(german)).toHaveLength(2);

    const apps = await p.say("show my applications");
    expect(apps.text).toContain('Here are 5 of 7; 2 more: say "more" for the next.');
    const second = await p.say("page 2");
    expect(second.calls).toEqual([{ name: "show_more", args: { page: 2 } }]);
    expect(second.text).toContain("Applications 6–7 of 7 — that's all of them.");
    const all = await p.say("show all");
    expect(all.calls).toEqual([{ name: "show_more", args: { all: true } }]);
    expect(all.text).toContain("Applications 1–7 of 7 — that's all of them.");
    expect(listed(all)).toHaveLength(7);
    const none = await p.say("page 5");
    expect(none.text).toMatch(/There is no page 5: the list has 7 items/);
  });

  it("gaps: an analysis with more than ten says how many more, and 'más' shows them", async () => {
    const p = await bed.person(textAttachment("marta.txt", OFFICE));
    const target = await p.say(POSTING);
    expect(target.tools).toContain("set_dream_job");
    const fit = await p.say("am I a fit?");
    expect(fit.tools).toEqual(["analyze_fit"]);
    const count = fit.text.match(/The list shows 10 of (\d+) gaps; (\d+) more: say "more" for the next\./);
    expect(count).not.toBeNull();
    const total = Number(count![1]);
    expect(listed(fit)).toHaveLength(10);
    expect(moreChip(fit)?.text).toBe("show more");
    const spanish = await p.say("más");
    expect(spanish.tools).toEqual(["show_more"]);
    expect(spanish.text).toContain(`Gaps 11–${Math.min(total, 20)} of ${total}`);
    const gaps = listed(spanish) as { priority: number }[];
    expect(gaps.length).toBe(Math.min(total, 20) - 10);
    for (const g of gaps) expect(g.priority).toBeGreaterThan(10);
  });

  // Trial: "give me 3 sql interview questions" showed five.
  it("a count asked for is the first page's size, and 'more' goes on after it", async () => {
    const p = await bed.person();
    const three = await p.say("give me 3 sql interview questions");
    expect(three.tools).toEqual(["search_questions"]);
    expect(listed(three)).toHaveLength(3);
    expect(three.text).toMatch(/Here are 3 of (\d+) questions/);
    const more = await p.say("more");
    expect(more.tools).toEqual(["show_more"]);
    expect(more.text).toMatch(/Questions 4–8 of \d+/);
  });

  it("bookmarks: 'mais' goes on; search results: 'aur dikhao' and 'página 2'", async () => {
    const p = await bed.person();
    const search = await p.say("interview questions for a data engineer");
    expect(search.tools).toEqual(["search_questions"]);
    expect(search.text).toMatch(/5 of (\d+) questions.* (\d+) more: say "more" for the next/);
    const hindi = await p.say("aur dikhao");
    expect(hindi.tools).toEqual(["show_more"]);
    expect(hindi.text).toMatch(/Questions 6–10 of \d+/);
    const portuguese = await p.say("página 3");
    expect(portuguese.calls).toEqual([{ name: "show_more", args: { page: 3 } }]);
    expect(portuguese.text).toMatch(/Questions 11–15 of \d+/);
    for (const n of ["1st", "2nd", "3rd", "4th", "5th", "11th"]) {
      const saved = await p.say(`bookmark the ${n}`);
      expect(saved.tools).toEqual(["bookmark_question"]);
    }
    const bookmarks = await p.say("show my bookmarks");
    expect(bookmarks.tools).toEqual(["list_bookmarks"]);
    expect(bookmarks.text).toMatch(/You have 6 bookmarked questions\. 1 more: say "more" for the next/);
    expect(listed(bookmarks)).toHaveLength(5);
    const more = await p.say("mais");
    expect(more.tools).toEqual(["show_more"]);
    expect(more.text).toContain("Questions 6–6 of 6 — that's all of them.");
  });
});
