/**
 * Issue 12: "ab kya karu" ("what do I do now", Hinglish) was read as German (eld knows no
 * Hindi in Latin letters and called it German at 0.59, "reliable") and got a German language
 * note; "e agora, faço o quê" after an analysis was read as explaining a gap named "e". The
 * detector's guess is now weighed against the training examples' words (language.ts
 * readsAsHinglish), and the examples say "what now" in many Hinglish and Portuguese spellings.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";
import { intentModel } from "./nlu/intent-model.ts";
import { LanguageDetector } from "./nlu/language.ts";

const AFTER_ANALYSIS: Focus = {
  hasProfile: true,
  topic: "analysis",
  analysisId: "a1",
  analysed: 1,
  jobId: "j1",
  jobTitle: "data analyst",
};
const plan = plannerWith();

it("short Hinglish is Hinglish, not German", () => {
  const detect = (t: string) => intentModel().language.detect(t).language;
  expect(detect("ab kya karu")).toBe("hi");
  expect(detect("ab kya kru")).toBe("hi");
  // German with "ab" stays German, Spanish stays Spanish.
  expect(detect("ab wann kann ich mit dem Lernplan anfangen?")).toBe("de");
  expect(detect("no sé qué hacer ahora con mi currículum")).toBe("es");
});

it("one Hinglish-only word among words Hinglish examples share with German reads Hinglish", () => {
  const detector = new LanguageDetector({
    en: ["what", "now", "do", "i"],
    hi: ["kya"],
    other: ["ab", "wann", "kann", "ich"],
    hiAny: ["ab", "kya", "karun", "hai"],
  });
  expect(detector.detect("ab kya karun").language).toBe("hi");
  expect(detector.detect("ab wann kann ich").language).not.toBe("hi");
  // A model built before the shared words were kept reads as it did.
  const older = new LanguageDetector({ en: ["what"], hi: ["kya"], other: ["ab"] });
  expect(older.detect("ab kya karun").language).not.toBe("hi");
});

it("'ab kya karu' gets no German language note", async () => {
  const p = await plan("ab kya karu", { hasProfile: true });
  expect(p.languageNoted ?? "hi").toBe("hi");
  expect(p.language ?? "hi").toBe("hi");
});

it("'what now' after an analysis in Hinglish or Portuguese asks for the next step, not an explanation", async () => {
  for (const message of ["ab kya karu", "e agora, faço o quê"]) {
    const p = await plan(message, AFTER_ANALYSIS);
    const names = p.calls.map((c) => c.name);
    expect(names, message).not.toContain("explain_gap");
    expect(names, message).not.toContain("explain_score");
  }
});
