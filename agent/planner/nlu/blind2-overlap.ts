/**
 * Which lines of the frozen blind2 split (evals/data/blind2) a training line already comes
 * near: the split's README reports them as "seen" phrasings, and blind2-overlap.test.ts fails
 * when training lines come near any other (naming those training lines, never a blind2 line).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadExamples } from "./corpus.ts";
import { nearCopyFinder } from "./near-lines.ts";

export const BLIND2_DIR = path.resolve(import.meta.dirname, "../../../evals/data/blind2");

const jsonl = <T>(file: string): T[] =>
  readFileSync(path.join(BLIND2_DIR, file), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

export function blind2Messages(): string[] {
  return jsonl<{ text: string }>("messages.jsonl").map((m) => m.text);
}

export function blind2Turns(): string[] {
  return jsonl<{ turns: string[] }>("dialogues.jsonl").flatMap((d) => d.turns);
}

/**
 * The blind2 lines (messages, then dialogue turns, in file order) within word Jaccard >= 0.6
 * of a training line, or with the same words; any line length counts (minWords 1), so short
 * phrasings like "quiz me" are counted too.
 */
export function blind2LinesNearTraining(): string[] {
  const lines = [...blind2Messages(), ...blind2Turns()];
  const copies = nearCopyFinder(lines, { minWords: 1 });
  const near = new Set<string>();
  for (const e of loadExamples()) for (const l of copies(e.text)) near.add(l);
  return lines.filter((l) => near.has(l));
}

/**
 * The training lines that come near a blind2 line other than `recorded` (the lines already
 * near training when the split was written). The test fails with these: whoever wrote them
 * deletes them, and learns nothing of the blind split from the failure.
 */
export function trainingLinesNearNewBlind2(recorded: ReadonlySet<string>): string[] {
  const fresh = [...blind2Messages(), ...blind2Turns()].filter((l) => !recorded.has(l));
  const copies = nearCopyFinder(fresh, { minWords: 1 });
  return loadExamples()
    .map((e) => e.text)
    .filter((t) => copies(t).length > 0);
}
