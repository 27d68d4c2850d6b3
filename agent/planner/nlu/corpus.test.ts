/**
 * The training data must not hold lines of the outside dev set (../shared/data/conversations),
 * copied or lightly edited: the dev set then measures memory, not understanding, and a
 * sibling set written the same way would show it. 149 such lines were found and removed
 * in issue 12 (dev messages at intent level: inflated before, honest after).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadExamples } from "./corpus.ts";
import { nearCopyFinder } from "./near-lines.ts";

const DEV = path.resolve(import.meta.dirname, "../../../../shared/data/conversations");

function devLines(): string[] {
  const messages = readFileSync(path.join(DEV, "dev_messages.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const turns = readFileSync(path.join(DEV, "dev_dialogues.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .flatMap((l) => (JSON.parse(l) as { turns: string[] }).turns);
  return [...messages, ...turns];
}

describe.skipIf(!existsSync(DEV))("intent training data and the outside dev set", () => {
  it("holds no dev-set line, copied or with a word or two changed", () => {
    const copyOf = nearCopyFinder(devLines());
    const leaks: string[] = [];
    for (const e of loadExamples()) {
      const [d] = copyOf(e.text);
      if (d !== undefined) leaks.push(`${e.text}  ~  ${d}`);
    }
    expect(leaks).toEqual([]);
  });
});
