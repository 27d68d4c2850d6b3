/**
 * The web channel's own tables (migration 0500): thread ownership, the rendered
 * transcript, pending uploads and the session-signing secret. Every read and write
 * names the owning identity, so one visitor can never reach another's rows.
 */
import { createHmac, randomBytes } from "node:crypto";
import type { ReplyPart } from "../../contract/conversation.ts";
import type { Queryable } from "../../data/db/types.ts";
import { newId } from "./session/session-token.ts";

export interface StoredMessage {
  id: number;
  role: "user" | "assistant";
  text: string;
  parts: ReplyPart[];
  attachments: { filename: string; mimeType: string; size: number }[];
  interrupted: boolean;
  createdAt: string;
}

export interface StoredUpload {
  id: string;
  filename: string;
  mimeType: string;
  size: number;
  bytes: Uint8Array;
}

/** Uploads nobody sent within this time are dropped (the person abandoned them). */
const UPLOAD_TTL_MINUTES = 60;

/** Most turns' transcripts saved in one statement. */
const APPEND_BATCH = 50;

interface PendingAppend {
  identityKey: string;
  threadId: string;
  messages: Omit<StoredMessage, "id" | "createdAt">[];
  /** True when the thread still exists and kept the messages. */
  resolve(saved: boolean): void;
  reject(error: unknown): void;
}

/** A thread id made by `threadId`: 12 random bytes then 12 bytes of MAC, base64url. */
const THREAD_ID = /^web_([\w-]{16})[\w-]{16}$/;

/** Bounds the in-memory thread caches; past it they simply start over. */
const CACHE_LIMIT = 50_000;

export class WebStore {
  /**
   * A thread never changes owner, and an identity's current thread changes only when
   * it starts a new one, so both are cached: a chat turn then opens its stream without
   * waiting for the database (the embedded one has a single connection).
   */
  private readonly owners = new Map<string, string>();
  private readonly current = new Map<string, string>();

  constructor(private readonly db: Queryable) {}

  private remember(identityKey: string, threadId: string, isCurrent: boolean): void {
    if (this.owners.size > CACHE_LIMIT) this.owners.clear();
    if (this.current.size > CACHE_LIMIT) this.current.clear();
    this.owners.set(threadId, identityKey);
    if (isCurrent) this.current.set(identityKey, threadId);
  }

  /** The secret stays in the database so every instance (and every restart) agrees on it. */
  async sessionSecret(): Promise<string> {
    const candidate = randomBytes(32).toString("base64url");
    await this.db.query(
      "INSERT INTO web_secrets (name, value) VALUES ('session', $1) ON CONFLICT (name) DO NOTHING",
      [candidate],
    );
    const { rows } = await this.db.query<{ value: string }>(
      "SELECT value FROM web_secrets WHERE name = 'session'",
    );
    return rows[0]!.value;
  }

  /** The identity's most recent thread, created on first use. */
  async currentThread(identityKey: string): Promise<string> {
    const cached = this.current.get(identityKey);
    if (cached) return cached;
    const { rows } = await this.db.query<{ id: string }>(
      "SELECT id FROM web_threads WHERE identity_key = $1 ORDER BY updated_at DESC, created_at DESC LIMIT 1",
      [identityKey],
    );
    if (rows[0]) {
      this.remember(identityKey, rows[0].id, true);
      return rows[0].id;
    }
    return this.createThread(identityKey);
  }

  async createThread(identityKey: string): Promise<string> {
    const id = await this.threadId(identityKey, newId(12));
    await this.db.query("INSERT INTO web_threads (id, identity_key) VALUES ($1, $2)", [id, identityKey]);
    this.remember(identityKey, id, true);
    return id;
  }

  /**
   * The thread a request goes on: the one it names when the caller owns it, or the
   * caller's current one when none is named. A named thread that is gone but whose id was
   * made for this caller (its id carries a MAC of the owner) was erased with the person's
   * data ("delete everything"): the same session carries on in a fresh thread instead of
   * being locked out. Undefined: not theirs, or unknown (the two look alike, so ids
   * cannot be probed).
   */
  async threadFor(identityKey: string, named: string | undefined): Promise<string | undefined> {
    if (!named) return this.currentThread(identityKey);
    if (await this.ownsThread(identityKey, named)) return named;
    const random = THREAD_ID.exec(named)?.[1];
    if (random && named === (await this.threadId(identityKey, random)))
      return this.currentThread(identityKey);
    return undefined;
  }

  private threadSecret?: Promise<string>;

  /** `web_<random><mac>`: the MAC binds the id to its owner, so an erased thread is still recognisably theirs. */
  private async threadId(identityKey: string, random: string): Promise<string> {
    this.threadSecret ??= this.sessionSecret();
    const mac = createHmac("sha256", await this.threadSecret)
      .update(`thread:${identityKey}:${random}`)
      .digest()
      .subarray(0, 12)
      .toString("base64url");
    return `web_${random}${mac}`;
  }

  async ownsThread(identityKey: string, threadId: string): Promise<boolean> {
    const owner = this.owners.get(threadId);
    if (owner !== undefined) return owner === identityKey;
    const { rows } = await this.db.query<{ id: string }>(
      "SELECT id FROM web_threads WHERE id = $1 AND identity_key = $2",
      [threadId, identityKey],
    );
    if (rows.length === 1) this.remember(identityKey, threadId, false);
    return rows.length === 1;
  }

