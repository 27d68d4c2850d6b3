/**
 * Trial19: a logistics coordinator toward a warehouse operative read as "another field's work";
 * the shared-work table links neither of a logistics coordinator's occupations to stockers
 * directly, but both share work with the first-line supervisors of material movers.
 */
import { expect, it } from "vitest";
import { workOverlap, workOverlapThrough } from "./shared-work.ts";

const TRANSPORT_MANAGERS = "11-3071.00";
const STOCKERS = "53-7065.00";
const LINE_COOKS = "35-2014.00";

it("links two occupations through one both share work with, at the weaker link", () => {
  expect(workOverlap(TRANSPORT_MANAGERS, STOCKERS)).toBe(0);
  const through = workOverlapThrough(TRANSPORT_MANAGERS, STOCKERS);
  expect(through.overlap).toBeGreaterThanOrEqual(0.3);
  expect(through.through).toMatch(/^53-10/);
});

it("links nothing when no third occupation shares work with both", () => {
  expect(workOverlapThrough(LINE_COOKS, STOCKERS).overlap).toBeLessThan(0.3);
});
