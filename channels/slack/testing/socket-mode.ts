/**
 * A Socket Mode stand-in on 127.0.0.1: the WebSocket server Slack's `apps.connections.open`
 * points an app at. It says `hello` when the app connects, sends envelopes (events_api,
 * interactive, slash_commands) as Slack does, and resolves each with the app's ack —
 * Slack redelivers an envelope the app does not ack within a few seconds.
 */
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

export interface SocketModeStandIn {
  /** The wss URL apps.connections.open hands out (ws:// here). */
  url: string;
  /** Resolves once an app has connected and been greeted. */
  connected(): Promise<void>;
  /** Sends an envelope; resolves with the app's ack (its envelope_id and any payload). */
  send(
    type: "events_api" | "interactive" | "slash_commands",
    payload: unknown,
    retry?: { attempt: number; reason: string },
  ): Promise<{ envelope_id: string; payload?: unknown }>;
  close(): Promise<void>;
}

export async function startSocketModeStandIn(appId = "A1"): Promise<SocketModeStandIn> {
  const server = new WebSocketServer({ port: 0, host: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const acks = new Map<string, (ack: { envelope_id: string; payload?: unknown }) => void>();
  let socket: WebSocket | undefined;
  let greeted: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    greeted = resolve;
  });
  let next = 0;

  server.on("connection", (ws) => {
    socket = ws;
    // Slack pings every few seconds; a client that hears nothing for 30 s reconnects.
    const pinger = setInterval(() => ws.ping(), 5_000);
    ws.on("close", () => clearInterval(pinger));
    ws.on("message", (data) => {
      const ack = JSON.parse(String(data)) as { envelope_id: string; payload?: unknown };
      acks.get(ack.envelope_id)?.(ack);
      acks.delete(ack.envelope_id);
    });
    ws.send(
      JSON.stringify({
        type: "hello",
        num_connections: 1,
        debug_info: { host: "standin", approximate_connection_time: 3600 },
        connection_info: { app_id: appId },
      }),
    );
    greeted();
  });

  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`,
    connected: () => ready,
    send(type, payload, retry) {
      if (!socket) return Promise.reject(new Error("no app is connected over Socket Mode"));
      const envelopeId = `env-${++next}`;
      const acked = new Promise<{ envelope_id: string; payload?: unknown }>((resolve) =>
        acks.set(envelopeId, resolve),
      );
      socket.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type !== "events_api",
          ...(type === "events_api"
            ? { retry_attempt: retry?.attempt ?? 0, retry_reason: retry?.reason ?? "" }
            : {}),
        }),
      );
      return acked;
    },
    async close() {
      for (const client of server.clients) client.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
