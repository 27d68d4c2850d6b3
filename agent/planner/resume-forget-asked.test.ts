/**
 * "Delete my resume" is one resume, not everything (trial18 §5), in the chat's five languages,
 * and a yes or no answers the deletion asked about, also with a message in between.
 */
import { describe, expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const names = async (text: string, focus: Focus = {}) =>
  (await planText(text, focus)).calls.map((c) => c.name);

const PENDING: Focus["pending"] = {
  action: "forget_resume",
  resumeId: "3f1c2a9e-0000-4000-8000-000000000001",
  label: "cv.pdf",
  left: 2,
};

describe("deleting a resume asked for", () => {
  it.each([
    "delete my resume",
    "can you get rid of my CV",
    "bitte lösche meinen Lebenslauf und alle Erfahrungen daraus",
    "borra mi currículum",
    "supprime mon CV",
    "apaga o meu currículo",
  ])("%s -> forget_resume (a preview and a question), never delete_data", async (text) => {
    expect(await names(text)).toEqual(["forget_resume"]);
  });

  it.each(["delete everything", "lösche alle meine Daten", "delete my account and my resume"])(
    "%s -> delete_data",
    async (text) => {
      expect(await names(text)).toEqual(["delete_data"]);
    },
  );

  it("a skill taken off the resume is not the resume deleted", async () => {
    expect(await names("remove Excel from my resume")).not.toContain("forget_resume");
  });
});

describe("yes and no to a pending deletion", () => {
  it.each(["nein", "no", "non", "não", "no, mejor no"])(
    "%s right after the question cancels it",
    async (text) => {
      const plan = await planText(text, { awaiting: "forget_resume_confirmation", pending: PENDING });
      expect(plan.calls).toEqual([]);
      expect(plan.says[0]).toMatchObject({ kind: "pending_cancelled", detail: "forget_resume:cv.pdf" });
    },
  );

  it.each(["ja", "yes", "oui", "sim", "sí"])(
    "%s right after the question deletes that resume",
    async (text) => {
      const plan = await planText(text, { awaiting: "forget_resume_confirmation", pending: PENDING });
      expect(plan.calls).toEqual([
        { name: "forget_resume", args: { resumeId: PENDING?.resumeId, confirm: true } },
      ]);
    },
  );

  it("'nein' with an analysis in focus and another message in between cancels, never a gap named 'nein'", async () => {
    const focus: Focus = { pending: PENDING, topic: "analysis", analysisId: "a1", jobTitle: "Electrician" };
    const plan = await planText("nein", focus);
    expect(plan.calls).toEqual([]);
    expect(plan.says.map((s) => s.kind)).toContain("pending_cancelled");
  });

  it("a late 'yes' asks again, naming the resume; it deletes nothing", async () => {
    const plan = await planText("yes", { pending: PENDING });
    expect(plan.calls).toEqual([
      { name: "forget_resume", args: { resumeId: PENDING?.resumeId, confirm: false } },
    ]);
    expect(plan.says[0]).toMatchObject({ kind: "pending_again" });
  });

  it("another request in between keeps the question pending for a while, then drops it", async () => {
    const first = await planText("show my skills", { pending: { ...PENDING!, left: 3 } });
    expect(first.remember?.pending).toMatchObject({ left: 2 });
    const last = await planText("show my skills", { pending: { ...PENDING!, left: 1 } });
    expect(last.remember?.pending).toBeNull();
  });

  it("'não' to deleting everything cancels it (it was asked back as an unknown request)", async () => {
    const plan = await planText("não", { awaiting: "delete_confirmation" });
    expect(plan.calls).toEqual([]);
    expect(plan.says.map((s) => s.kind)).toContain("cancelled");
  });
});