  /**
   * Saves messages in order, together with the thread's activity time. Saves that arrive
   * while one is being written go to the database together in the next statement (one
   * round trip for many people's turns: the embedded database is a single session, so
   * every statement saved is one fewer for the others to wait behind). A thread erased
   * meanwhile ("delete my data" in this very turn) keeps nothing, and the identity
   * starts a fresh thread next time; the promise then resolves false.
   */
  appendMessages(
    identityKey: string,
    threadId: string,
    messages: Omit<StoredMessage, "id" | "createdAt">[],
  ): Promise<boolean> {
    if (messages.length === 0) return Promise.resolve(true);
    return new Promise((resolve, reject) => {
      this.pendingAppends.push({ identityKey, threadId, messages, resolve, reject });
      if (!this.appending) void this.flushAppends();
    });
  }

  private pendingAppends: PendingAppend[] = [];
  private appending = false;

  private async flushAppends(): Promise<void> {
    this.appending = true;
    while (this.pendingAppends.length > 0) {
      const batch = this.pendingAppends.splice(0, APPEND_BATCH);
      try {
        const saved = await this.insertMessages(batch);
        for (const a of batch) {
          if (!saved.has(a.threadId)) this.forget(a.identityKey, a.threadId);
          a.resolve(saved.has(a.threadId));
        }
      } catch (error) {
        for (const a of batch) a.reject(error);
      }
    }
    this.appending = false;
  }

  /** One statement for every append in the batch; returns the threads that still exist. */
  private async insertMessages(batch: PendingAppend[]): Promise<Set<string>> {
    const params: unknown[] = [];
    const rows: string[] = [];
    for (const a of batch) {
      for (const m of a.messages) {
        params.push(
          a.threadId,
          m.role,
          m.text,
          JSON.stringify(m.parts),
          JSON.stringify(m.attachments),
          m.interrupted,
        );
        const at = params.length - 5;
        rows.push(
          `(${rows.length}, $${at}::text, $${at + 1}::text, $${at + 2}::text, $${at + 3}::jsonb, $${at + 4}::jsonb, $${at + 5}::boolean)`,
        );
      }
    }
    const { rows: saved } = await this.db.query<{ thread_id: string }>(
      `WITH input(ord, thread_id, role, text, parts, attachments, interrupted) AS (VALUES ${rows.join(", ")}),
            thread AS (UPDATE web_threads SET updated_at = now()
                        WHERE id IN (SELECT thread_id FROM input) RETURNING id)
       INSERT INTO web_messages (thread_id, role, text, parts, attachments, interrupted)
       SELECT input.thread_id, input.role, input.text, input.parts, input.attachments, input.interrupted
         FROM input JOIN thread ON thread.id = input.thread_id
        ORDER BY input.ord
       RETURNING thread_id`,
      params,
    );
    return new Set(saved.map((r) => r.thread_id));
  }

  private forget(identityKey: string, threadId: string): void {
    this.owners.delete(threadId);
    if (this.current.get(identityKey) === threadId) this.current.delete(identityKey);
  }

  /** The newest `limit` messages of a thread the identity owns, oldest first. */
  async history(identityKey: string, threadId: string, limit: number): Promise<StoredMessage[]> {
    const { rows } = await this.db.query<{
      id: number;
      role: "user" | "assistant";
      text: string;
      parts: ReplyPart[];
      attachments: StoredMessage["attachments"];
      interrupted: boolean;
      created_at: string | Date;
    }>(
      `SELECT m.id, m.role, m.text, m.parts, m.attachments, m.interrupted, m.created_at
         FROM web_messages m JOIN web_threads t ON t.id = m.thread_id
        WHERE m.thread_id = $1 AND t.identity_key = $2
        ORDER BY m.id DESC LIMIT $3`,
      [threadId, identityKey, limit],
    );
    return rows.reverse().map((r) => ({
      id: Number(r.id),
      role: r.role,
      text: r.text,
      parts: r.parts,
      attachments: r.attachments,
      interrupted: r.interrupted,
      createdAt: new Date(r.created_at).toISOString(),
    }));
  }

  async saveUpload(identityKey: string, upload: Omit<StoredUpload, "id">): Promise<string> {
    const id = `upl_${newId(12)}`;
    await this.db.query(
      `DELETE FROM web_uploads WHERE created_at < now() - interval '${UPLOAD_TTL_MINUTES} minutes'`,
    );
    await this.db.query(
      "INSERT INTO web_uploads (id, identity_key, filename, mime_type, size, bytes) VALUES ($1, $2, $3, $4, $5, $6)",
      [id, identityKey, upload.filename, upload.mimeType, upload.size, Buffer.from(upload.bytes)],
    );
    return id;
  }

  /** Returns the identity's uploads among `ids`; ids that are unknown or someone else's are simply absent. */
  async takeUploads(identityKey: string, ids: string[]): Promise<StoredUpload[]> {
    if (ids.length === 0) return [];
    const { rows } = await this.db.query<{
      id: string;
      filename: string;
      mime_type: string;
      size: number;
      bytes: Uint8Array;
    }>(
      `DELETE FROM web_uploads WHERE identity_key = $1 AND id = ANY($2::text[])
       RETURNING id, filename, mime_type, size, bytes`,
      [identityKey, ids],
    );
    return rows.map((r) => ({
      id: r.id,
      filename: r.filename,
      mimeType: r.mime_type,
      size: r.size,
      bytes: new Uint8Array(r.bytes),
    }));
  }
}
