/**
 * The load generator of bench/web.bench.ts, run in a worker thread so the simulated
 * browsers do not share the server's event loop (in production they are elsewhere).
 * workerData: { url, sessions, turns }; posts back the samples in milliseconds.
 */
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import { openSession, postChat } from "../channels/web/test-helpers.ts";
import { readSse } from "../test-support/sse-client.ts";

export interface LoadResult {
  /** Response headers received: the widget shows "Thinking…" from here. */
  streamOpen: number[];
  firstEvent: number[];
  turnEnd: number[];
  errors: number;
  errorSamples: string[];
  wallMs: number;
}

export async function runLoad(url: string, sessions: number, turns: string[]): Promise<LoadResult> {
  const result: LoadResult = {
    streamOpen: [],
    firstEvent: [],
    turnEnd: [],
    errors: 0,
    errorSamples: [],
    wallMs: 0,
  };
  const fail = (why: string) => {
    result.errors++;
    if (result.errorSamples.length < 5) result.errorSamples.push(why);
  };
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: sessions }, async () => {
      const client = await openSession(url).catch((error: Error) => fail(`session: ${error.message}`));
      if (!client) return;
      for (const text of turns) {
        const started = performance.now();
        let first = 0;
        try {
          const response = await postChat(url, client.token, { text });
          const opened = performance.now() - started;
          if (!response.ok) {
            fail(`${response.status} ${await response.text()}`);
            continue;
          }
          const sse = await readSse(response, () => {
            first ||= performance.now() - started;
            return undefined;
          });
          const error = sse.events.find((e) => e.type === "error");
          if (error) fail(JSON.stringify(error));
          else if (sse.events.at(-1)?.type !== "turn_end") fail("stream ended without turn_end");
          result.streamOpen.push(opened);
          result.firstEvent.push(first);
          result.turnEnd.push(performance.now() - started);
        } catch (error) {
          const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
          fail(`${(error as Error).message}${cause ? ` (${cause.code ?? cause.message})` : ""}`);
        }
      }
    }),
  );
  result.wallMs = performance.now() - t0;
  return result;
}

if (parentPort && workerData?.url) {
  const { url, sessions, turns } = workerData as { url: string; sessions: number; turns: string[] };
  parentPort.postMessage(await runLoad(url, sessions, turns));
}
