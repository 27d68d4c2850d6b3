/**
 * Which lines of a frozen blind split (evals/data/<folder>: messages.jsonl, dialogues.jsonl) a
 * training line already comes near: the split's README reports them as "seen" phrasings, and
 * the split's overlap test fails when training lines come near any other (naming those
 * training lines, never a line of the split). One copy of the logic for every frozen split
 * (blind2, blind3, blind4, blind5, blind6, blind7, blind8, blind9, blind10, blind11, blind12, blind13, blind14, blind15, blind16, blind17; the tests share test-support/frozen-split-overlap.ts).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadExamples } from "./corpus.ts";
import { nearCopyFinder } from "./near-lines.ts";

export interface FrozenSplit {
  /** evals/data/<folder>. */
  dir: string;
  /** Its messages' texts, in file order. */
  messages(): string[];
  /** Its dialogues' turns, in file order. */
  turns(): string[];
  /**
   * The split's lines (messages, then dialogue turns, in file order) within word Jaccard >= 0.6
   * of a training line, or with the same words; by default any line length counts (minWords 1),
   * so short phrasings like "quiz me" are counted too (the README's other counts pass the
   * dev-set rule's options).
   */
  linesNearTraining(rule?: NearRule): string[];
  /**
   * The training lines that come near a line of the split other than `recorded` (the lines
   * already near training when the split was written). The test fails with these: whoever
   * wrote them deletes them, and learns nothing of the blind split from the failure.
   */
  trainingLinesNearNew(recorded: ReadonlySet<string>): string[];
}

type NearRule = Parameters<typeof nearCopyFinder>[1];

export function frozenSplit(folder: string): FrozenSplit {
  const dir = path.resolve(import.meta.dirname, "../../../evals/data", folder);
  const jsonl = <T>(file: string): T[] =>
    readFileSync(path.join(dir, file), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as T);
  const messages = () => jsonl<{ text: string }>("messages.jsonl").map((m) => m.text);
  const turns = () => jsonl<{ turns: string[] }>("dialogues.jsonl").flatMap((d) => d.turns);
  return {
    dir,
    messages,
    turns,
    linesNearTraining(rule = { minWords: 1 }) {
      const lines = [...messages(), ...turns()];
      const copies = nearCopyFinder(lines, rule);
      const near = new Set<string>();
      for (const e of loadExamples()) for (const l of copies(e.text)) near.add(l);
      return lines.filter((l) => near.has(l));
    },
    trainingLinesNearNew(recorded) {
      const fresh = [...messages(), ...turns()].filter((l) => !recorded.has(l));
      const copies = nearCopyFinder(fresh, { minWords: 1 });
      return loadExamples()
        .map((e) => e.text)
        .filter((t) => copies(t).length > 0);
    },
  };
}

/** The lines recorded in the split's near-training.json when it was written. */
export function recordedNearLines(split: FrozenSplit): Set<string> {
  return new Set<string>(JSON.parse(readFileSync(path.join(split.dir, "near-training.json"), "utf8")).lines);
}
