import { expect, it } from "vitest";
import { ALL_SUITES } from "./index.ts";
import { SUITE_NAMES } from "./names.ts";

it("the CLI's list of suite names matches the registry", () => {
  expect(ALL_SUITES.map((s) => s.name)).toEqual([...SUITE_NAMES]);
});
