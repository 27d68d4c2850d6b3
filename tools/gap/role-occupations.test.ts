/**
 * One reader of a role's O*NET occupations (role-occupations.ts) behind the three places that ask
 * it: the years of a field (field-work.ts), the duties a held role shows (held-work.ts) and the
 * work two occupations share (shared-work-kinship.ts). Before, the years reader placed no title
 * O*NET does not list word for word, though the other two read it.
 */
import { describe, expect, it } from "vitest";
import { occupationsDoneIn } from "./field-work.ts";
import { heldOccupations } from "./held-work.ts";
import { occupationsOfRole } from "./role-occupations.ts";
import { roleOccupations } from "./shared-work-kinship.ts";

const BARTENDER = "35-3011.00";
const HOTEL_DESK_CLERK = "43-4081.00";

describe("the occupations of a role, one service", () => {
  it("places a trainer's title O*NET does not list as its trade for the years of that trade too", () => {
    const bullets = ["Shook and stirred drinks for a full bar on weekends and showed the new starters how"];
    expect(occupationsDoneIn({ title: "Bartender Trainer", bullets })).toEqual([BARTENDER]);
    expect(heldOccupations("Bartender Trainer")).toEqual([BARTENDER]);
    expect(roleOccupations("Bartender Trainer", bullets[0]!)[0]).toBe(BARTENDER);
  });

  it("ranks the occupations a shared title names by what was done, and every caller reads that order", () => {
    const bullets = [
      "Welcomed hotel guests at reception, took room bookings and settled their bills at check-out",
    ];
    const ranked = occupationsOfRole({ title: "Front Desk Agent", bullets });
    expect(ranked[0]).toBe(HOTEL_DESK_CLERK);
    expect(ranked.length).toBeGreaterThan(1);
    expect(occupationsDoneIn({ title: "Front Desk Agent", bullets })).toEqual([HOTEL_DESK_CLERK]);
    expect(roleOccupations("Front Desk Agent", bullets[0]!)).toEqual(ranked);
  });

  it("places nothing for an empty title", () => {
    expect(occupationsOfRole({ title: "  ", bullets: ["did things"] })).toEqual([]);
    expect(occupationsDoneIn({ title: "", bullets: [] })).toEqual([]);
  });
});
