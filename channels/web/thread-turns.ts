/**
 * The web chat's turns of one thread, one after another: a message sent while the assistant is
 * still answering waits for that turn and is answered next (before, it got 409 "still answering"
 * and a REST client had to retry; chat platforms already queue a thread's turns). One waiting
 * message per thread is enough for a person — a client firing more while two are in hand gets a
 * clear refusal, so one caller cannot pile up held connections.
 */
import { Mutex } from "async-mutex";

/** Turns a thread may have in hand: the one running and one waiting. */
export const TURNS_PER_THREAD = 2;

export class ThreadTurns {
  private readonly threads = new Map<string, { mutex: Mutex; inHand: number }>();

  /** Whether a turn of the thread is running or waiting (a message now has to wait). */
  busy(threadId: string): boolean {
    return this.threads.has(threadId);
  }

  /** Whether the thread already has as many turns in hand as it may. */
  full(threadId: string): boolean {
    return (this.threads.get(threadId)?.inHand ?? 0) >= TURNS_PER_THREAD;
  }

  /**
   * Waits for the thread's turn before this one and resolves with the release, which lets the
   * next one start (it may be called more than once: the turn releases as soon as its transcript
   * is saved, and the route releases again when the request ends).
   */
  async take(threadId: string): Promise<() => void> {
    let entry = this.threads.get(threadId);
    if (!entry) {
      entry = { mutex: new Mutex(), inHand: 0 };
      this.threads.set(threadId, entry);
    }
    const held = entry;
    held.inHand++;
    let unlock: (() => void) | undefined;
    try {
      unlock = await held.mutex.acquire();
    } catch (error) {
      held.inHand--;
      throw error;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      unlock?.();
      held.inHand--;
      if (held.inHand === 0 && this.threads.get(threadId) === held) this.threads.delete(threadId);
    };
  }
}
