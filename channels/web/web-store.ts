/**
 * The web channel's own tables (migration 0500): thread ownership, the rendered
 * transcript, pending uploads and the session-signing secret. Every read and write
 * names the owning identity, so one visitor can never reach another's rows.
 */
import { randomBytes } from "node:crypto";
import type { ReplyPart } from "../../agent/conversation/types.ts";
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

export class WebStore {
  constructor(private readonly db: Queryable) {}

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
    const { rows } = await this.db.query<{ id: string }>(
      "SELECT id FROM web_threads WHERE identity_key = $1 ORDER BY updated_at DESC, created_at DESC LIMIT 1",
      [identityKey],
    );
    if (rows[0]) return rows[0].id;
    return this.createThread(identityKey);
  }

  async createThread(identityKey: string): Promise<string> {
    const id = `web_${newId(12)}`;
    await this.db.query("INSERT INTO web_threads (id, identity_key) VALUES ($1, $2)", [id, identityKey]);
    return id;
  }

  async ownsThread(identityKey: string, threadId: string): Promise<boolean> {
    const { rows } = await this.db.query<{ id: string }>(
      "SELECT id FROM web_threads WHERE id = $1 AND identity_key = $2",
      [threadId, identityKey],
    );
    return rows.length === 1;
  }

  async appendMessage(threadId: string, message: Omit<StoredMessage, "id" | "createdAt">): Promise<void> {
    await this.db.query(
      `INSERT INTO web_messages (thread_id, role, text, parts, attachments, interrupted)
       VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6)`,
      [
        threadId,
        message.role,
        message.text,
        JSON.stringify(message.parts),
        JSON.stringify(message.attachments),
        message.interrupted,
      ],
    );
    await this.db.query("UPDATE web_threads SET updated_at = now() WHERE id = $1", [threadId]);
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
