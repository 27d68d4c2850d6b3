/**
 * Trial14 §8: "I have no questions for CSM in the bank yet", a Spanish request for a clinical
 * trials question (GCP, informed consent) got the general set, and a designer asking for one
 * "about fintech or payments" got an accessibility question. The bank has customer success,
 * clinical research, portfolio and payments-design questions now, found by search through the
 * stored embeddings (PostgreSQL + pgvector, and PGlite). Requests written for this test.
 */
import { beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "../../test-support/db.ts";
import { askedQuestion } from "./asked-question.ts";
import { createInterviewContext, type InterviewContext } from "./context.ts";
import { findQuestions } from "./service.ts";

describeEachDatabase(
  "bank coverage for customer success, clinical research and design portfolios",
  (getDb) => {
    let ic: InterviewContext;
    const asker = { userId: "", organizationId: null };

    beforeAll(async () => {
      ic = createInterviewContext(getDb());
      await ic.ready();
    }, 240_000);

    it.each([
      ["customer success manager", "customer-success"],
      ["CSM", "customer-success"],
      ["clinical research associate", "clinical-research"],
    ])("the role %s has its own questions", async (role, id) => {
      const found = await findQuestions(ic, asker, { role });
      expect(found.questions.length).toBeGreaterThan(0);
      expect(found.questions.every((q) => q.role === id)).toBe(true);
    });

    it.each([
      ["questions about customer onboarding and renewals", "customer-success"],
      ["keeping an account from churning", "customer-success"],
      ["informed consent for a trial participant", "clinical-research"],
      ["reporting a serious adverse event", "clinical-research"],
      // Said in Spanish: the bank's English cognates are searched too (cognates.ts).
      ["ensayos clínicos, GCP o consentimiento informado", "clinical-research"],
    ])("'%s' finds the %s questions among the first three", async (query, role) => {
      const found = await findQuestions(ic, asker, { query });
      expect(found.questions.slice(0, 3).map((q) => q.role)).toContain(role);
    });

    it("a Spanish request's topic is said back without its asking words", async () => {
      const found = await findQuestions(ic, asker, {
        query: "dame una pregunta técnica sobre ensayos clínicos, por ejemplo GCP o consentimiento informado",
      });
      const said = found.topic ?? found.missingTopic ?? "";
      expect(said).toMatch(/ensayos clínicos/);
      expect(said).toMatch(/consentimiento informado/);
      expect(said).not.toMatch(/\b(?:una|técnica|ejemplo|por)\b/);
    });

    it("a designer's fintech or payments topic finds payments design questions", async () => {
      const found = await findQuestions(ic, asker, { query: "fintech or payments", role: "UX designer" });
      expect(found.questions.length).toBeGreaterThan(0);
      expect(found.questions[0]!.text).toMatch(/payment|money|fintech|banking/i);
    });

    it("'walk me through your portfolio' is a question the bank has", async () => {
      const q = await askedQuestion(ic, asker, "walk me through your portfolio");
      expect(q?.text).toMatch(/portfolio/i);
    });
  },
);
