/**
 * Issue 12 items 7 and 8 through the real conversation (offline planner, checkpointed
 * state, PGlite and PostgreSQL): "bookmark it / that one / the 2nd" on the question in
 * focus or the last list, "show my bookmarks" lists them; a stated salary, location,
 * remote wish or work value is stored on the profile and moves the next analysis.
 */
import { beforeAll, expect, it } from "vitest";
import { loadConfig } from "../../config.ts";
import type { Identity, ListPart } from "../../contract/conversation.ts";
import { createAnalysesRepository } from "../../data/repositories/analyses.ts";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { chatTurn } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import type { Analysis } from "../../tools/gap/types.ts";
import { type Conversation, createConversation } from "./converse.ts";

const config = loadConfig({ MODEL_PROVIDER: "offline", LOG_LEVEL: "silent" });
// A job ad written for this test, with a pay range the expectation is compared with.
const AD = `Backend Engineer — Lindenhof Software, Berlin (hybrid)
We build booking systems for clinics.
Requirements
- 3+ years of Python
- Experience with PostgreSQL and REST APIs
Salary: 60,000 - 70,000 EUR per year`;

const listOf = (parts: { type: string }[]) => parts.find((p) => p.type === "list") as ListPart | undefined;

describeEachDatabase("bookmarks and preferences in chat (issue 12)", (getDb) => {
  let c: Conversation;
  let n = 0;
  const person = () => {
    n++;
    const who: Identity = { channel: "test", externalId: `bp-${n}-${Date.now().toString(36)}` };
    const thread = `t-${n}`;
    return {
      who,
      say: (text: string) => chatTurn(c, who, thread, text),
      userId: async () => (await createUsersRepository(getDb()).resolveIdentity(who)).id,
    };
  };
  beforeAll(async () => {
    c = await createConversation({ db: getDb(), config });
  });

  it('"show my bookmarks" lists what "bookmark that one" and "bookmark the 2nd" saved', async () => {
    const p = person();
    const empty = await p.say("show my bookmarks");
    expect(empty.tools).toEqual(["list_bookmarks"]);
    expect(empty.text).toMatch(/no bookmarked questions/i);

    const found = await p.say("show me SQL interview questions");
    const shown = listOf(found.parts)!.items;
    expect(shown.length).toBeGreaterThanOrEqual(2);
    const first = await p.say("bookmark that one");
    expect(first.calls).toEqual([{ name: "bookmark_question", args: { questionId: shown[0]!.id } }]);
    expect(first.text).toContain(shown[0]!.text.slice(0, 40));
    const second = await p.say("bookmark the 2nd");
    expect(second.calls[0]!.args.questionId).toBe(shown[1]!.id);

    const mine = await p.say("show my bookmarks");
    expect(mine.tools).toEqual(["list_bookmarks"]);
    expect(mine.text).toMatch(/2 bookmarked questions/);
    expect(
      listOf(mine.parts)!
        .items.map((i) => i.id)
        .sort(),
    ).toEqual([shown[0]!.id, shown[1]!.id].sort());
    // The list is a list like any other: "bookmark it" again says it is already saved.
    expect((await p.say("bookmark the first one")).text).toMatch(/already in your bookmarks/i);
  });

  // Trial (lead26): "remove the first one" under "Your bookmarked questions" asked "Which application?".
  it('"remove the first one" right after the bookmarks list takes that question out of the bookmarks', async () => {
    const p = person();
    const found = await p.say("show me SQL interview questions");
    const shown = listOf(found.parts)!.items;
    await p.say("bookmark the 1st");
    await p.say("bookmark the 2nd");
    const mine = await p.say("show my saved questions");
    const saved = listOf(mine.parts)!.items.map((i) => i.id);
    expect(saved).toHaveLength(2);
    const removed = await p.say("remove the first one");
    expect(removed.calls).toEqual([{ name: "remove_bookmark", args: { questionId: saved[0] } }]);
    const after = await p.say("show my bookmarks");
    expect(listOf(after.parts)!.items.map((i) => i.id)).toEqual([saved[1]]);
    expect([shown[0]!.id, shown[1]!.id]).toContain(saved[1]);
  });

  // Trial: "quiz me on the bookmarked ones" bookmarked again instead of practising them.
  it('"quiz me on my bookmarked ones" practises a bookmarked question; with none it says how to keep one', async () => {
    const p = person();
    const none = await p.say("quiz me on my bookmarked ones");
    expect(none.calls).toEqual([{ name: "practice_question", args: { bookmarked: true } }]);
    expect(none.text).toMatch(/no bookmarked questions yet/i);
    const found = await p.say("show me SQL interview questions");
    const shown = listOf(found.parts)!.items;
    await p.say("bookmark the 3rd");
    await p.say("show me behavioral interview questions");
    const quiz = await p.say("quiz me on the bookmarked ones");
    expect(quiz.tools).toEqual(["practice_question"]);
    expect(quiz.text).toContain(shown[2]!.text.slice(0, 40));
  });

  it('"bookmark it" during a quiz saves the question on the table', async () => {
    const p = person();
    const q = await p.say("quiz me");
    expect(q.tools).toEqual(["practice_question"]);
    const r = await p.say("bookmark it");
    expect(r.tools).toEqual(["bookmark_question"]);
    expect((await p.say("what questions did i bookmark?")).text).toMatch(/1 bookmarked question\b/);
  });

  it('"My salary expectation is at least 90000 EUR" is stored, with location, remote and values', async () => {
    const p = person();
    const salary = await p.say("My salary expectation is at least 90000 EUR");
    expect(salary.calls).toEqual([
      { name: "set_preferences", args: { salaryMin: 90000, salaryCurrency: "EUR", salaryPeriod: "year" } },
    ]);
    expect(salary.text).toMatch(/90,000 EUR a year/);
    expect((await p.say("I only want remote jobs")).calls[0]).toMatchObject({ args: { remote: "remote" } });
    await p.say("I'd relocate to Berlin for the right job");
    await p.say("I care about mentoring and a small team");

    const stored = (await createProfileRepository(getDb()).load(await p.userId())).preferences;
    expect(stored).toMatchObject({
      salaryMin: 90000,
      salaryCurrency: "EUR",
      salaryPeriod: "year",
      remote: "remote",
      relocate: true,
      desiredLocation: "Berlin",
    });
    expect(stored.values).toEqual(expect.arrayContaining(["mentoring", "small team"]));
  });

  it("a preference with nothing to store is asked for and saves nothing", async () => {
    const p = person();
    const r = await p.say("update my salary expectation");
    expect(r.tools).toEqual([]);
    expect(r.text).toMatch(/at least 90000 EUR a year/);
    expect((await createProfileRepository(getDb()).load(await p.userId())).preferences).toEqual({});
  });

  it("after an analysis, a salary expectation is stored and the analysis re-run scores salary with it", async () => {
    const p = person();
    await p.say("add Python as an advanced skill");
    // A real ad with a pay range: a described role's pay is the person's own words, scored
    // against ads only (issue 13).
    await p.say(AD);
    expect((await p.say("am I a fit?")).tools).toEqual(["analyze_fit"]);
    const before = await createAnalysesRepository(getDb()).latestAnalysis<Analysis>(await p.userId());
    expect(before!.result.scoreDetails.salary.enoughData).toBe(false);

    // One rerun stores the expectation (the same preference service) and says what it noted.
    const r = await p.say("My salary expectation is at least 90000 EUR");
    expect(r.tools).toEqual(["reanalyze"]);
    expect(r.text).toMatch(/noted pay: at least 90,000 EUR/i);
    expect((await createProfileRepository(getDb()).load(await p.userId())).preferences).toMatchObject({
      salaryMin: 90000,
      salaryCurrency: "EUR",
    });
    const after = await createAnalysesRepository(getDb()).latestAnalysis<Analysis>(await p.userId());
    expect(after!.id).not.toBe(before!.id);
    expect(after!.result.scoreDetails.salary.enoughData).toBe(true);
    expect(after!.result.scoreDetails.salary.explanation).toMatch(/90,000/);
  });

  it('"remove the first one from my bookmarks" removes it through the bookmarks service (left from issue 12)', async () => {
    const p = person();
    const found = await p.say("show me SQL interview questions");
    const shown = listOf(found.parts)!.items;
    await p.say("bookmark that one");
    await p.say("bookmark the 2nd");
    const mine = await p.say("show my bookmarks");
    const saved = listOf(mine.parts)!.items;
    expect(saved).toHaveLength(2);

    const r = await p.say("remove the first one from my bookmarks");
    expect(r.calls).toEqual([{ name: "remove_bookmark", args: { questionId: saved[0]!.id } }]);
    expect(r.text).toMatch(/Removed from your bookmarks/);
    // The same one again: a clear message, nothing else removed.
    const again = await p.say("remove the first one from my bookmarks");
    expect(again.text).toMatch(/not in your bookmarks/i);
    const after = await p.say("show my bookmarks");
    expect(after.text).toMatch(/1 bookmarked question\b/);
    expect(listOf(after.parts)!.items.map((i) => i.id)).toEqual([saved[1]!.id]);
    expect(shown.map((i) => i.id)).toContain(saved[1]!.id);
  });

  it('"I value learning" stores a work value and starts no roadmap', async () => {
    const p = person();
    const r = await p.say("I value learning");
    expect(r.calls).toEqual([{ name: "set_preferences", args: { values: ["learning"] } }]);
    const stored = (await createProfileRepository(getDb()).load(await p.userId())).preferences;
    expect(stored.values).toEqual(["learning"]);
  });

  it('"I\'m based in Berlin" stores the location and leaves the dream job alone', async () => {
    const p = person();
    const r = await p.say("I'm based in Berlin");
    expect(r.calls).toEqual([{ name: "set_preferences", args: { desiredLocation: "Berlin" } }]);
    expect((await createProfileRepository(getDb()).load(await p.userId())).preferences).toEqual({
      desiredLocation: "Berlin",
    });
  });

  it('"rerun it with that" after a stated expectation runs the analysis again (was: asked back)', async () => {
    const p = person();
    await p.say("add Python as an advanced skill");
    await p.say(AD);
    await p.say("am I a fit?");
    await p.say("I'm expecting around 85k EUR");
    const repo = createAnalysesRepository(getDb());
    const before = await repo.latestAnalysis<Analysis>(await p.userId());

    const r = await p.say("rerun it with that");
    expect(r.calls).toEqual([{ name: "reanalyze", args: {} }]);
    expect(r.text).toMatch(/^Re-ran the analysis with what is stored now: (FIT|UNFIT), readiness/);
    const after = await repo.latestAnalysis<Analysis>(await p.userId());
    expect(after!.id).not.toBe(before!.id);
    expect(after!.result.scoreDetails.salary.explanation).toMatch(/85,000/);
  });
});
