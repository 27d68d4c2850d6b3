/**
 * Word sense in question search (issue 12): "warehouse safety" found the data-warehouse
 * questions (the offline embedder's n-grams match "warehouse"), a person's unbanked field
 * was named back instead of the topic they asked about, and a found topic was never said
 * back ("instructional design" answered "here are 5 questions for Science Teacher").
 */
import { beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "../../test-support/db.ts";
import { createInterviewContext, type InterviewContext } from "./context.ts";
import { searchQuestions } from "./search.ts";
import { findQuestions } from "./service.ts";

describeEachDatabase("question search: word sense and the person's field", (getDb) => {
  let ic: InterviewContext;
  const asker = { userId: "", organizationId: null };

  beforeAll(async () => {
    ic = createInterviewContext(getDb());
    await ic.ready();
  }, 240_000);

  it("a warehouse floor's safety is not the data warehouse", async () => {
    // The bank has a logistics set now (trial 2026-12-06 F13): the floor's safety question comes first.
    const hits = await searchQuestions(ic, { query: "show me interview questions about warehouse safety" });
    expect(hits[0]?.question.role).toBe("logistics-supply-chain");
  });

  it("the data warehouse itself is still found", async () => {
    const hits = await searchQuestions(ic, {
      query: "how do I model facts and dimensions in a data warehouse",
    });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.slice(0, 3).some((h) => /warehouse|dimension/i.test(h.question.text))).toBe(true);
  });

  it("names the asked topic, not the person's unbanked field, when the bank lacks it", async () => {
    const found = await findQuestions(ic, asker, { query: "hive inspection", role: "Beekeeper" });
    expect(found.questions).toEqual([]);
    expect(found.missingTopic).toBe("hive inspection");
  });

  it("says back the topic it found questions for", async () => {
    const found = await findQuestions(ic, asker, { query: "questions on race conditions between threads" });
    expect(found.questions.length).toBeGreaterThan(0);
    expect(found.topic).toBe("race conditions between threads");
  });
});
