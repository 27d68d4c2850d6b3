/**
 * Real Redis for queue tests. Outside CI a missing server skips those suites with a
 * message; under CI=true it fails the run.
 */
import { createConnection } from "node:net";

export const TEST_REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

function reachable(url: string): Promise<boolean> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: u.hostname, port: Number(u.port || 6379) });
    socket.setTimeout(1500);
    socket.once("connect", () => {
      socket.write("PING\r\n");
    });
    socket.once("data", (d) => {
      socket.destroy();
      resolve(d.toString().startsWith("+PONG"));
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}

export const REDIS_AVAILABLE = await reachable(TEST_REDIS_URL);
if (!REDIS_AVAILABLE) {
  if (process.env.CI === "true")
    throw new Error(`Redis is required under CI=true but ${TEST_REDIS_URL} is not reachable.`);
  console.warn(`skipping Redis suites: ${TEST_REDIS_URL} not reachable`);
}
