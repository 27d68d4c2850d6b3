import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { FROZEN_SPLITS } from "./conversations/frozen-splits.ts";
import { ALL_SUITES, CI_SUITES } from "./index.ts";
import { SUITE_NAMES } from "./names.ts";

it("the CLI's list of suite names matches the registry", () => {
  expect(ALL_SUITES.map((s) => s.name)).toEqual([...SUITE_NAMES]);
});

it("keeps every frozen blind conversation split out of the CI subset (a gate there would be tuned against)", () => {
  const blind = SUITE_NAMES.filter((n) => n.startsWith("conversations-blind"));
  for (const n of [3, 4, 5, 10, 15, 16, 17]) expect(blind).toContain(`conversations-blind${n}`);
  expect(CI_SUITES.filter((n) => blind.includes(n))).toEqual([]);
});

it("registers a suite for every frozen split folder in evals/data (a new split is one row in frozen-splits.ts)", () => {
  const dataDir = fileURLToPath(new URL("../data", import.meta.url));
  const folders = readdirSync(dataDir).filter((f) => /^blind\d*$/.test(f));
  expect(folders.length).toBeGreaterThan(10);
  expect(FROZEN_SPLITS.map((s) => s.folder).sort()).toEqual(folders.sort());
});
