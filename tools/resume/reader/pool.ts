/**
 * Where resumes are read: a pool of worker threads (tinypool), each job with a memory
 * limit (V8 resourceLimits) and a time limit. A job that runs over is killed with its
 * thread alone (tinypool terminates that one worker and starts a fresh one); only its
 * owner's promise rejects, with a message about their file. People take turns for the
 * threads (fair-queue.ts). Every caller — the agent's read_resume tool, the CLI — reads
 * through here, so the limits hold everywhere.
 *
 * Why tinypool (measured, see the issue-19 note): of piscina, tinypool and workerpool, all
 * three kill one worker on abort and honour resourceLimits; tinypool spent the least main-
 * thread CPU per job and replaced a killed worker fastest.
 */
import os from "node:os";
import { MessageChannel } from "node:worker_threads";
import { Tinypool } from "tinypool";
import { CareerCraftError } from "../../../data/errors.ts";
import { detectDocumentKind } from "../extract/detect-type.ts";
import { assertFileSize, DEFAULT_LIMITS, duration, type ResumeLimits } from "../extract/limits.ts";
import type { ParsedResume } from "../types.ts";
import { FairQueue, type QueuedJob } from "./fair-queue.ts";
import type { ReadJob, ReadJobResult } from "./job.ts";

export interface ResumeReaderOptions {
  /** Reader threads (RESUME_READER_THREADS). */
  threads?: number;
  /** Heap limit of one reading job in MB (RESUME_READER_MEMORY_MB). */
  memoryMb?: number;
  /** Size, page and time limits; `timeoutMs` is the longest one job may run. */
  limits?: Partial<ResumeLimits>;
  /** Jobs one owner may have running at once. */
  perOwner?: number;
  /** Jobs one owner may have waiting or running; more are refused. */
  maxPendingPerOwner?: number;
  /** Jobs waiting in all. */
  maxQueued?: number;
  /** An idle thread exits after this long, giving its memory back. */
  idleTimeoutMs?: number;
  /**
   * Whether a new thread makes a warm-up parse before its first job (default true), so the
   * loading is not counted against the first person's file. A one-shot CLI read says false:
   * its one file pays the loading either way, and the warm-up's own parse would be extra.
   */
  warm?: boolean;
  /**
   * Start one thread now instead of on the first read, so its loading overlaps whatever the
   * caller does before it has the file (the CLI: loading the rest of the command). The
   * thread is kept until close().
   */
  prestart?: boolean;
  /** Told when a job is stopped for running over a limit (for the log). */
  onStopped?: (event: { owner: string; reason: "timeout" | "memory"; ms: number }) => void;
}

export interface ReadOptions {
  /** The person went away: a waiting job is dropped, a running one stopped. */
  signal?: AbortSignal;
  /** Limits for this read instead of the reader's (the CLI's --max-pages, --max-mb, --timeout). */
  limits?: Partial<ResumeLimits>;
  now?: Date;
}

export interface ResumeReader {
  read(owner: string, bytes: Uint8Array, options?: ReadOptions): Promise<ParsedResume>;
  stats(): { threads: number; running: number; queued: number };
  close(): Promise<void>;
}

/** The resume settings of config.ts, as far as the reader needs them. */
export interface ResumeReaderSettings {
  maxBytes: number;
  maxPages: number;
  timeoutMs: number;
  readerThreads: number;
  readerMemoryMb: number;
}

/**
 * The one reader a process shares between the agent, the REST API and the CLI: one pool, so
 * people take turns across every channel and one person's file never starves another's.
 */
export function createResumeReaderFromSettings(
  settings: ResumeReaderSettings,
  log?: { warn(obj: object, message: string): void },
): ResumeReader {
  return createResumeReader({
    threads: settings.readerThreads,
    memoryMb: settings.readerMemoryMb,
    limits: { maxBytes: settings.maxBytes, maxPages: settings.maxPages, timeoutMs: settings.timeoutMs },
    onStopped: (e) => log?.warn({ userId: e.owner, reason: e.reason, ms: e.ms }, "resume read stopped"),
  });
}

export function defaultReaderThreads(): number {
  return Math.max(2, Math.min(4, os.availableParallelism()));
}

interface Job extends QueuedJob {
  bytes: Uint8Array;
  options: ReadOptions;
  resolve(parsed: ParsedResume): void;
  reject(error: unknown): void;
}

/** How long a new thread may take to load the readers before its job's clock starts anyway. */
const THREAD_START_ALLOWANCE_MS = 30_000;

const abortError = () => new DOMException("The resume read was cancelled.", "AbortError");

