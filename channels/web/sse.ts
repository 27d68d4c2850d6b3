/**
 * Server-Sent Events over a plain fetch response. Headers are flushed at once so the
 * browser (and any proxy) sees the stream start before the first event; `no-transform`
 * and `X-Accel-Buffering: no` stop compression middleware and nginx from buffering it;
 * a comment line every 15 s keeps idle proxies from closing a long analysis.
 */
import type { Response } from "express";

export const SSE_PING_INTERVAL_MS = 15_000;

export interface SseStream {
  send(event: string, data: unknown): boolean;
  /** Resolves once the socket accepted everything written so far (backpressure). */
  drained(): Promise<void>;
  end(): void;
  readonly closed: boolean;
}

export function openSse(res: Response, pingIntervalMs = SSE_PING_INTERVAL_MS): SseStream {
  res.status(200);
  res.setHeader("Content-Type", "text/event-stream; charset=utf-8");
  res.setHeader("Cache-Control", "no-cache, no-transform");
  res.setHeader("Connection", "keep-alive");
  res.setHeader("X-Accel-Buffering", "no");
  res.setHeader("Content-Encoding", "identity");
  res.flushHeaders();
  res.socket?.setNoDelay(true);
  // Tells EventSource-style clients how long to wait before reconnecting.
  res.write("retry: 3000\n\n");

  let nextId = 1;
  let closed = false;
  // Events produced in one go (a reply's sentences, a card and its text) leave in one
  // packet: the socket is corked on the first write and uncorked once the current
  // burst of work has run, instead of one system call and one TCP segment per event.
  let corked = false;
  const uncork = () => {
    corked = false;
    res.uncork();
  };
  const ping = setInterval(() => {
    if (!closed) res.write(": ping\n\n");
  }, pingIntervalMs);
  ping.unref();
  const stop = () => {
    closed = true;
    clearInterval(ping);
  };
  res.on("close", stop);

  return {
    send(event, data) {
      if (closed) return false;
      if (!corked) {
        corked = true;
        res.cork();
        process.nextTick(uncork);
      }
      return res.write(`id: ${nextId++}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    drained() {
      if (closed || !res.writableNeedDrain) return Promise.resolve();
      return new Promise((resolve) => {
        const done = () => {
          res.off("drain", done);
          res.off("close", done);
          resolve();
        };
        res.on("drain", done);
        res.on("close", done);
      });
    },
    end() {
      if (closed) return;
      stop();
      res.end();
    },
    get closed() {
      return closed;
    },
  };
}
