/**
 * Who reads next when every reader thread is busy: people take turns. Jobs wait in one
 * queue per owner; the next slot goes to the owner served least recently (someone not
 * served yet comes first), and an owner with `perOwner` jobs already running is skipped
 * until one ends, so someone who uploads ten files (or ten hostile ones) holds at most
 * that many threads while everyone else keeps moving.
 */

export interface QueuedJob {
  owner: string;
  start(): void;
}

export class FairQueue<J extends QueuedJob> {
  private readonly waiting = new Map<string, J[]>();
  private readonly running = new Map<string, number>();
  /** When each owner with work was last given a slot (a counter, not a clock). */
  private readonly lastServed = new Map<string, number>();
  private served = 0;
  private active = 0;

  constructor(
    private readonly slots: number,
    private readonly perOwner: number,
  ) {}

  get queued(): number {
    let n = 0;
    for (const jobs of this.waiting.values()) n += jobs.length;
    return n;
  }

  /** The owner's jobs waiting or running. */
  pendingFor(owner: string): number {
    return (this.waiting.get(owner)?.length ?? 0) + (this.running.get(owner) ?? 0);
  }

  get runningCount(): number {
    return this.active;
  }

  push(job: J): void {
    const jobs = this.waiting.get(job.owner);
    if (jobs) jobs.push(job);
    else this.waiting.set(job.owner, [job]);
    this.dispatch();
  }

  /** Takes a job out before it started (its owner went away). False if it already runs. */
  remove(job: J): boolean {
    const jobs = this.waiting.get(job.owner);
    const at = jobs?.indexOf(job) ?? -1;
    if (!jobs || at < 0) return false;
    jobs.splice(at, 1);
    if (jobs.length === 0) this.waiting.delete(job.owner);
    this.forgetIfIdle(job.owner);
    return true;
  }

  private forgetIfIdle(owner: string): void {
    if (!this.waiting.has(owner) && !this.running.has(owner)) this.lastServed.delete(owner);
  }

  /** A started job ended (done, failed or killed): its slot goes to the next in turn. */
  finished(owner: string): void {
    this.active--;
    const n = (this.running.get(owner) ?? 1) - 1;
    if (n > 0) this.running.set(owner, n);
    else this.running.delete(owner);
    this.forgetIfIdle(owner);
    this.dispatch();
  }

  /** The waiting owner served least recently, among those under their share. */
  private nextOwner(): string | undefined {
    let best: string | undefined;
    let bestServed = Number.POSITIVE_INFINITY;
    for (const owner of this.waiting.keys()) {
      if ((this.running.get(owner) ?? 0) >= this.perOwner) continue;
      const served = this.lastServed.get(owner) ?? -1;
      if (served < bestServed) {
        best = owner;
        bestServed = served;
      }
    }
    return best;
  }

  private dispatch(): void {
    while (this.active < this.slots) {
      const owner = this.nextOwner();
      if (owner === undefined) break;
      const jobs = this.waiting.get(owner)!;
      const job = jobs.shift()!;
      if (jobs.length === 0) this.waiting.delete(owner);
      this.lastServed.set(owner, ++this.served);
      this.active++;
      this.running.set(owner, (this.running.get(owner) ?? 0) + 1);
      job.start();
    }
  }
}
