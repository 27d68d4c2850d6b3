import { describe, expect, it } from "vitest";
import { CareerCraftError } from "../../../data/errors.ts";
import { HOSTILE_CASES, runHostileCase } from "./hostile.ts";

const zero = HOSTILE_CASES.find((c) => c.name === "zero bytes")!;
const emoji = HOSTILE_CASES.find((c) => c.name === "emoji only")!;

describe("runHostileCase", () => {
  it("passes a clear CareerCraftError and fails any other throw", async () => {
    const clear = await runHostileCase(zero, async () => {
      throw new CareerCraftError("corrupt_input", "The file is empty.");
    });
    expect(clear).toMatchObject({ passed: true, detail: "corrupt_input: The file is empty." });
    const crash = await runHostileCase(zero, async () => {
      throw new TypeError("Cannot read properties of undefined");
    });
    expect(crash.passed).toBe(false);
    expect(crash.detail).toContain("unclear failure — TypeError");
  });

  it("accepts a poor parse only where the case allows it", async () => {
    expect((await runHostileCase(emoji, async () => ({ quality: "poor" }))).passed).toBe(true);
    expect((await runHostileCase(emoji, async () => ({ quality: "good" }))).passed).toBe(false);
    expect((await runHostileCase(zero, async () => ({ quality: "poor" }))).passed).toBe(false);
  });

  it("generates every case deterministically", () => {
    for (const c of HOSTILE_CASES) {
      const a = c.make();
      const b = c.make();
      const same = typeof a === "string" ? a === b : Buffer.from(a).equals(Buffer.from(b as Uint8Array));
      expect(same, c.name).toBe(true);
    }
    const big = HOSTILE_CASES.find((c) => c.name === "12 MB text file")!.make() as Uint8Array;
    expect(big.byteLength).toBeGreaterThan(10 * 1024 * 1024);
  });
});
