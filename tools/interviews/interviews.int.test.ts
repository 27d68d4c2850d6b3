import { beforeAll, expect, it } from "vitest";
import { createOfflineEmbedder } from "../../data/embeddings/offline-embedder.ts";
import { readEmbeddingSpace, syncQuestionVectors } from "../../data/repositories/question-embeddings.ts";
import { createQuestionsRepository } from "../../data/repositories/questions.ts";
import { createUsersRepository, type User } from "../../data/repositories/users.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { bookmarkQuestion, listBookmarks, removeBookmark } from "./bookmarks.ts";
import { createInterviewContext, type InterviewContext } from "./context.ts";
import { gapSkillsFromAnalysis, questionsForGaps } from "./gaps.ts";
import { importQuestions } from "./import/import-questions.ts";
import { pickPracticeQuestion, practiceHistory, submitPracticeAnswer } from "./practice.ts";
import { searchQuestions } from "./search.ts";

const CSV = `question,role,type,difficulty,skills,key_points
How do you welcome a first-year student who is anxious about choosing a major?,career advisor,behavioral,easy,communication,Listen first|Normalise uncertainty|Agree one next step
How would you run a mock interview day for 200 students with five advisors?,career advisor,case,hard,project management,Schedule and rooms|Interviewer briefing|Feedback forms
A student asks you to rewrite their resume for them. What do you do?,career advisor,situational,medium,,Coach rather than write|Show examples|Agree a deadline
Too short,career advisor,quiz,easy,,x
`;

