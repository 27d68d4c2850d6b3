/**
 * Where an embedded chat turn's time goes, per kind of turn (the web bench's five turns,
 * one person at a time so nothing queues): database round trips to the PGlite thread
 * and the bytes they carry (exact counts, whatever the machine's load), time waiting for
 * those round trips, the main thread's busy time, time to the first event, to the end of
 * the turn, and to the saved transcript. Under load every round trip can also wait in
 * the single PGlite session's queue, so the counts are what the turn path was cut on.
 */
import { performance } from "node:perf_hooks";
import pino from "pino";
import { createConversation } from "../agent/conversation/converse.ts";
import { WebStore } from "../channels/web/web-store.ts";
import { loadConfig } from "../config.ts";
import { migrateToLatest, openDatabase } from "../data/db/index.ts";
import { PgliteThread } from "../data/db/pglite-thread/thread.ts";
import type { BenchContext } from "./harness.ts";
import { TURNS } from "./web.bench.ts";

const PEOPLE = Number(process.env.TURN_BENCH_PEOPLE ?? 20);
const WARMUP = 3;

type Sample = Record<
  "firstMs" | "turnMs" | "savedMs" | "roundTrips" | "dbMs" | "mainBusyMs" | "kbSent" | "kbReceived",
  number
>;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export default async function (ctx: BenchContext): Promise<void> {
  // Counts every request to the PGlite thread (the bench's own measuring hook).
  const wire = { trips: 0, ms: 0, sent: 0, received: 0 };
  const exec = PgliteThread.prototype.exec;
  PgliteThread.prototype.exec = async function (this: PgliteThread, bytes: Uint8Array) {
    const t0 = performance.now();
    const reply = await exec.call(this, bytes);
    wire.trips++;
    wire.ms += performance.now() - t0;
    wire.sent += bytes.byteLength;
    wire.received += reply.byteLength;
    return reply;
  };
  const db = await openDatabase({ memory: true });
  try {
    await migrateToLatest(db);
    const config = loadConfig({ MODEL_PROVIDER: "offline", LOG_LEVEL: "silent" });
    const conversation = await createConversation({ db, config, logger: pino({ level: "silent" }) });
    const store = new WebStore(db);
    const samples: Sample[][] = TURNS.map(() => []);
    for (let person = 0; person < PEOPLE + WARMUP; person++) {
      const identity = { channel: "web", externalId: `bench-${person}` };
      const key = `web:bench-${person}`;
      const thread = await store.currentThread(key);
      for (const [i, text] of TURNS.entries()) {
        const before = { ...wire };
        const elu = performance.eventLoopUtilization();
        const t0 = performance.now();
        let first = 0;
        let said = "";
        for await (const event of conversation.converse(identity, thread, { text, attachments: [] })) {
          first ||= performance.now() - t0;
          if (event.type === "text_delta") said += event.text;
        }
        const turnMs = performance.now() - t0;
        await store.appendMessages(key, thread, [
          { role: "user", text, parts: [], attachments: [], interrupted: false },
          { role: "assistant", text: said, parts: [], attachments: [], interrupted: false },
        ]);
        if (person < WARMUP) continue;
        samples[i]!.push({
          firstMs: first,
          turnMs,
          savedMs: performance.now() - t0,
          roundTrips: wire.trips - before.trips,
          dbMs: wire.ms - before.ms,
          mainBusyMs: performance.eventLoopUtilization(elu).active,
          kbSent: (wire.sent - before.sent) / 1024,
          kbReceived: (wire.received - before.received) / 1024,
        });
      }
    }
    await conversation.close();
    for (const [i, text] of TURNS.entries()) {
      const mine = samples[i]!;
      const at = (k: keyof Sample) => Math.round(median(mine.map((s) => s[k])) * 10) / 10;
      ctx.record({
        name: `embedded turn breakdown: "${text.slice(0, 30)}"`,
        unit: "ms",
        p50: at("firstMs"),
        p95: at("savedMs"),
        n: mine.length,
        firstEventMs: at("firstMs"),
        turnEndMs: at("turnMs"),
        transcriptSavedMs: at("savedMs"),
        databaseRoundTrips: at("roundTrips"),
        databaseWaitMs: at("dbMs"),
        mainThreadBusyMs: at("mainBusyMs"),
        kbSent: at("kbSent"),
        kbReceived: at("kbReceived"),
      });
    }
  } finally {
    PgliteThread.prototype.exec = exec;
    await db.close();
  }
}
