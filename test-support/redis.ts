/**
 * Real Redis for queue and rate-limit tests. Outside CI a missing server (or one too old
 * for BullMQ) skips those suites with one line saying how to get it; under CI=true it
 * fails the run.
 */
import { createConnection } from "node:net";

export const TEST_REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

/** BullMQ needs Redis 6.2 or newer. */
const MIN_VERSION = [6, 2];

/** The server's version ("7.0.15"), or undefined when nothing answers at `url`. */
function redisVersion(url: string): Promise<string | undefined> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: u.hostname, port: Number(u.port || 6379) });
    let reply = "";
    const done = (value: string | undefined) => {
      socket.destroy();
      resolve(value);
    };
    socket.setTimeout(1500);
    socket.once("connect", () => {
      socket.write("INFO server\r\n");
    });
    socket.on("data", (d) => {
      reply += d.toString();
      const version = /redis_version:([\d.]+)/.exec(reply)?.[1];
      if (version) done(version);
      else if (reply.startsWith("-")) done("0");
    });
    socket.once("timeout", () => done(undefined));
    socket.once("error", () => done(undefined));
  });
}

async function unavailableReason(url: string): Promise<string | undefined> {
  const version = await redisVersion(url);
  if (version === undefined)
    return `Redis at ${url} is not reachable; start one (apt-get install redis-server; redis-server --daemonize yes) or set REDIS_URL`;
  const [major = 0, minor = 0] = version.split(".").map(Number);
  if (major < MIN_VERSION[0]! || (major === MIN_VERSION[0] && minor < MIN_VERSION[1]!))
    return `Redis at ${url} is version ${version}; BullMQ needs ${MIN_VERSION.join(".")} or newer`;
  return undefined;
}

export const REDIS_UNAVAILABLE = await unavailableReason(TEST_REDIS_URL);
export const REDIS_AVAILABLE = REDIS_UNAVAILABLE === undefined;
if (REDIS_UNAVAILABLE) {
  if (process.env.CI === "true") throw new Error(`Redis is required under CI=true: ${REDIS_UNAVAILABLE}.`);
  console.warn(`skipping the Redis suites of this file: ${REDIS_UNAVAILABLE}`);
}