export function createResumeReader(options: ResumeReaderOptions = {}): ResumeReader {
  const readerLimits: ResumeLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const threads = options.threads ?? defaultReaderThreads();
  const memoryMb = options.memoryMb ?? 512;
  const maxPendingPerOwner = options.maxPendingPerOwner ?? 3;
  const maxQueued = options.maxQueued ?? 200;
  const queue = new FairQueue<Job>(threads, options.perOwner ?? 1);
  let pool: Tinypool | undefined;
  let closed = false;

  const getPool = () => {
    pool ??= new Tinypool({
      filename: new URL("./worker.mjs", import.meta.url).href,
      minThreads: options.prestart ? 1 : 0,
      maxThreads: threads,
      idleTimeout: options.idleTimeoutMs ?? 30_000,
      // The readers' thread starts without this process's flags: worker.mjs brings its
      // own TypeScript loader, after the big JavaScript libraries have loaded.
      execArgv: [],
      workerData: { warm: options.warm ?? true },
      resourceLimits: {
        maxOldGenerationSizeMb: memoryMb,
        maxYoungGenerationSizeMb: Math.min(64, Math.max(16, Math.round(memoryMb / 8))),
      },
      // A thread whose heap grew on a big file is replaced after it, not kept warm.
      maxMemoryLimitBeforeRecycle: Math.round(memoryMb * 0.5) * 1024 * 1024,
    });
    return pool;
  };

  if (options.prestart) getPool();

  function start(job: Job): void {
    const limits: ResumeLimits = { ...readerLimits, ...job.options.limits };
    let started = performance.now();
    const stop = new AbortController();
    let reason: "timeout" | "owner" | undefined;
    const expire = () => {
      reason = "timeout";
      stop.abort();
    };
    // The clock starts when the thread begins reading (a fresh thread first loads the
    // readers, which is not the file's doing), with a backstop in case it never does.
    let timer = setTimeout(expire, limits.timeoutMs + THREAD_START_ALLOWANCE_MS);
    const { port1, port2 } = new MessageChannel();
    port1.once("message", () => {
      started = performance.now();
      clearTimeout(timer);
      timer = setTimeout(expire, limits.timeoutMs);
      port1.close();
    });
    const onOwnerAbort = () => {
      reason ??= "owner";
      stop.abort();
    };
    job.options.signal?.addEventListener("abort", onOwnerAbort, { once: true });
    // The thread gets its own copy, moved rather than cloned.
    const bytes = job.bytes.slice();
    const task: ReadJob = { bytes, limits, now: job.options.now?.toISOString(), started: port2 };
    getPool()
      .run(task, { signal: stop.signal, transferList: [bytes.buffer as ArrayBuffer, port2] })
      .then(
        (result: ReadJobResult) => {
          if (result.ok) return job.resolve(result.parsed);
          if (result.code === "internal" || !result.userMessage)
            return job.reject(new Error(`resume reader failed: ${result.message}`));
          job.reject(new CareerCraftError(result.code as CareerCraftError["code"], result.userMessage));
        },
        (error: NodeJS.ErrnoException) => {
          const ms = Math.round(performance.now() - started);
          if (reason === "owner") return job.reject(abortError());
          if (reason === "timeout") {
            options.onStopped?.({ owner: job.owner, reason: "timeout", ms });
            return job.reject(
              new CareerCraftError(
                "timeout",
                `Reading this file took longer than ${duration(limits.timeoutMs)}, so it was stopped. Please upload a simpler PDF or a DOCX version.`,
              ),
            );
          }
          if (error?.code === "ERR_WORKER_OUT_OF_MEMORY") {
            options.onStopped?.({ owner: job.owner, reason: "memory", ms });
            return job.reject(
              new CareerCraftError(
                "too_large",
                `Reading this file needed far more memory than a resume does (over ${memoryMb} MB), so it was stopped. Please upload a simpler PDF or a DOCX version.`,
              ),
            );
          }
          job.reject(error);
        },
      )
      .finally(() => {
        clearTimeout(timer);
        port1.close();
        job.options.signal?.removeEventListener("abort", onOwnerAbort);
        queue.finished(job.owner);
      });
  }

  return {
    async read(owner, bytes, readOptions = {}) {
      if (closed) throw new CareerCraftError("internal", "The resume reader is shut down.");
      // Refused here, so an oversize file, an empty one or a program never reaches a thread.
      assertFileSize(bytes.byteLength, readOptions.limits?.maxBytes ?? readerLimits.maxBytes);
      detectDocumentKind(bytes);
      if (readOptions.signal?.aborted) throw abortError();
      if (queue.pendingFor(owner) >= maxPendingPerOwner)
        throw new CareerCraftError(
          "rate_limited",
          `You already have ${maxPendingPerOwner} files being read. Please wait for them to finish, then send the next one.`,
        );
      if (queue.queued >= maxQueued)
        throw new CareerCraftError(
          "rate_limited",
          "Resume reading is very busy right now. Please send your file again in a minute.",
        );
      return new Promise<ParsedResume>((resolve, reject) => {
        const job: Job = {
          owner,
          bytes,
          options: readOptions,
          resolve,
          reject,
          start: () => start(job),
        };
        readOptions.signal?.addEventListener(
          "abort",
          () => {
            if (queue.remove(job)) reject(abortError());
          },
          { once: true },
        );
        queue.push(job);
      });
    },
    stats: () => ({ threads: pool?.threads.length ?? 0, running: queue.runningCount, queued: queue.queued }),
    async close() {
      closed = true;
      await pool?.destroy();
      pool = undefined;
    },
  };
}
