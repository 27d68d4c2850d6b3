import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "../../test-support/db.ts";
import { createScriptedConverse } from "../../test-support/scripted-converse.ts";
import { readSse } from "../../test-support/sse-client.ts";
import { waitFor } from "../../test-support/wait.ts";
import { startWebTestServer, type WebTestServer } from "../../test-support/web-app.ts";
import { errorOf, openSession, postChat, uploadFile } from "./test-helpers.ts";

const MAX_UPLOAD = 64 * 1024;
const PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);

describeEachDatabase("web uploads, rate limits and disconnects", (getDb) => {
  let server: WebTestServer;
  let limited: WebTestServer;
  const scripted = createScriptedConverse({ deltaDelayMs: 2 });

  beforeAll(async () => {
    server = await startWebTestServer({
      converse: scripted.converse,
      db: getDb(),
      maxUploadBytes: MAX_UPLOAD,
    });
    limited = await startWebTestServer({
      converse: scripted.converse,
      db: getDb(),
      limits: { perSession: { limit: 3, windowMs: 60_000 }, perAddress: { limit: 8, windowMs: 60_000 } },
    });
  });
  afterAll(async () => {
    await server.close();
    await limited.close();
  });

  it("takes a resume, then hands it to the conversation as an attachment exactly once", async () => {
    const client = await openSession(server.url);
    const upload = await uploadFile(
      server.url,
      client.token,
      PDF,
      "My Resume.pdf",
      "application/octet-stream",
    );
    expect(upload.status).toBe(201);
    const body = (await upload.json()) as {
      uploadId: string;
      mimeType: string;
      size: number;
      filename: string;
    };
    expect(body).toMatchObject({ mimeType: "application/pdf", size: PDF.length, filename: "My Resume.pdf" });

    const sse = await readSse(
      await postChat(server.url, client.token, { text: "Here is my resume.", uploadIds: [body.uploadId] }),
    );
    expect(sse.events[0]).toEqual({ type: "progress", stage: "resume", message: "Reading My Resume.pdf…" });
    const turn = scripted.log.turns.at(-1)!;
    expect(turn.inbound.attachments).toHaveLength(1);
    expect(turn.inbound.attachments[0]!.mimeType).toBe("application/pdf");
    expect(Buffer.from(turn.inbound.attachments[0]!.bytes).equals(Buffer.from(PDF))).toBe(true);

    const history = (await (
      await fetch(`${server.url}/api/history`, { headers: { authorization: `Bearer ${client.token}` } })
    ).json()) as {
      messages: { attachments: { filename: string }[] }[];
    };
    expect(history.messages[0]!.attachments).toEqual([
      { filename: "My Resume.pdf", mimeType: "application/pdf", size: PDF.length },
    ]);

    const reused = await postChat(server.url, client.token, { text: "again", uploadIds: [body.uploadId] });
    expect(reused.status).toBe(404);
    expect((await errorOf(reused)).message).toMatch(/upload it again/);
  });

  it("does not let one session send another session's upload", async () => {
    const alice = await openSession(server.url);
    const mallory = await openSession(server.url);
    const { uploadId } = (await (await uploadFile(server.url, alice.token, PDF, "alice.pdf")).json()) as {
      uploadId: string;
    };
    const stolen = await postChat(server.url, mallory.token, { text: "hi", uploadIds: [uploadId] });
    expect(stolen.status).toBe(404);
    // and Alice can still use it
    const own = await postChat(server.url, alice.token, { text: "mine", uploadIds: [uploadId] });
    expect(own.status).toBe(200);
    await readSse(own);
  });

  it("refuses an oversize file while streaming it and when its length is declared too big", async () => {
    const client = await openSession(server.url);
    const justOver = new Uint8Array(MAX_UPLOAD + 10_000);
    justOver.set(PDF);
    const streamed = await uploadFile(server.url, client.token, justOver, "big.pdf");
    expect(streamed.status).toBe(413);
    expect((await errorOf(streamed)).message).toMatch(/larger than 0.1 MB/);
    const huge = new Uint8Array(MAX_UPLOAD * 4);
    huge.set(PDF);
    const declared = await uploadFile(server.url, client.token, huge, "huge.pdf");
    expect(declared.status).toBe(413);
  });

  it("decides the type from the bytes, not the name", async () => {
    const client = await openSession(server.url);
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
    const disguised = await uploadFile(server.url, client.token, exe, "resume.pdf", "application/pdf");
    expect(disguised.status).toBe(415);
    expect((await errorOf(disguised)).message).toMatch(/a program or script.*PDF/);
    const gzip = new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00]);
    const archive = await uploadFile(server.url, client.token, gzip, "resume.docx");
    expect(archive.status).toBe(415);
    expect((await errorOf(archive)).message).toMatch(/compressed archive/);
    const text = await uploadFile(
      server.url,
      client.token,
      new TextEncoder().encode("Jane Doe\nPython, SQL\n"),
      "cv.txt",
      "text/plain",
    );
    expect(text.status).toBe(201);
    expect(((await text.json()) as { mimeType: string }).mimeType).toBe("text/plain");
  });

  it("answers malformed uploads with 4xx", async () => {
    const client = await openSession(server.url);
    const notMultipart = await fetch(`${server.url}/api/uploads`, {
      method: "POST",
      headers: { authorization: `Bearer ${client.token}`, "content-type": "application/json" },
      body: "{}",
    });
    expect(notMultipart.status).toBe(415);
    const form = new FormData();
    form.append("note", "no file here");
    const noFile = await fetch(`${server.url}/api/uploads`, {
      method: "POST",
      headers: { authorization: `Bearer ${client.token}` },
      body: form,
    });
    expect(noFile.status).toBe(400);
    expect((await errorOf(noFile)).message).toMatch(/field named "file"/);
    const empty = await uploadFile(server.url, client.token, new Uint8Array(0), "empty.pdf");
    expect(empty.status).toBe(400);
    const anonymous = await fetch(`${server.url}/api/uploads`, { method: "POST", body: form });
    expect(anonymous.status).toBe(401);
  });

  it("limits each session and each address, saying when to retry", async () => {
    const client = await openSession(limited.url);
    for (let i = 0; i < 3; i++) await readSse(await postChat(limited.url, client.token, { text: "hi" }));
    const refused = await postChat(limited.url, client.token, { text: "hi" });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await errorOf(refused)).message).toMatch(
      /Too many requests from this chat session.*wait \d+ seconds/,
    );

    // a fresh session from the same address runs into the address budget (1 session + 4 chats used so far)
    const other = await openSession(limited.url);
    await readSse(await postChat(limited.url, other.token, { text: "hi" }));
    await readSse(await postChat(limited.url, other.token, { text: "hi" }));
    const byAddress = await postChat(limited.url, other.token, { text: "hi" });
    expect(byAddress.status).toBe(429);
    expect((await errorOf(byAddress)).message).toMatch(/your network address/);
  });

  it("stops the turn when the client disconnects and keeps what was said, marked interrupted", async () => {
    const client = await openSession(server.url);
    const before = scripted.log.aborted;
    const controller = new AbortController();
    const response = await postChat(
      server.url,
      client.token,
      { text: "slow please" },
      { signal: controller.signal },
    );
    await readSse(response, (e) => !(e.type === "text_delta" && e.text === "2 "));
    controller.abort();
    await waitFor(() => scripted.log.aborted === before + 1, 5000, "the turn to stop");
    const turn = scripted.log.turns.at(-1)!;
    expect(turn.inbound.text).toBe("slow please");

    type History = { messages: { role: string; text: string; interrupted: boolean }[] };
    let history: History = { messages: [] };
    const headers = { authorization: `Bearer ${client.token}` };
    // the interrupted reply is saved once the generator has returned
    for (let i = 0; i < 100 && history.messages.at(-1)?.role !== "assistant"; i++) {
      history = (await (await fetch(`${server.url}/api/history`, { headers })).json()) as History;
      await new Promise((r) => setTimeout(r, 20));
    }
    const reply = history.messages.at(-1)!;
    expect(reply.role).toBe("assistant");
    expect(reply.interrupted).toBe(true);
    expect(reply.text.startsWith("0 1 2 ")).toBe(true);
    expect(reply.text.split(" ").length).toBeLessThan(50);
  });

  it("a message sent while a turn runs waits for it and is answered next; a third is refused", async () => {
    const client = await openSession(server.url);
    const controller = new AbortController();
    const first = await postChat(
      server.url,
      client.token,
      { text: "slow please" },
      { signal: controller.signal },
    );
    // Read the first words and keep the stream open: the turn goes on running.
    const firstReader = first.body!.getReader();
    await firstReader.read();
    const turnsBefore = scripted.log.turns.length;
    // Answered at once with a stream that says it waits; the conversation is not called yet.
    const second = await postChat(server.url, client.token, { text: "hi after the slow one" });
    expect(second.status).toBe(200);
    const secondEvents = readSse(second);
    const third = await postChat(server.url, client.token, { text: "and another" });
    expect(third.status).toBe(409);
    expect((await errorOf(third)).message).toMatch(/still answering your last two messages/);
    expect(scripted.log.turns.length).toBe(turnsBefore);
    controller.abort();
    const events = (await secondEvents).events;
    expect(events[0]).toMatchObject({ type: "progress", stage: "queued" });
    expect(events.at(-1)).toEqual({ type: "turn_end" });
    expect(scripted.log.turns.at(-1)!.inbound.text).toBe("hi after the slow one");
    // The line is free again: the next message runs at once, with no waiting notice.
    const fourth = await readSse(await postChat(server.url, client.token, { text: "hello again" }));
    expect(fourth.events[0]).not.toMatchObject({ stage: "queued" });
  });
});
