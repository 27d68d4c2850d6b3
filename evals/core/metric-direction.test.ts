import { expect, it } from "vitest";
import { metricDirection } from "./types.ts";

it("an accuracy is higher-is-better even when its name mentions turns", () => {
  // conversations-dev reports dialogue_turns.accuracy; read as "lower", a drop looked like a gain.
  expect(metricDirection("dialogue_turns.accuracy")).toBe("higher");
  expect(metricDirection("turns_to_completion")).toBe("lower");
  expect(metricDirection("parse.p50_ms")).toBe("lower");
});
