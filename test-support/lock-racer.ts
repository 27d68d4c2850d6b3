/**
 * A child process for the data-folder lock race test (data/db/lock.test.ts): on
 * { acquire: dir } it tries to take the lock at once and answers "owner" or "refused";
 * on { release: true } it lets go. Several of these race for the same folder each round.
 */
import { acquireDataDirLock, type DataDirLock } from "../data/db/lock.ts";

let held: DataDirLock | undefined;
process.on("message", async (message: { acquire?: string; release?: boolean; exit?: boolean }) => {
  if (message.acquire) {
    try {
      held = await acquireDataDirLock(message.acquire, { log: () => undefined });
      process.send?.({ result: "owner" });
    } catch (error) {
      const code = (error as { code?: string }).code;
      process.send?.({ result: code === "locked" ? "refused" : `error: ${(error as Error).message}` });
    }
  } else if (message.release) {
    held?.release();
    held = undefined;
    process.send?.({ released: true });
  } else if (message.exit) {
    process.exit(0);
  }
});
process.send?.({ ready: true });
