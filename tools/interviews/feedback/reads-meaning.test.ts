/**
 * Trial 2026-12-06 F13: a full STAR story told without the textbook cue phrases ("as a result",
 * "my task was") scored 34/100 with "Missing: the source of the pressure" and "Missing: the
 * result" while both were in it; a reasonable system-design answer was told to "tell a story".
 * Answers written for this test (good, partial, off-topic), none taken from a dev set.
 */
import { describe, expect, it } from "vitest";
import { createOfflineEmbedder } from "../../../data/embeddings/offline-embedder.ts";
import { loadQuestionBank } from "../../../data/questions/load.ts";
import { giveFeedback } from "./feedback.ts";
import { analyzeStar } from "./star.ts";

const bank = loadQuestionBank().questions;
const question = (id: string) => bank.find((q) => q.id === id)!;
const embedder = createOfflineEmbedder();
const PRESSURE = "gen-007";

// A pharmacy technician's story: the setting, what she did, how it ended, in plain words.
const STORY = `It was the Monday after a long weekend and the pharmacy had forty prescriptions waiting, two of us on shift and
the phone ringing nonstop because the system had been down all morning. I sorted the queue by who was still waiting in the store,
told the others honestly how long they would wait, and asked my colleague to take the phone so I could keep filling. When a
doctor's office called to say one dose was wrong I double-checked it against the chart before anything went out. By closing
every prescription was filled, nobody left without their medicine, and my manager asked me to write the steps down for the next outage.
I learned that staying calm is mostly about deciding what comes first.`;

// Only what she did: no setting, no ending.
const PARTIAL = `I sorted the prescriptions by urgency and asked a colleague to take the phone calls. I double-checked the doses.`;

const OFF_TOPIC = `My favourite programming language is Python because the syntax is clean and there are libraries for everything,
from web servers to statistics, and the community writes good documentation.`;

const PAYMENTS = `I would put the checkout API behind a load balancer and keep it stateless so it scales out. Each payment request
carries a unique key from the client, and the service stores it, so when the network retries the same request the customer is
not charged a second time. A payment moves through states like pending, authorised, captured or failed, and the provider's
webhooks update that status. Every movement of money is written to a ledger table as a debit and a credit, and a nightly job
matches it against the provider's settlement report. Card numbers never touch our servers: the provider's hosted form turns them
into tokens.`;

const UNRELATED_DESIGN = `I like to start each sprint with a planning meeting and a retrospective at the end, and I keep a
personal to-do list so nothing is forgotten during the week.`;

describe("feedback reads what an answer means", () => {
  it("credits the situation, action and result a plain-worded story contains", async () => {
    const star = analyzeStar(STORY);
    expect(star.parts.situation.present).toBe(true);
    expect(star.parts.action.present).toBe(true);
    expect(star.parts.result.present).toBe(true);
    const f = await giveFeedback(question(PRESSURE), STORY, { embedder });
    const missing = f.keyPoints.points.filter((p) => p.coverage === "missing").map((p) => p.point);
    expect(missing).not.toContain("The source of the pressure");
    expect(missing).not.toContain("The result and what you learned about yourself");
    expect(f.improvements.join(" ")).not.toMatch(/Open with the situation|Finish with the result/);
    expect(f.score).toBeGreaterThanOrEqual(65);
  });

  it("a story of actions only is told what it lacks and scores below the full one", async () => {
    const full = await giveFeedback(question(PRESSURE), STORY, { embedder });
    const partial = await giveFeedback(question(PRESSURE), PARTIAL, { embedder });
    expect(partial.star!.parts.action.present).toBe(true);
    expect(partial.star!.parts.result.present).toBe(false);
    expect(partial.score).toBeLessThan(full.score - 20);
    const off = await giveFeedback(question(PRESSURE), OFF_TOPIC, { embedder });
    expect(off.score).toBeLessThan(15);
    expect(off.improvements[0]).toMatch(/different question/);
  });

  it("a system-design answer is scored on its design and never told to tell a story", async () => {
    const good = await giveFeedback(question("be-018"), PAYMENTS, { embedder });
    expect(good.score).toBeGreaterThanOrEqual(60);
    expect(good.improvements.join(" ")).not.toMatch(/story/i);
    const off = await giveFeedback(question("be-018"), UNRELATED_DESIGN, { embedder });
    expect(off.score).toBeLessThan(15);
    expect(off.improvements.join(" ")).not.toMatch(/story/i);
    expect(off.improvements[0]).toMatch(/different question/);
  });
});
