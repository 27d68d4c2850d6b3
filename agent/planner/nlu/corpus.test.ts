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

const DEV = path.resolve(import.meta.dirname, "../../../../shared/data/conversations");
const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]/gu, "")
    .split(/\s+/)
    .filter(Boolean);

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
    const dev = devLines().map((d) => ({ text: d, key: words(d).join(" "), set: new Set(words(d)) }));
    const leaks: string[] = [];
    for (const e of loadExamples()) {
      const w = words(e.text);
      const set = new Set(w);
      for (const d of dev) {
        const shared = [...set].filter((x) => d.set.has(x)).length;
        const jaccard = shared / (set.size + d.set.size - shared);
        if ((w.length >= 3 && w.join(" ") === d.key) || (set.size >= 4 && jaccard >= 0.6)) {
          leaks.push(`${e.text}  ~  ${d.text}`);
          break;
        }
      }
    }
    expect(leaks).toEqual([]);
  });
});
