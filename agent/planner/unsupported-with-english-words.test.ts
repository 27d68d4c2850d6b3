/**
 * A message in a language the chat does not read gets the short English reply naming the ones it
 * does, even when some of its words are also English examples' words ("a", "come", "ciao")
 * (conv12n: an Italian message fell back to "I didn't quite catch that"). Our languages stay ours.
 * Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import { intentModel } from "./nlu/intent-model.ts";

const plan = plannerWith({ focus: { hasProfile: true } });

describe("another language with some English-looking words", () => {
  it.each([
    "Ciao! Mi puoi aiutare a trovare lavoro come cameriere a Torino?",
    "Buongiorno, cerco lavoro come magazziniere a Bologna, mi aiuti?",
  ])("'%s' is told which languages are read", async (text) => {
    const p = await plan(text);
    expect(p.calls).toEqual([]);
    expect(p.says.map((s) => s.kind)).toEqual(["language_unsupported"]);
  });

  it.each([
    ["can you come to the mock interview with me tomorrow please", "en"],
    ["tengo una entrevista mañana en Madrid a las 10", "es"],
    ["quero ser analista de dados em São Paulo", "pt"],
  ])("'%s' stays %s", (text, language) => {
    expect(intentModel().language.detect(text)).toEqual({ language, supported: true });
  });
});
