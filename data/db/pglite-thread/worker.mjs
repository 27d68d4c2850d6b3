/**
 * The embedded PGlite database on a thread of its own. PGlite runs PostgreSQL as
 * WebAssembly, synchronously: on the main thread every query would stop the event loop
 * (HTTP, SSE, the agent) for its whole duration. Here the main thread only sends
 * wire-protocol bytes and gets wire-protocol bytes back (see connection.ts).
 *
 * Plain JavaScript on purpose: worker threads do not inherit the TypeScript loader, and
 * this file needs nothing but PGlite.
 *
 * workerData: { dataDir?, loadDataDir?: ArrayBuffer, pgliteWasmModule?, initdbWasmModule? }
 * (modules compiled once per process and shared, so a new database does not recompile)
 * in:  { id, op: "exec", bytes } | { id, op: "dump" } | { id, op: "close" }
 * out: { type: "ready" } | { type: "failed", message } | { id, bytes? , error? }
 */
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";

/** A result that owns its whole buffer can be moved to the main thread instead of copied. */
const movable = (bytes) =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();

/**
 * PostgreSQL's buffer pool. initdb writes 128MB, and starting the engine clears all of it
 * in WebAssembly: 0.6-0.7 s of CPU on every start (every test database too). The whole
 * embedded database is ~35 MB and a page that is not in the pool is one read from the data
 * folder (or from memory), so 16MB costs no measurable query time (see README.md).
 */
const SHARED_BUFFERS = "16MB";

let db;
try {
  db = await PGlite.create({
    dataDir: workerData.dataDir,
    extensions: { vector },
    startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${SHARED_BUFFERS}`],
    pgliteWasmModule: workerData.pgliteWasmModule,
    initdbWasmModule: workerData.initdbWasmModule,
    loadDataDir: workerData.loadDataDir ? new Blob([workerData.loadDataDir]) : undefined,
  });
  parentPort.postMessage({ type: "ready" });
} catch (error) {
  parentPort.postMessage({ type: "failed", message: error instanceof Error ? error.message : String(error) });
}

async function handle({ id, op, bytes }) {
  try {
    if (op === "exec") {
      const out = movable(await db.execProtocolRaw(bytes));
      parentPort.postMessage({ id, bytes: out }, [out.buffer]);
    } else if (op === "dump") {
      const buffer = await (await db.dumpDataDir("none")).arrayBuffer();
      parentPort.postMessage({ id, bytes: buffer }, [buffer]);
    } else if (op === "close") {
      await db.close();
      parentPort.postMessage({ id });
    } else {
      parentPort.postMessage({ id, error: `unknown operation ${op}` });
    }
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
}

// One request at a time, in arrival order: PGlite is a single session.
let tail = Promise.resolve();
parentPort.on("message", (message) => {
  tail = tail.then(() => handle(message));
});
