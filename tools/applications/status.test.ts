import { describe, expect, it } from "vitest";
import { CareerCraftError } from "../../data/errors.ts";
import { assertTransition, isResponse, parseStatus, STATUSES, transitionRefusal } from "./status.ts";

describe("parseStatus", () => {
  it("accepts every canonical token and the ways people type them", () => {
    for (const s of STATUSES) expect(parseStatus(s)).toBe(s);
    expect(parseStatus("Phone Screen")).toBe("phone_screen");
    expect(parseStatus("final-interview")).toBe("final_interview");
    expect(parseStatus(" technical ")).toBe("technical_interview");
    expect(parseStatus("offered")).toBe("offer");
  });

  it("refuses an unknown status with the list of valid ones", () => {
    const error = (() => {
      try {
        parseStatus("hired!!");
      } catch (e) {
        return e;
      }
    })() as CareerCraftError;
    expect(error).toBeInstanceOf(CareerCraftError);
    expect(error.code).toBe("validation");
    expect(error.userMessage).toContain("phone_screen");
  });
});

describe("transitions", () => {
  it("allows moving forward, also skipping stages", () => {
    expect(transitionRefusal("saved", "applied")).toBeNull();
    expect(transitionRefusal("applied", "phone_screen")).toBeNull();
    expect(transitionRefusal("applied", "technical_interview")).toBeNull();
    expect(transitionRefusal("final_interview", "offer")).toBeNull();
    expect(transitionRefusal("offer", "accepted")).toBeNull();
  });

  it("allows rejected and withdrawn from every open stage", () => {
    for (const from of [
      "applied",
      "phone_screen",
      "technical_interview",
      "final_interview",
      "offer",
    ] as const) {
      expect(transitionRefusal(from, "rejected")).toBeNull();
      expect(transitionRefusal(from, "withdrawn")).toBeNull();
    }
    expect(transitionRefusal("saved", "withdrawn")).toBeNull();
  });

  it("lets a ghosted application come back when the company answers", () => {
    expect(transitionRefusal("applied", "ghosted")).toBeNull();
    expect(transitionRefusal("ghosted", "phone_screen")).toBeNull();
    expect(transitionRefusal("ghosted", "rejected")).toBeNull();
    expect(transitionRefusal("ghosted", "applied")).toMatch(/ghosted/i);
  });

  it("refuses moves that make no sense, with the reason", () => {
    expect(transitionRefusal("applied", "accepted")).toMatch(/only accept an offer/);
    expect(transitionRefusal("technical_interview", "phone_screen")).toMatch(/can't go back/);
    expect(transitionRefusal("rejected", "offer")).toMatch(/closed as rejected/);
    expect(transitionRefusal("accepted", "withdrawn")).toMatch(/closed as accepted/);
    expect(transitionRefusal("applied", "applied")).toMatch(/already/);
    expect(transitionRefusal("saved", "ghosted")).toMatch(/haven't sent/);
    expect(() => assertTransition("offer", "applied")).toThrow(CareerCraftError);
  });

  it("counts interviews, offers and rejections as responses, silence and saving not", () => {
    expect(isResponse("phone_screen")).toBe(true);
    expect(isResponse("rejected")).toBe(true);
    expect(isResponse("offer")).toBe(true);
    expect(isResponse("applied")).toBe(false);
    expect(isResponse("ghosted")).toBe(false);
    expect(isResponse("withdrawn")).toBe(false);
  });
});