describeEachDatabase("interview questions", (getDb, kind) => {
  let ic: InterviewContext;
  let alice: User;
  let bob: User;
  let staff: User;

  beforeAll(async () => {
    ic = createInterviewContext(getDb());
    const report = await ic.ready();
    expect(report.bankQuestionsWritten).toBeGreaterThanOrEqual(400);
    const users = createUsersRepository(getDb());
    alice = await users.createUser({ displayName: "Alice" });
    bob = await users.createUser({ displayName: "Bob" });
    staff = await users.createUser({ displayName: "Staff", organization: `center-${kind}` });
    await getDb().query("UPDATE users SET role = 'advisor' WHERE id = $1", [staff.id]);
  });

  it("loads the bank once: a second start-up does nothing", async () => {
    const again = await ic.ready();
    expect(again).toMatchObject({ bankQuestionsWritten: 0, reembedded: 0, indexRebuilt: false });
    expect(await ic.questions.count()).toBeGreaterThanOrEqual(400);
    const { rows } = await getDb().query<{ indexdef: string }>(
      "SELECT indexdef FROM pg_indexes WHERE indexname = 'interview_questions_hnsw'",
    );
    expect(rows[0]!.indexdef).toMatch(/hnsw \(embedding vector_cosine_ops\)/);
  });

  it("finds questions by meaning for requests phrased in everyday words", async () => {
    const hits = await searchQuestions(ic, { query: "my container keeps restarting in k8s", limit: 5 });
    expect(hits.map((h) => h.question.id)).toContain("ops-002");
    // Floor 0: ranking alone. The learned "bank has the topic" decision finds this short request
    // too far from every question (nearest 0.28) and says the bank lacks it, its measured cost
    // (evals/data/retrieval: in-bank test queries left with nothing, 0.07; see topic-model.ts).
    const nurse = await searchQuestions(ic, { query: "giving meds safely", limit: 5, floor: 0 });
    expect(nurse[0]!.question.role).toBe("nursing");
  });

  it("refuses an absurdly long search text and lists questions for an empty one", async () => {
    await expect(searchQuestions(ic, { query: "x".repeat(5000) })).rejects.toMatchObject({
      code: "validation",
    });
    const listed = await searchQuestions(ic, { query: "  ", filters: { role: "teaching" }, limit: 3 });
    expect(listed.map((h) => h.question.role)).toEqual(["teaching", "teaching", "teaching"]);
  });

  it("applies role, skill, difficulty and type filters", async () => {
    const hits = await searchQuestions(ic, {
      query: "handling conflict",
      filters: { role: "project-manager", type: "behavioral", difficulty: "medium" },
      limit: 20,
    });
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits)
      expect(h.question).toMatchObject({ role: "project-manager", type: "behavioral", difficulty: "medium" });
    const sql = await searchQuestions(ic, { query: "joins", filters: { skill: "sql" }, limit: 10 });
    expect(sql.length).toBeGreaterThan(3);
    for (const h of sql) expect(h.question.skills).toContain("sql");
  });

  it("imports a career center's bank: bad rows reported, good rows searchable at once, only for that center", async () => {
    const target = await ic.importTarget(staff.id);
    const deps = {
      embedder: ic.embedder,
      resolveSkill: ic.resolveSkill,
      existingTextKeys: ic.questions.existingTextKeys,
      saveAll: async (qs: Parameters<typeof ic.questions.upsert>[0], v: number[][], id: string) => {
        await getDb().transaction((tx) => createQuestionsRepository(tx).saveImported(qs, v, id));
      },
    };
    const report = await importQuestions(deps, {
      filename: "center.csv",
      content: Buffer.from(CSV),
      organizationId: target,
    });
    expect(report).toMatchObject({ rows: 4, imported: 3 });
    expect(report.rejected).toEqual([
      expect.objectContaining({
        row: 5,
        reasons: expect.arrayContaining([expect.stringMatching(/type "quiz"/)]),
      }),
    ]);

    const staffAsker = await ic.asker(staff.id);
    const found = await searchQuestions(ic, {
      query: "mock interviews for many students",
      filters: { organizationId: staffAsker.organizationId },
      limit: 3,
    });
    expect(found[0]!.question.source).toBe("import");
    const outsider = await searchQuestions(ic, {
      query: "mock interviews for many students",
      filters: { organizationId: (await ic.asker(alice.id)).organizationId },
      limit: 10,
    });
    expect(outsider.some((h) => h.question.source === "import")).toBe(false);

    const again = await importQuestions(deps, {
      filename: "center.csv",
      content: Buffer.from(CSV),
      organizationId: target,
    });
    expect(again.imported).toBe(0);
    expect(again.rejected.filter((r) => r.reasons.includes("already in the question bank"))).toHaveLength(3);
  });

  it("changes nothing when a file is refused", async () => {
    const before = await ic.questions.count({ organizationId: (await ic.asker(staff.id)).organizationId });
    const deps = {
      embedder: ic.embedder,
      resolveSkill: ic.resolveSkill,
      existingTextKeys: ic.questions.existingTextKeys,
      saveAll: async () => {
        throw new Error("must not be called");
      },
    };
    const org = (await ic.asker(staff.id)).organizationId;
    await expect(
      importQuestions(deps, {
        filename: "x.csv",
        content: Buffer.from("title,answer\na,b"),
        organizationId: org,
      }),
    ).rejects.toMatchObject({ code: "validation" });
    await expect(
      importQuestions(deps, {
        filename: "x.csv",
        content: Buffer.from([0x71, 0xe9, 0x0a]),
        organizationId: org,
      }),
    ).rejects.toMatchObject({ code: "corrupt_input" });
    expect(await ic.questions.count({ organizationId: org })).toBe(before);
  });

  it("lets only staff import into a career center's bank", async () => {
    const users = createUsersRepository(getDb());
    const student = await users.createUser({ displayName: "Student", organization: `center-${kind}` });
    await expect(ic.importTarget(student.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(ic.asker("00000000-0000-0000-0000-000000000000")).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("bookmarks per person; unknown and other organizations' questions are refused", async () => {
    const a = await ic.asker(alice.id);
    await bookmarkQuestion(ic, a, "swe-002");
    expect((await bookmarkQuestion(ic, a, "swe-002")).added).toBe(false);
    expect((await listBookmarks(ic, a)).map((q) => q.id)).toEqual(["swe-002"]);
    expect(await listBookmarks(ic, await ic.asker(bob.id))).toEqual([]);
    await expect(bookmarkQuestion(ic, a, "no-such-question")).rejects.toMatchObject({ code: "not_found" });
    const imported = (
      await ic.questions.list(
        { organizationId: (await ic.asker(staff.id)).organizationId, role: "career-advisor" },
        1,
      )
    )[0]!;
    await expect(bookmarkQuestion(ic, a, imported.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(removeBookmark(ic, await ic.asker(bob.id), "swe-002")).rejects.toMatchObject({
      code: "not_found",
    });
    await removeBookmark(ic, a, "swe-002");
    expect(await listBookmarks(ic, a)).toEqual([]);
  });

  it("practises: picks new questions first, gives feedback and keeps history per question", async () => {
    const b = await ic.asker(bob.id);
    const first = await pickPracticeQuestion(ic, b, {
      role: "devops-sre",
      type: "technical",
      difficulty: "medium",
    });
    expect(first).toMatchObject({ role: "devops-sre", type: "technical" });
    const r1 = await submitPracticeAnswer(ic, b, { questionId: "ops-002", answer: "I would restart it." });
    const r2 = await submitPracticeAnswer(ic, b, {
      questionId: "ops-002",
      answer:
        "First I run kubectl describe to read events and exit codes, then kubectl logs --previous for the last crash. " +
        "I check probes, memory limits and OOM kills, and the config and secrets the app needs at start-up.",
    });
    expect(r2.attemptNumber).toBe(2);
    expect(r2.previousBest).toBe(r1.feedback.score);
    expect(r2.feedback.score).toBeGreaterThan(r1.feedback.score);
    const history = await practiceHistory(ic, b, "ops-002");
    expect(history.map((h) => h.score)).toEqual([r2.feedback.score, r1.feedback.score]);
    expect(await practiceHistory(ic, await ic.asker(alice.id), "ops-002")).toEqual([]);
    // Only one medium technical DevOps question left unpractised? No: ops-002 is now practised, so never picked first.
    for (let i = 0; i < 5; i++) {
      const next = await pickPracticeQuestion(ic, b, {
        role: "devops-sre",
        type: "technical",
        difficulty: "medium",
      });
      expect(next.id).not.toBe("ops-002");
    }
  });

  it("finds questions for the gaps of the latest analysis, falling back to related ones", async () => {
    const gaps = gapSkillsFromAnalysis({
      gaps: [
        { skill: "kubernetes", priority: 2 },
        { skill: "statistics", priority: 1 },
        { skill: "figma", priority: 3 },
      ],
    });
    expect(gaps).toEqual(["statistics", "kubernetes", "figma"]);
    // The CLI and agent read them from the person's latest stored analysis.
    await getDb().query(
      `INSERT INTO analyses (user_id, verdict, readiness, confidence, result) VALUES ($1, 'UNFIT', 40, 0.8, $2::jsonb)`,
      [
        alice.id,
        JSON.stringify({
          gaps: [
            { skill: "kubernetes", priority: 2 },
            { skill: "statistics", priority: 1 },
            { skill: "figma", priority: 3 },
          ],
        }),
      ],
    );
    expect(gapSkillsFromAnalysis(await ic.questions.latestAnalysisResult(alice.id))).toEqual(gaps);
    expect(await ic.questions.latestAnalysisResult(bob.id)).toBeUndefined();
    const groups = await questionsForGaps(ic, { gapSkills: [...gaps, "unity"], perSkill: 2 });
    expect(groups.map((g) => g.skill)).toEqual(["statistics", "kubernetes", "figma", "unity"]);
    expect(groups[0]!.match).toBe("tagged");
    for (const q of groups[1]!.questions) expect(q.skills).toContain("kubernetes");
    expect(groups[3]!.match).not.toBe("tagged");
    const ids = groups.flatMap((g) => g.questions.map((q) => q.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("re-embeds every question and rebuilds the index when the embedder changes", async () => {
    const db = getDb();
    const other = createOfflineEmbedder({ ngram: { buckets: 256, minN: 3, maxN: 5, wordWeight: 1 } });
    const report = await syncQuestionVectors(db, other);
    expect(report.indexRebuilt).toBe(true);
    expect(report.reembedded).toBe(3); // the imported questions
    expect(await readEmbeddingSpace(db)).toMatchObject({ embedder: other.id, dimensions: 356 });
    const { rows } = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM interview_questions WHERE embedder IS DISTINCT FROM $1 OR vector_dims(embedding) <> 356",
      [other.id],
    );
    expect(rows[0]!.n).toBe(0);
    const hits = await searchQuestions(
      { ...ic, embedder: other },
      { query: "my container keeps restarting in k8s", limit: 5 },
    );
    expect(hits.map((h) => h.question.id)).toContain("ops-002");
    // And back to the default for any later test.
    expect((await ic.ready()).indexRebuilt).toBe(true);
  });
});
