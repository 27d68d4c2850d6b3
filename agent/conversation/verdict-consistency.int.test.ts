/**
 * Issue 13, a contradiction found by trying the chat as a new user would: three skills said
 * in a message, a dream role, then "am I a fit?" answered FIT at readiness 25/100 with five
 * gaps listed. The verdict and readiness must tell one story: a profile that only lists a few
 * of the role's skills, with nothing behind them, is not called a fit.
 */
import { beforeAll, expect, it } from "vitest";
import { loadConfig } from "../../config.ts";
import type { Identity } from "../../contract/conversation.ts";
import { chatTurn } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { type Conversation, createConversation } from "./converse.ts";

const config = loadConfig({ MODEL_PROVIDER: "offline", LOG_LEVEL: "silent" });

describeEachDatabase("the verdict agrees with readiness in the chat (issue 13)", (getDb) => {
  let c: Conversation;

  beforeAll(async () => {
    c = await createConversation({ db: getDb(), config });
  });

  it('"I know Python, SQL and Tableau" + "I want to be a data analyst" + "am I a fit?" is not FIT at low readiness', async () => {
    const who: Identity = { channel: "test", externalId: `verdict-${Date.now().toString(36)}` };
    const say = (text: string) => chatTurn(c, who, "t-verdict", text);
    await say("I know Python, SQL and Tableau");
    await say("I want to be a data analyst");
    const r = await say("am I a fit?");
    expect(r.tools).toEqual(expect.arrayContaining(["analyze_fit"]));
    const readiness = Number(/readiness (\d+)/i.exec(r.text)?.[1]);
    // Below 40 against O*NET's technology list; SQL and Tableau meet two of the data analyst's
    // core asks since 2026-12-04 (role cores), so readiness is 40-ish and the verdict still UNFIT.
    expect(readiness).toBeLessThan(50);
    // It said "You're a FIT for Business Intelligence Analyst — readiness 19/100" with the
    // required gaps listed right after.
    expect(r.text).not.toMatch(/a FIT for/);
    const card = r.parts.find((p) => p.type === "scoreCard");
    expect(card).toMatchObject({ verdict: "UNFIT" });
  });
});
