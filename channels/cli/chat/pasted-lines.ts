/**
 * Typed messages from the terminal's lines. A job ad pasted into an interactive chat arrives
 * as many lines at once; read one message per line, the ad became twenty messages (the
 * first line a reply of its own, the rest each misread). On a terminal, lines that arrive
 * within a moment of each other are one paste and so one message, line breaks kept; on a
 * pipe every line is its own message, as documented.
 */
import { createInterface } from "node:readline";

/** A person does not type a second line within this many ms of the first; a paste does. */
export const PASTE_GAP_MS = 40;

export async function* typedMessages(
  input: NodeJS.ReadableStream,
  options: { joinPastes: boolean; gapMs?: number },
): AsyncGenerator<string> {
  const rl = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  if (!options.joinPastes) {
    yield* rl;
    return;
  }
  const ready: string[] = [];
  let pending: string[] = [];
  let closed = false;
  let wake: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    if (pending.length > 0) ready.push(pending.join("\n"));
    pending = [];
    wake?.();
  };
  rl.on("line", (line) => {
    pending.push(line);
    clearTimeout(timer);
    timer = setTimeout(flush, options.gapMs ?? PASTE_GAP_MS);
  });
  rl.on("close", () => {
    clearTimeout(timer);
    closed = true;
    flush();
  });
  while (true) {
    const next = ready.shift();
    if (next !== undefined) {
      yield next;
      continue;
    }
    if (closed) return;
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
    wake = undefined;
  }
}
