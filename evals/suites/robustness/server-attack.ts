/**
 * One person's file never hurts another's, measured on the running service (issue 19):
 * the service runs as its own process on the embedded database; well-behaved people chat
 * and upload a real resume, first alone, then while an attacker uploads every hostile
 * file (hostile-uploads.ts) and sends it in a chat message. Reports each hostile file's
 * answer, the well-behaved turns' latency in both runs, failed well-behaved uploads, and
 * the service's resident memory before, during and after the attack.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openSession, postChat, uploadFile } from "../../../channels/web/test-helpers.ts";
import { goodPdf } from "../../../test-support/fixtures/hostile-files.ts";
import { docxResume } from "../../../test-support/fixtures/resume/index.ts";
import { residentMb, startServiceProcess } from "../../../test-support/service-process.ts";
import { readSse } from "../../../test-support/sse-client.ts";
import { HOSTILE_UPLOADS } from "./hostile-uploads.ts";

export interface AttackOptions {
  /** Well-behaved people chatting at once. */
  sessions?: number;
  /** Think time between turns, drawn from [min, max] ms. */
  thinkMs?: [number, number];
  /** How long memory may take to settle once the attack is over. */
  settleMs?: number;
  env?: Record<string, string>;
  /** Told each step (phases, each hostile file's answer). */
  onProgress?: (message: string) => void;
}

export interface TurnSample {
  kind: "chat" | "upload";
  firstEventMs: number;
  endMs: number;
  ok: boolean;
  detail?: string;
}

export interface HostileOutcome {
  name: string;
  passed: boolean;
  /** What the sender was told. */
  told: string;
  ms: number;
}

export interface AttackReport {
  calm: TurnSample[];
  attacked: TurnSample[];
  hostile: HostileOutcome[];
  /**
   * Resident memory: fresh, idle after the calm run (reader threads gone), the peak during
   * the attack, and idle again after it.
   */
  rssMb: { fresh: number; idleBaseline: number; peakDuringAttack: number; afterAttack: number };
}

const TURNS = [
  "hi",
  "@upload",
  "show my skills",
  "I want to be a data analyst working with SQL and Python",
  "am I a fit?",
];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends a chat turn (optionally with uploads) and times it from the sender's side. */
async function turn(url: string, token: string, text: string, uploadIds: string[] = []) {
  const started = performance.now();
  let first = 0;
  const response = await postChat(url, token, { text, uploadIds });
  if (!response.ok)
    return { first: 0, end: performance.now() - started, text: await response.text(), error: true };
  const sse = await readSse(response, () => {
    first ||= performance.now() - started;
    return undefined;
  });
  let said = "";
  for (const e of sse.events) if (e.type === "text_delta") said += e.text;
  const error = sse.events.find((e) => e.type === "error");
  return {
    first,
    end: performance.now() - started,
    text: said || JSON.stringify(error ?? {}),
    error: Boolean(error),
  };
}

async function wellBehaved(url: string, index: number, thinkMs: [number, number]): Promise<TurnSample[]> {
  const samples: TurnSample[] = [];
  const random = (n: number) =>
    thinkMs[0] + (((index * 7919 + n * 104_729) % 1000) / 1000) * (thinkMs[1] - thinkMs[0]);
  await sleep(random(0) / 2);
  const client = await openSession(url);
  for (const [n, text] of TURNS.entries()) {
    if (n > 0) await sleep(random(n));
    if (text !== "@upload") {
      const t = await turn(url, client.token, text);
      samples.push({
        kind: "chat",
        firstEventMs: t.first,
        endMs: t.end,
        ok: !t.error,
        detail: t.error ? t.text : undefined,
      });
      continue;
    }
    const [bytes, name] = index % 2 ? [docxResume(), "resume.docx"] : [goodPdf(), "resume.pdf"];
    const up = await uploadFile(url, client.token, bytes, name);
    if (up.status !== 201) {
      samples.push({ kind: "upload", firstEventMs: 0, endMs: 0, ok: false, detail: await up.text() });
      continue;
    }
    const { uploadId } = (await up.json()) as { uploadId: string };
    const t = await turn(url, client.token, "here is my resume", [uploadId]);
    const read = /I've read|Done reading|I read/.test(t.text);
    samples.push({
      kind: "upload",
      firstEventMs: t.first,
      endMs: t.end,
      ok: read && !t.error,
      detail: read ? undefined : t.text,
    });
  }
  return samples;
}

async function attacker(url: string, progress: (m: string) => void): Promise<HostileOutcome[]> {
  const outcomes: HostileOutcome[] = [];
  const client = await openSession(url);
  for (const h of HOSTILE_UPLOADS) {
    const bytes = h.make();
    const started = performance.now();
    const up = await uploadFile(url, client.token, bytes, h.filename, "application/octet-stream");
    let told: string;
    if (up.status !== 201) told = ((await up.json()) as { error: { message: string } }).error.message;
    else {
      const { uploadId } = (await up.json()) as { uploadId: string };
      told = (await turn(url, client.token, "here is my resume", [uploadId])).text;
    }
    outcomes.push({
      name: h.name,
      passed: h.message.test(told),
      told: told.slice(0, 300),
      ms: Math.round(performance.now() - started),
    });
    progress(
      `hostile: ${h.name} -> ${outcomes.at(-1)!.passed ? "ok" : "WRONG"} in ${outcomes.at(-1)!.ms} ms: ${told.slice(0, 120)}`,
    );
  }
  return outcomes;
}

async function calmRun(url: string, sessions: number, thinkMs: [number, number]) {
  return (await Promise.all(Array.from({ length: sessions }, (_, i) => wellBehaved(url, i, thinkMs)))).flat();
}

export async function runServerAttack(options: AttackOptions = {}): Promise<AttackReport> {
  const sessions = options.sessions ?? 20;
  const thinkMs = options.thinkMs ?? [1000, 3000];
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "cc-attack-"));
  const service = startServiceProcess({
    DATA_DIR: dataDir,
    // The readers are under test here, not the rate limits.
    RATE_LIMIT_PER_MINUTE: "100000",
    ...options.env,
  });
  try {
    const url = await service.ready;
    const rss = () => residentMb(service.child.pid!) ?? 0;
    const progress = options.onProgress ?? (() => undefined);
    const settleMs = options.settleMs ?? 40_000;
    await sleep(2000);
    const fresh = rss();
    progress(`ready at ${url}, ${fresh} MB`);
    const calm = await calmRun(url, sessions, thinkMs);
    progress(`calm run done: ${calm.length} turns`);
    await sleep(settleMs);
    const idleBaseline = rss();
    let peak = idleBaseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rss());
    }, 200);
    const [attacked, hostile] = await Promise.all([calmRun(url, sessions, thinkMs), attacker(url, progress)]);
    progress(`attack done, peak ${peak} MB`);
    clearInterval(sampler);
    await sleep(settleMs);
    return {
      calm,
      attacked,
      hostile,
      rssMb: { fresh, idleBaseline, peakDuringAttack: peak, afterAttack: rss() },
    };
  } finally {
    service.child.kill("SIGTERM");
    await service.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}
