/**
 * A sports or music career told by what was played was saved as the title "I Played College
 * Basketball" (or an education entry holding the whole message): the player's title is saved.
 */
import { describe, expect, it } from "vitest";
import { withJobsByField } from "./job-by-field.ts";

describe("a career told by what was played", () => {
  it.each([
    [
      "I played college basketball for 3 years, then 2 years overseas",
      "I was a basketball player for 3 years",
    ],
    ["played semi-pro hockey for 6 years", "I was a hockey player for 6 years"],
    ["I played cello in a symphony for 10 years", "I was a cello player in a symphony"],
  ])("'%s' is said as the player's title", async (text, said) => {
    expect(await withJobsByField(text)).toContain(said);
  });

  it("leaves 'played a key role' as it was", async () => {
    const text = "I played a key role in the data migration for 2 years";
    expect(await withJobsByField(text)).toBe(text);
  });
});
