import { expect, it } from "vitest";
import { ALL_SUITES, CI_SUITES } from "./index.ts";
import { SUITE_NAMES } from "./names.ts";

it("the CLI's list of suite names matches the registry", () => {
  expect(ALL_SUITES.map((s) => s.name)).toEqual([...SUITE_NAMES]);
});

it("keeps every frozen blind conversation split out of the CI subset (a gate there would be tuned against)", () => {
  const blind = SUITE_NAMES.filter((n) => n.startsWith("conversations-blind"));
  expect(blind).toContain("conversations-blind3");
  expect(blind).toContain("conversations-blind4");
  expect(blind).toContain("conversations-blind5");
  expect(blind).toContain("conversations-blind6");
  expect(blind).toContain("conversations-blind7");
  expect(blind).toContain("conversations-blind8");
  expect(blind).toContain("conversations-blind9");
  expect(blind).toContain("conversations-blind10");
  expect(blind).toContain("conversations-blind11");
  expect(blind).toContain("conversations-blind12");
  expect(blind).toContain("conversations-blind13");
  expect(blind).toContain("conversations-blind14");
  expect(blind).toContain("conversations-blind15");
  expect(blind).toContain("conversations-blind16");
  expect(blind).toContain("conversations-blind17");
  expect(CI_SUITES.filter((n) => blind.includes(n as (typeof blind)[number]))).toEqual([]);
});
