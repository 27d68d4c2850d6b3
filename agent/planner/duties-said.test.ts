/** Issue 12 (chat12s): duties in an intro are read as the job's bullets. Sentences written for this test. */
import { describe, expect, it } from "vitest";
import { dutiesPlaced, dutiesSaid } from "./duties-said.ts";

describe("duties said in an intro", () => {
  it("are the clauses led by a verb of doing", () => {
    expect(
      dutiesSaid("been a line cook 5 yrs, I prepped the sauces, cleaned the walk-in and ordered produce"),
    ).toEqual(["Prepped the sauces", "Cleaned the walk-in", "Ordered produce"]);
    expect(dutiesSaid("teller for 3 years, opening accounts, cross-selling cards")).toEqual([
      "Opening accounts",
      "Cross-selling cards",
    ]);
    expect(
      dutiesSaid("I'm a nurse, looking for a new job, interested in ICU work, certified in BLS"),
    ).toEqual([]);
  });

  it("go under the last job, and are no longer said back as unread", () => {
    const placed = dutiesPlaced(
      "a cashier, trained new hires",
      [{ title: "Cashier" }],
      ["new hire trainer", "the dog"],
    );
    expect(placed.roles).toEqual([{ title: "Cashier", current: true, bullets: ["Trained new hires"] }]);
    expect(placed.unread).toEqual(["the dog"]);
  });
});
