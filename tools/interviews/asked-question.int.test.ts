/**
 * The questions people name by heart, found by meaning in the field-neutral set (asked-question.ts),
 * and nothing for a question the bank lacks.
 */
import { beforeAll, expect, it } from "vitest";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { askedQuestion } from "./asked-question.ts";
import type { Asker } from "./bookmarks.ts";
import { createInterviewContext, type InterviewContext } from "./context.ts";

const NAMED: [string, string][] = [
  ["why I want to leave my job", "gen-023"],
  ["why are u quitting your current position", "gen-023"],
  ["what's your biggest weakness", "gen-024"],
  ["my weaknesses", "gen-024"],
  ["why should we hire you", "gen-025"],
  ["salary expectations", "gen-026"],
  ["what kind of pay I'm expecting", "gen-026"],
  ["the gap in my cv", "gen-027"],
  ["why I'm switching careers", "gen-028"],
  ["do you have any questions for us", "gen-029"],
  ["tell me about yourself", "gen-001"],
  ["where do you see yourself in five years", "gen-020"],
  ["why I got let go from my last job", "gen-023"],
  ["what I'd bring to the team", "gen-010"],
];

/** Topics the field-neutral set has no question on. */
const LACKED = [
  "how a hash map handles collisions",
  "questions about sql joins",
  "the star method",
  "behavioral questions",
];

describeEachDatabase("a question named by heart", (getDb) => {
  let ic: InterviewContext;
  let asker: Asker;

  beforeAll(async () => {
    ic = createInterviewContext(getDb());
    await ic.ready();
    const user = await createUsersRepository(getDb()).createUser({ displayName: "Named" });
    asker = await ic.asker(user.id);
  });

  it.each(NAMED)("%s -> %s", async (asked, id) => {
    expect((await askedQuestion(ic, asker, asked))?.id).toBe(id);
  });

  it.each(LACKED)("finds nothing for %s", async (asked) => {
    expect(await askedQuestion(ic, asker, asked)).toBeUndefined();
  });
});
