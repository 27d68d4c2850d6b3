import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { jsonFileOnce } from "./json-file-once.ts";

describe("jsonFileOnce", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "json-once-"));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reads the file on first use and keeps what it read", () => {
    const file = path.join(dir, "table.json");
    writeFileSync(file, JSON.stringify({ version: 1 }));
    const table = jsonFileOnce<{ version: number }>(file);
    expect(table().version).toBe(1);
    writeFileSync(file, JSON.stringify({ version: 2 }));
    expect(table()).toBe(table());
    expect(table().version).toBe(1);
  });

  it("does not touch the file until asked", () => {
    const table = jsonFileOnce(path.join(dir, "absent.json"));
    expect(() => table()).toThrow(/ENOENT/);
  });
});
