/**
 * Starts worker.mjs and talks to it: `exec` sends PostgreSQL wire-protocol bytes and
 * resolves with the bytes PGlite answered. One request is in flight per message id; the
 * worker answers in order. The thread keeps the process alive only while a request is
 * pending, so a command that forgets to close the database still exits.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { Worker } from "node:worker_threads";

export interface PgliteThreadOptions {
  dataDir?: string;
  loadDataDir?: Blob;
}

interface Reply {
  id?: number;
  type?: "ready" | "failed";
  message?: string;
  bytes?: Uint8Array | ArrayBuffer;
  error?: string;
}

/**
 * PGlite's two WebAssembly programs, compiled once per process: every database opened
 * afterwards (tests open hundreds) shares them instead of compiling 9 MB again.
 */
let compiled: Promise<{ pgliteWasmModule: WebAssembly.Module; initdbWasmModule: WebAssembly.Module }>;
function compiledModules() {
  compiled ??= (async () => {
    const dist = path.dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite"));
    const [pgliteWasmModule, initdbWasmModule] = await Promise.all(
      ["pglite.wasm", "initdb.wasm"].map(async (file) =>
        WebAssembly.compile(await readFile(path.join(dist, file))),
      ),
    );
    return { pgliteWasmModule: pgliteWasmModule!, initdbWasmModule: initdbWasmModule! };
  })();
  return compiled;
}

export class PgliteThread {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(reply: Reply): void; reject(error: Error): void }>();
  private failure: Error | undefined;

  private constructor(private readonly worker: Worker) {
    worker.on("message", (reply: Reply) => {
      if (reply.id === undefined) return;
      const waiter = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if (reply.error) waiter?.reject(new Error(reply.error));
      else waiter?.resolve(reply);
    });
    const fail = (error: Error) => {
      this.failure = error;
      for (const waiter of this.pending.values()) waiter.reject(error);
      this.pending.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`the embedded database thread stopped (exit code ${code})`)));
  }

  static async start(options: PgliteThreadOptions): Promise<PgliteThread> {
    const loadDataDir = options.loadDataDir ? await options.loadDataDir.arrayBuffer() : undefined;
    const worker = new Worker(new URL("./worker.mjs", import.meta.url), {
      // Not the parent's flags: the thread is plain JavaScript and needs no TypeScript loader.
      execArgv: [],
      workerData: { dataDir: options.dataDir, loadDataDir, ...(await compiledModules()) },
      transferList: loadDataDir ? [loadDataDir] : [],
    });
    const first = await new Promise<Reply>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
    if (first.type !== "ready") {
      await worker.terminate();
      throw new Error(first.message ?? "the embedded database did not start");
    }
    worker.unref();
    return new PgliteThread(worker);
  }

  private request(message: { op: string; bytes?: Uint8Array }): Promise<Reply> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<Reply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage({ id, ...message }, message.bytes ? [message.bytes.buffer as ArrayBuffer] : []);
    });
  }

  /** Wire-protocol request in, wire-protocol response out (errors arrive as ErrorResponse). */
  async exec(bytes: Uint8Array): Promise<Uint8Array> {
    // Only a buffer this code owns may be moved to the other thread.
    // (Buffer#slice is a view, so copy with the Uint8Array constructor.)
    const own =
      bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
    const reply = await this.request({ op: "exec", bytes: own });
    return reply.bytes as Uint8Array;
  }

  async dumpDataDir(): Promise<Blob> {
    const reply = await this.request({ op: "dump" });
    return new Blob([reply.bytes as ArrayBuffer]);
  }

  /** Closes PGlite cleanly (its files stay consistent), then ends the thread. */
  async close(): Promise<void> {
    if (!this.failure) await this.request({ op: "close" }).catch(() => undefined);
    await this.worker.terminate();
  }
}
