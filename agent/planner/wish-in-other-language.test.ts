/**
 * conv12p (a blind6 dialogue; messages written for this test): "Ich möchte als <Titel> wieder
 * einsteigen" is a wish; the model read it as a fit question, so the fit was run before the person
 * asked. The role is set and the fit offered; a question ("passe ich als …?") still runs it.
 */
import { expect, it } from "vitest";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { understand } from "./understand.ts";

const plan = async (text: string) =>
  (
    await understand(text, {
      focus: { hasProfile: true },
      attachments: [],
      available: new Set(TOOL_NAMES),
      tracked: [],
    })
  ).calls.map((c) => c.name);

it("a wish in German sets the role only", async () => {
  expect(await plan("Ich möchte als Buchhalterin wieder anfangen")).toEqual(["set_dream_job"]);
});

it("a fit question in German sets the role and runs the fit", async () => {
  expect(await plan("passe ich als Buchhalterin?")).toEqual(["set_dream_job", "analyze_fit"]);
});
