/**
 * A new-user trial (2026-12-06): "my knees are shot so I want to move to quality inspector"
 * was saved as "open to relocating"; "I want to stay local, Dayton OH" saved no place;
 * "mornings only" no shift.
 */
import { describe, expect, it } from "vitest";
import { preferencesIn } from "./stated-preferences.ts";

describe("moves of home, local places and mornings in a person's words", () => {
  it("reads a move to a job as no relocation", () => {
    expect(
      preferencesIn("my knees are shot so I want to move to quality inspector, something off the floor"),
    ).toEqual({});
    expect(preferencesIn("I want to move into sales")).toEqual({});
    expect(preferencesIn("I want to move to a data role")).toEqual({});
  });

  it("still reads moves of home", () => {
    expect(preferencesIn("happy to move to Berlin or Munich")).toMatchObject({
      relocate: true,
      relocateTo: ["Berlin", "Munich"],
    });
    expect(preferencesIn("I won't move to another city")).toEqual({ relocate: false });
    expect(preferencesIn("i'd move for the right role")).toEqual({ relocate: true });
    expect(preferencesIn("I could relocate")).toEqual({ relocate: true });
  });

  it("reads the place someone wants to stay local to", () => {
    expect(preferencesIn("I want to stay local, Dayton OH, and I need at least $18 an hour")).toMatchObject({
      desiredLocation: "Dayton OH",
      salaryMin: 18,
      salaryPeriod: "hour",
    });
    expect(preferencesIn("local to Austin please")).toEqual({ desiredLocation: "Austin" });
  });

  it("reads mornings as the day shift", () => {
    expect(preferencesIn("i only work mornings")).toEqual({ shifts: [{ shift: "day", stance: "only" }] });
    expect(preferencesIn("part-time admin assistant, mornings only").shifts).toEqual([
      { shift: "day", stance: "only" },
    ]);
  });
});
