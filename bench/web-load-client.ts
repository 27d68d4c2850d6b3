/**
 * The load generator of bench/web.bench.ts, run in a worker thread so the simulated
 * browsers do not share the server's event loop (in production they are elsewhere).
 * workerData: { url, sessions, turns, pacing? }; posts back the samples in milliseconds.
 *
 * Two load shapes:
 * - paced: every session is a person who reads the reply and types the next message
 *   (a think time drawn from `pacing.thinkMs` between turns) and who opened the page at
 *   a moment spread over one think time — the usual closed model of a load test;
 * - saturation (no pacing): every session sends its next message the instant the last
 *   reply ends and all of them start together — a burst no real audience makes, which
 *   measures capacity (turns per second) rather than what a person waits.
 */
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import { openSession, postChat } from "../channels/web/test-helpers.ts";
import { readSse } from "../test-support/sse-client.ts";
import { seededRandom } from "../tools/ml/seeded-random.ts";

export interface LoadResult {
  /** Response headers received: the widget shows "Thinking…" from here. */
  streamOpen: number[];
  firstEvent: number[];
  turnEnd: number[];
  errors: number;
  errorSamples: string[];
  wallMs: number;
}

export interface Pacing {
  /** Think time between turns, drawn uniformly from [min, max] milliseconds. */
  thinkMs: [number, number];
  seed: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runLoad(
  url: string,
  sessions: number,
  turns: string[],
  pacing?: Pacing,
): Promise<LoadResult> {
  // Each session's waits are drawn up front, so the schedule does not depend on which
  // reply happened to finish first.
  const random = seededRandom(pacing?.seed ?? 1);
  const schedules = Array.from({ length: sessions }, () => {
    if (!pacing) return { arrival: 0, thinks: turns.map(() => 0) };
    const [min, max] = pacing.thinkMs;
    // Arrivals spread over one mean think time: people do not open the page in unison.
    const arrival = random() * ((min + max) / 2);
    return { arrival, thinks: turns.map(() => min + random() * (max - min)) };
  });
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
    schedules.map(async (schedule) => {
      if (schedule.arrival) await sleep(schedule.arrival);
      const client = await openSession(url).catch((error: Error) => fail(`session: ${error.message}`));
      if (!client) return;
      for (const [i, text] of turns.entries()) {
        if (i > 0 && schedule.thinks[i]) await sleep(schedule.thinks[i]);
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
  const { url, sessions, turns, pacing } = workerData as {
    url: string;
    sessions: number;
    turns: string[];
    pacing?: Pacing;
  };
  parentPort.postMessage(await runLoad(url, sessions, turns, pacing));
}
