/**
 * The typed side of pdf-worker.mjs: one long-lived worker thread per process (pdfjs loads
 * once), requests matched by id, the thread kept referenced only while a request is in
 * flight (so it never holds the process open), and terminated - then recreated on the
 * next request - when a request runs past its time limit.
 */
import { Worker } from "node:worker_threads";
import { CareerCraftError } from "../../../data/errors.ts";
import { duration } from "./limits.ts";

export interface WorkerPage {
  width: number;
  items: { str: string; transform: number[]; width: number; height: number }[];
}

export interface WorkerResult {
  numPages: number;
  pages: WorkerPage[];
  shots: Uint8Array[];
}

export interface WorkerFailure {
  name: string;
  message: string;
}

type Reply = { id: number; ok: true; result: WorkerResult } | { id: number; ok: false; error: WorkerFailure };

interface Pending {
  resolve(r: WorkerResult): void;
  reject(e: unknown): void;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: unknown): void {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
}

function getWorker(onFailure: (f: WorkerFailure) => CareerCraftError): Worker {
  if (worker) return worker;
  // execArgv [] keeps the TypeScript loader out of this thread (see pdf-worker.mjs).
  const w = new Worker(new URL("./pdf-worker.mjs", import.meta.url), { execArgv: [] });
  w.unref();
  w.on("message", (reply: Reply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (pending.size === 0) w.unref();
    if (reply.ok) p.resolve(reply.result);
    else p.reject(onFailure(reply.error));
  });
  w.on("error", (error) => {
    if (worker === w) worker = undefined;
    failAll(onFailure({ name: error.name, message: error.message }));
  });
  w.on("exit", () => {
    if (worker === w) worker = undefined;
  });
  worker = w;
  return w;
}

export function readPdfInThread(
  data: Uint8Array,
  mode: "text" | "render",
  maxPages: number,
  timeoutMs: number,
  onFailure: (f: WorkerFailure) => CareerCraftError,
): Promise<WorkerResult> {
  const w = getWorker(onFailure);
  const id = nextId++;
  return new Promise<WorkerResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      // pdfjs may be stuck in a loop on a hostile file: only terminating the thread stops it.
      if (worker === w) worker = undefined;
      failAll(
        new CareerCraftError(
          "timeout",
          "Another PDF was stopped while this one was being read. Please try again.",
        ),
      );
      void w.terminate();
      reject(
        new CareerCraftError(
          "timeout",
          `Reading this PDF took longer than ${duration(timeoutMs)}, so it was stopped. Please upload a simpler PDF or a DOCX version.`,
        ),
      );
    }, timeoutMs);
    pending.set(id, {
      resolve: (r) => {
        clearTimeout(timer);
        resolve(r);
      },
      reject: (e) => {
        clearTimeout(timer);
        reject(e);
      },
    });
    w.ref();
    w.postMessage({ id, data, mode, maxPages });
  });
}

/** Ends the PDF thread (tests call this; the thread never keeps a process alive anyway). */
export async function closePdfThread(): Promise<void> {
  const w = worker;
  worker = undefined;
  failAll(new CareerCraftError("internal", "The PDF reader was shut down."));
  if (w) await w.terminate();
}
