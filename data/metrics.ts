/**
 * The process's Prometheus metrics (prom-client), one registry for the whole service:
 * the HTTP layer, the conversation core, the job queue and the tools record into it and
 * GET /metrics serves it. In data/ so every layer may import it (tools -> data).
 * Label values are bounded sets (route templates, tool outcome, queue kind), never ids.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

export const metricsRegistry = new Registry();

let defaultsOn = false;
/** Process metrics (CPU, memory, GC, event-loop lag); started by the service, not by CLI runs. */
export function collectProcessMetrics(): void {
  if (defaultsOn) return;
  defaultsOn = true;
  collectDefaultMetrics({ register: metricsRegistry, eventLoopMonitoringPrecision: 20 });
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const httpRequestDuration = new Histogram({
  name: "careercraft_http_request_duration_seconds",
  help: "HTTP request latency by route template, method and status code",
  labelNames: ["method", "route", "status"] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

export const conversationTurns = new Counter({
  name: "careercraft_conversation_turns_total",
  help: "Conversation turns finished, by channel and model provider",
  labelNames: ["channel", "provider"] as const,
  registers: [metricsRegistry],
});

export const turnDuration = new Histogram({
  name: "careercraft_conversation_turn_duration_seconds",
  help: "Time from a message to the end of the agent's reply",
  labelNames: ["channel"] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

export const toolCalls = new Counter({
  name: "careercraft_tool_calls_total",
  help: "Tool calls the agent made",
  registers: [metricsRegistry],
});

export const jobFailures = new Counter({
  name: "careercraft_queue_job_failures_total",
  help: "Background job runs that failed (each retry counts)",
  labelNames: ["job"] as const,
  registers: [metricsRegistry],
});

export const queueDepth = new Gauge({
  name: "careercraft_queue_depth",
  help: "Background jobs waiting or delayed, read at scrape time",
  labelNames: ["queue"] as const,
  registers: [metricsRegistry],
});

export const resumeParseDuration = new Histogram({
  name: "careercraft_resume_parse_duration_seconds",
  help: "Time to read one resume (extraction, OCR when needed, parsing)",
  labelNames: ["outcome"] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
  registers: [metricsRegistry],
});

export const analysisDuration = new Histogram({
  name: "careercraft_analysis_duration_seconds",
  help: "Time to compute one FIT/UNFIT analysis (without storing it)",
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
  registers: [metricsRegistry],
});

/** Runs fn and records its duration in seconds. */
export async function timed<T>(
  histogram: Histogram<string>,
  fn: () => Promise<T>,
  labels?: (ok: boolean) => Record<string, string>,
): Promise<T> {
  const start = performance.now();
  let ok = false;
  try {
    const value = await fn();
    ok = true;
    return value;
  } finally {
    const seconds = (performance.now() - start) / 1000;
    if (labels) histogram.observe(labels(ok), seconds);
    else histogram.observe(seconds);
  }
}
