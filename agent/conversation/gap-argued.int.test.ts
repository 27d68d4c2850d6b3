/**
 * "why is X a gap?? I've used Y a ton" through the real conversation on the offline planner
 * (issue 12, chat12q). Before, the claim was read as new context and the analysis ran again
 * unasked. Now Y is recorded, the gap is explained against it from the skill data (why Y did
 * not count as X), and the analysis runs again only when the person asks.
 */
import { expect, it, vi } from "vitest";
import { createAnalysesRepository } from "../../data/repositories/analyses.ts";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { offlineChatBed, quickReplies, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 240_000 });

// A resume written for this test: a backend developer with no container or cloud work on it.
const RESUME = `Tomasz Nowicki
Columbus, OH · tomasz.n@example.net

EXPERIENCE
Backend Developer — Riverbend Logistics, Columbus, OH
2019 - 2025
- Wrote REST services in Python and Flask for shipment tracking
- Kept PostgreSQL schemas and slow queries in shape

SKILLS
Python, Flask, PostgreSQL, Git, Linux

EDUCATION
B.S. Computer Science, Ohio State University, 2019
`;

describeEachDatabase('"why is X a gap? I\'ve used Y" (chat12q)', (getDb) => {
  const bed = offlineChatBed(getDb, "chat12q-gap");
  const facts = async (who: { channel: string; externalId: string }) => {
    const user = await createUsersRepository(getDb()).resolveIdentity(who);
    const analyses = await createAnalysesRepository(getDb()).listAnalyses(user.id);
    const profile = await createProfileRepository(getDb()).load(user.id);
    return { analyses: analyses.length, skills: profile.skills.map((s) => s.name) };
  };

  it("records the skill claimed and explains the gap against it, without re-running the analysis", async () => {
    const p = await bed.person(textAttachment("resume.txt", RESUME));
    const fit = await p.say("am I a fit for a devops engineer?");
    expect(fit.tools).toContain("analyze_fit");
    const before = await facts(p.who);
    expect(before.skills).not.toContain("Docker");

    const argued = await p.say("why is kubernetes a gap?? i've used docker a ton");
    expect(argued.tools).toEqual(["add_skill", "explain_gap"]);
    expect(argued.calls[1]!.args).toMatchObject({ skill: "kubernetes", claimed: "docker" });
    expect(argued.text).toMatch(/Kubernetes is a gap/);
    // Why Docker did not count as Kubernetes, from the skill data, and that nothing was re-run.
    expect(argued.text).toMatch(/Docker is related to Kubernetes[^.]*part credit/);
    expect(argued.text).toMatch(/re-run the analysis/);
    expect(quickReplies(argued).map((q) => q.text)).toEqual(["re-run the analysis"]);
    const after = await facts(p.who);
    expect(after.analyses).toBe(before.analyses);
    expect(after.skills).toContain("Docker");
  });

  it("re-runs when the claim asks for it", async () => {
    const p = await bed.person(textAttachment("resume.txt", RESUME));
    await p.say("am I a fit for a devops engineer?");
    const asked = await p.say("why is kubernetes a gap? i've used docker a ton, rerun it");
    expect(asked.tools).toContain("reanalyze");
  });
});
