/**
 * A node-postgres "connection" whose far end is the PGlite thread instead of a socket,
 * so pg.Pool, Kysely and the LangGraph checkpointer use the embedded database exactly
 * as they use a server. pg's Client calls the methods below to write protocol messages
 * and listens for parsed backend messages as events; this class serialises with
 * pg-protocol, sends everything written in one tick as one request (a query's
 * parse/bind/describe/execute/sync cost one thread hop, not five) and parses the reply
 * with pg-protocol's parser.
 */
import { EventEmitter } from "node:events";
import { serialize } from "pg-protocol";
import { Parser } from "pg-protocol/dist/parser.js";
import type { PgliteThread } from "./thread.ts";

type Message = { name: string };

export class PgliteThreadConnection extends EventEmitter {
  /** Read by pg's Client.end(): without it, end() never reaches this connection. */
  _connecting = false;
  /** pg's Client.end() destroys the stream when a query is still running. */
  readonly stream = { destroy: () => this.end() };
  /** pg keeps its named prepared statements here, per connection. */
  parsedStatements: Record<string, string> = {};
  submittedNamedStatements: Record<string, unknown> = {};

  private outgoing: Buffer[] = [];
  private flushScheduled = false;
  private queue: Promise<void> = Promise.resolve();
  private emitRawMessages = false;

  constructor(private readonly thread: PgliteThread) {
    super();
    this.on("newListener", (event) => {
      if (event === "message") this.emitRawMessages = true;
    });
  }

  private send(bytes: Buffer): void {
    this.outgoing.push(bytes);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    queueMicrotask(() => this.sendBatch());
  }

  private sendBatch(): void {
    this.flushScheduled = false;
    const batch = Buffer.concat(this.outgoing);
    this.outgoing = [];
    this.queue = this.queue
      .then(() => this.thread.exec(batch))
      .then((reply) => {
        const messages: Message[] = [];
        // A fresh parser per reply: PGlite answers whole messages, never half of one.
        new Parser().parse(Buffer.from(reply.buffer, reply.byteOffset, reply.byteLength), (m) =>
          messages.push(m),
        );
        for (const m of messages) {
          if (this.emitRawMessages) this.emit("message", m);
          // node-postgres expects an ErrorResponse as "errorMessage".
          this.emit(m.name === "error" ? "errorMessage" : m.name, m);
        }
      })
      .catch((error: Error) => {
        this.emit("error", error);
      });
  }

  async connect(): Promise<void> {
    this._connecting = true;
    process.nextTick(() => this.emit("readyForQuery"));
  }

  // Authentication and TLS do not exist between two threads of one process.
  requestSsl(): void {}
  startup(): void {}
  cancel(): void {}
  password(): void {}
  ref(): void {}
  unref(): void {}

  query(text: string): void {
    this.send(serialize.query(text));
  }
  parse(query: Parameters<typeof serialize.parse>[0]): void {
    this.send(serialize.parse(query));
  }
  bind(config: Parameters<typeof serialize.bind>[0]): void {
    this.send(serialize.bind(config));
  }
  execute(config: Parameters<typeof serialize.execute>[0]): void {
    this.send(serialize.execute(config));
  }
  describe(message: Parameters<typeof serialize.describe>[0]): void {
    this.send(serialize.describe(message));
  }
  close(message: Parameters<typeof serialize.close>[0]): void {
    this.send(serialize.close(message));
  }
  flush(): void {
    this.send(serialize.flush());
  }
  sync(): void {
    this.send(serialize.sync());
  }
  sendCopyFromChunk(chunk: Buffer): void {
    this.send(serialize.copyData(chunk));
  }
  endCopyFrom(): void {
    this.send(serialize.copyDone());
  }
  sendCopyFail(message: string): void {
    this.send(serialize.copyFail(message));
  }

  /**
   * Like a socket closing: pg waits for "end". The pool reuses this one connection for
   * its next client, so the ended client's listeners are dropped (they must not receive
   * the next client's messages).
   */
  end(): void {
    this.queue = this.queue.then(() => {
      this.emit("end");
    });
    for (const event of this.eventNames()) if (event !== "newListener") this.removeAllListeners(event);
    this.emitRawMessages = false;
  }
}

/** The config object pg.Pool takes: a single shared connection (PGlite is one session). */
export function pgliteThreadPoolConfig(thread: PgliteThread) {
  return {
    connection: new PgliteThreadConnection(thread),
    max: 1,
    idleTimeoutMillis: 0,
    user: "postgres",
    password: "unused",
    database: "postgres",
    host: "localhost",
    port: 5432,
  };
}
