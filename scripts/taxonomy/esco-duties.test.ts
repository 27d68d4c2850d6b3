/** ESCO occupation descriptions read as duties (descriptions written here in ESCO's manner). */
import { describe, expect, it } from "vitest";
import { escoDuties } from "./esco-duties.ts";

describe("escoDuties", () => {
  it("cuts the occupation's name and 'they' from each sentence", () => {
    expect(
      escoDuties(
        "Bakery managers plan the daily baking schedule for a shop. They order flour and supplies from mills. Moreover, they train new bakers in dough handling.",
        "bakery manager",
      ),
    ).toEqual([
      "Plan the daily baking schedule for a shop",
      "Order flour and supplies from mills",
      "Train new bakers in dough handling",
    ]);
  });

  it("keeps 'are responsible for' as a duty and drops sentences that state no work", () => {
    expect(
      escoDuties(
        "Dock clerks are responsible for checking arriving loads. They strive to ensure good service. They are friendly people. A dock clerk should also keep the yard tidy and safe.",
        "dock clerk",
      ),
    ).toEqual(["Be responsible for checking arriving loads", "Keep the yard tidy and safe"]);
  });

  it("leaves out sentences about something else than the occupation", () => {
    expect(escoDuties("Freight is moved by road and rail across borders.", "freight clerk")).toEqual([]);
  });
});
