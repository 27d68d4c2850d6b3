/**
 * Web channel under load: 100 concurrent widget sessions x 5 chat turns each, over HTTP
 * and SSE, against the real conversation with the offline planner — on the embedded
 * default (PGlite in a data folder) and on PostgreSQL (a fresh database; skipped when
 * none is reachable). Reports time to the first event and to the end of each turn
 * (p50/p95/p99), errors, and the gzipped size of widget.js. A first run with an instant
 * scripted conversation isolates what the web channel itself costs.
 *
 * Each backend gets two load shapes (see web-load-client.ts): "paced" — 100 people with
 * the page open, each reading the reply and typing the next message (think time
 * WEB_BENCH_THINK_MS, default 2000-6000 ms, shorter than real typing) — is what the
 * p99 target is about; "saturation" — all 100 send at once and again the instant each
 * reply ends — measures capacity in turns per second and what a burst costs.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import pino from "pino";
import { createConversation } from "../agent/conversation/converse.ts";
import { openSession, postChat } from "../channels/web/test-helpers.ts";
import { buildWidget } from "../channels/web/widget/build.ts";
import { loadConfig } from "../config.ts";
import { type Db, migrateToLatest, openDatabase } from "../data/db/index.ts";
import { scratchPostgresForBench } from "../test-support/postgres-database.ts";
import { createScriptedConverse } from "../test-support/scripted-converse.ts";
import { readSse } from "../test-support/sse-client.ts";
import { startWebTestServer } from "../test-support/web-app.ts";
import { type BenchContext, percentiles } from "./harness.ts";
import type { LoadResult, Pacing } from "./web-load-client.ts";

const SESSIONS = Number(process.env.WEB_BENCH_SESSIONS ?? 100);
/** WEB_BENCH_ONLY=channel|embedded|postgres runs one part (when chasing a number). */
const ONLY = process.env.WEB_BENCH_ONLY;
const runs = (part: string) => !ONLY || ONLY === part;
/** What each simulated person says, in order (bench/turn-breakdown.bench.ts times the same turns). */
export const TURNS = [
  "hi",
  "add Python as an expert skill",
  "show my skills",
  "I want to be a data analyst working with SQL, Tableau and Python",
  "am I a fit?",
];

const THINK_MS = (process.env.WEB_BENCH_THINK_MS ?? "2000-6000").split("-").map(Number) as [number, number];
const SHAPES: { label: string; pacing?: Pacing }[] = [
  { label: "paced", pacing: { thinkMs: THINK_MS, seed: 7 } },
  { label: "saturation" },
];

/** Runs the simulated browsers in a worker thread (see web-load-client.ts). */
function runLoad(url: string, pacing?: Pacing): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./web-load-worker.mjs", import.meta.url), {
      workerData: { url, sessions: SESSIONS, turns: TURNS, pacing },
    });
    worker.once("message", (result: LoadResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}

async function benchBackend(ctx: BenchContext, label: string, db: Db, scripted = false): Promise<void> {
  await migrateToLatest(db);
  const config = loadConfig({ MODEL_PROVIDER: "offline", LOG_LEVEL: "silent" });
  const conversation = scripted
    ? { converse: createScriptedConverse({ deltaDelayMs: 0 }).converse, close: async () => {} }
    : await createConversation({ db, config, logger: pino({ level: "silent" }) });
  const unlimited = { limit: 1_000_000, windowMs: 60_000 };
  const server = await startWebTestServer({
    converse: conversation.converse,
    db,
    limits: { perSession: unlimited, perAddress: unlimited },
  });
  try {
    if (scripted) {
      // One visitor, one turn at a time: the web layer's own cost per turn (auth, SSE
      // framing of ~15 events, transcript write), with nothing else competing.
      const client = await openSession(server.url);
      await ctx.measure(
        "web chat turn, 1 session, scripted reply: turn end",
        async () => readSse(await postChat(server.url, client.token, { text: "hi" })),
        { iterations: 100, warmup: 10 },
      );
    }
    for (const shape of SHAPES) {
      const load = await runLoad(server.url, shape.pacing);
      const turns = SESSIONS * TURNS.length;
      const common = {
        n: load.turnEnd.length,
        errors: load.errors,
        turns,
        wallMs: Math.round(load.wallMs),
        turnsPerSecond: Math.round((load.turnEnd.length / load.wallMs) * 10_000) / 10,
        ...(shape.pacing ? { thinkMs: shape.pacing.thinkMs } : {}),
      };
      for (const [what, samples] of [
        ["stream open", load.streamOpen],
        ["first event", load.firstEvent],
        ["turn end", load.turnEnd],
      ] as const) {
        const p = percentiles(samples);
        ctx.record({
          name: `web chat ${SESSIONS}x${TURNS.length} ${shape.label} ${label}: ${what}`,
          unit: "ms",
          ...p,
          ...common,
        });
      }
      if (load.errorSamples.length)
        process.stderr.write(`web bench ${shape.label} ${label} errors: ${load.errorSamples.join(" | ")}\n`);
    }
  } finally {
    await server.close();
    await conversation.close();
  }
}

export default async function (ctx: BenchContext): Promise<void> {
  const bundle = await buildWidget();
  const kb = bundle.gzipped.length / 1024;
  ctx.record({
    name: "widget.js gzipped",
    unit: "KB",
    p50: kb,
    p95: kb,
    n: 1,
    bytes: bundle.code.length,
    gzippedBytes: bundle.gzipped.length,
  });

  // The channel alone (SSE, auth, transcript on PGlite) with an instant scripted
  // conversation: what the web layer itself adds to every turn.
  if (runs("channel")) {
    const channelOnly = await openDatabase({ memory: true });
    try {
      await benchBackend(ctx, "channel only (scripted reply)", channelOnly, true);
    } finally {
      await channelOnly.close();
    }
  }

  if (runs("embedded")) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "cc-web-bench-"));
    const embedded = await openDatabase({ dataDir });
    try {
      await benchBackend(ctx, "embedded", embedded);
    } finally {
      await embedded.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }

  if (!runs("postgres")) return;
  const postgres = await scratchPostgresForBench("web bench", { maxConnections: 10 });
  if (!postgres) return;
  try {
    await benchBackend(ctx, "postgres", postgres.db);
  } finally {
    await postgres.drop();
  }
}
