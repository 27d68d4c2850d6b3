/**
 * The reader pool on real threads with the real parser: one person's file that runs over
 * its time or memory limit is stopped alone, only that person is told, and everyone
 * else's reads (running at the same moment, or queued) finish normally.
 */
import { afterAll, describe, expect, it } from "vitest";
import { CareerCraftError } from "../../../data/errors.ts";
import { docxWithLargeText, goodPdf } from "../../../test-support/fixtures/hostile-files.ts";
import { textResume, twoPagePdf } from "../../../test-support/fixtures/resume/index.ts";
import { createResumeReader, type ResumeReader } from "./pool.ts";

// Loosened so the file reaches the reader (the check before work would refuse it).
const BIG_XML = { maxDocxXmlBytes: 64 * 1024 * 1024, maxTextChars: 50_000_000 };

async function failure(promise: Promise<unknown>): Promise<CareerCraftError> {
  const error = await promise.then(
    () => new Error("expected the read to fail"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CareerCraftError);
  return error as CareerCraftError;
}

/** Starts both threads (each loads the readers once) so the tests time only the reads. */
async function warm(reader: ResumeReader): Promise<void> {
  await Promise.all([reader.read("warm-1", textResume()), reader.read("warm-2", textResume())]);
}

describe("the resume reader pool", { timeout: 180_000 }, () => {
  const readers: ResumeReader[] = [];
  const make = (...args: Parameters<typeof createResumeReader>) => {
    const reader = createResumeReader(...args);
    readers.push(reader);
    return reader;
  };
  afterAll(async () => {
    await Promise.all(readers.map((r) => r.close()));
  });

  it("reads a resume on a reader thread", async () => {
    const reader = make({ threads: 1 });
    const parsed = await reader.read("alice", goodPdf());
    expect(parsed.source.kind).toBe("pdf");
    expect(parsed.contact.name?.value).toBe("Priya Raman");
  });

  it("stops a read that runs past its time limit alone and tells only its owner", async () => {
    const stopped: { owner: string; reason: string }[] = [];
    const reader = make({
      threads: 2,
      memoryMb: 4096,
      limits: { ...BIG_XML, timeoutMs: 3_000 },
      onStopped: (e) => stopped.push(e),
    });
    await warm(reader);
    const attack = reader.read("mallory", docxWithLargeText(30 * 1024 * 1024));
    const honest = [reader.read("alice", goodPdf()), reader.read("bob", textResume())];
    const e = await failure(attack);
    expect(e.code).toBe("timeout");
    expect(e.userMessage).toMatch(/took longer than 3 seconds, so it was stopped/);
    for (const r of await Promise.all(honest)) expect(r.contact.name?.value).toBe("Priya Raman");
    expect(stopped).toEqual([expect.objectContaining({ owner: "mallory", reason: "timeout" })]);
    // The pool carries on with a fresh thread.
    expect((await reader.read("mallory", textResume())).contact.name?.value).toBe("Priya Raman");
  });

  it("stops a read that runs past its memory limit alone and tells only its owner", async () => {
    const stopped: { owner: string; reason: string }[] = [];
    const reader = make({
      threads: 2,
      memoryMb: 160,
      limits: { ...BIG_XML, timeoutMs: 120_000 },
      onStopped: (e) => stopped.push(e),
    });
    await warm(reader);
    const attack = reader.read("mallory", docxWithLargeText(30 * 1024 * 1024));
    const honest = reader.read("alice", goodPdf());
    const e = await failure(attack);
    expect(e.code).toBe("too_large");
    expect(e.userMessage).toMatch(/needed far more memory than a resume does \(over 160 MB\)/);
    expect((await honest).contact.name?.value).toBe("Priya Raman");
    expect(stopped.map((s) => [s.owner, s.reason])).toEqual([["mallory", "memory"]]);
  });

  it("drops a queued read whose owner went away, and keeps the others' order", async () => {
    const reader = make({ threads: 1 });
    const first = reader.read("alice", textResume());
    const leaving = new AbortController();
    const gone = reader.read("bob", textResume(), { signal: leaving.signal });
    const third = reader.read("carol", textResume());
    leaving.abort();
    await expect(gone).rejects.toMatchObject({ name: "AbortError" });
    await Promise.all([first, third]);
    expect(reader.stats().queued).toBe(0);
  });

  it("refuses more files at once from one person than the limit, with a message for them", async () => {
    const reader = make({ threads: 1, maxPendingPerOwner: 2 });
    const reads = [1, 2, 3].map(() => reader.read("alice", textResume()));
    const e = await failure(reads[2]!.then(() => undefined));
    expect(e.code).toBe("rate_limited");
    expect(e.userMessage).toMatch(/already have 2 files being read/);
    await Promise.all(reads.slice(0, 2));
  });

  it("refuses an oversize file before it reaches a thread", async () => {
    const reader = make({ threads: 1, limits: { maxBytes: 1000 } });
    const e = await failure(reader.read("alice", goodPdf()));
    expect(e.code).toBe("too_large");
    expect(reader.stats().threads).toBe(0);
  });

  it("applies one read's own limits (the CLI's options) over the reader's, for that read only", async () => {
    const reader = make({ threads: 1, prestart: true, warm: false });
    // Started before any read: the CLI's thread loads while the command does.
    expect(reader.stats().threads).toBe(1);
    const pages = await failure(reader.read("alice", twoPagePdf(), { limits: { maxPages: 1 } }));
    expect(pages.code).toBe("too_large");
    expect(pages.userMessage).toMatch(/has 2 pages; resumes of up to 1 pages/);
    const size = await failure(reader.read("alice", twoPagePdf(), { limits: { maxBytes: 1000 } }));
    expect(size.code).toBe("too_large");
    const parsed = await reader.read("alice", twoPagePdf());
    expect(parsed.source.pages).toBe(2);
  });
});
