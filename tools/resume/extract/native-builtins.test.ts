import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import * as fixtures from "../../../test-support/fixtures/resume/index.ts";
import { extractDocument } from "./index.ts";
import { DEFAULT_LIMITS } from "./limits.ts";

/**
 * Whether f is the engine's own function. Asked of a fresh realm's Function.prototype.toString:
 * core-js replaces this realm's with one that calls its own versions native too.
 */
const sourceOf = runInNewContext("Function.prototype.toString") as (this: unknown) => string;
const isNative = (f: unknown) => /\{\s*\[native code\]\s*\}$/.test(sourceOf.call(f));

describe("reading a PDF leaves the engine's own built-ins in place", () => {
  it("keeps Array.prototype.push and JSON.parse native after pdfjs has loaded and read", async () => {
    const doc = await extractDocument(fixtures.oneColumnPdf(), DEFAULT_LIMITS);
    expect(doc.kind).toBe("pdf");
    // pdfjs's core-js replaces both on import; every push in the process then runs its JavaScript.
    expect(isNative(Array.prototype.push)).toBe(true);
    expect(isNative(JSON.parse)).toBe(true);
    expect(JSON.parse('{"a":[1,2]}')).toEqual({ a: [1, 2] });
    const list: number[] = [];
    expect(list.push(1, 2)).toBe(2);
    expect(list).toEqual([1, 2]);
  });

  it("tells a replacement from the engine's function", () => {
    expect(isNative(Math.max)).toBe(true);
    expect(isNative(function push() {})).toBe(false);
  });
});
