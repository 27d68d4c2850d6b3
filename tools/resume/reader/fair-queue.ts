/**
 * Who reads next when every reader thread is busy: people take turns. Jobs wait in one
 * queue per owner, owners are served round-robin, and an owner with `perOwner` jobs
 * already running is skipped until one ends, so someone who uploads ten files (or ten
 * hostile ones) holds at most that many threads while everyone else keeps moving.
 */

export interface QueuedJob {
  owner: string;
  start(): void;
}

export class FairQueue<J extends QueuedJob> {
  private readonly waiting = new Map<string, J[]>();
  private readonly running = new Map<string, number>();
  /** Owners in the order they will be offered a slot; the one served goes to the back. */
  private order: string[] = [];
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

  queuedFor(owner: string): number {
    return this.waiting.get(owner)?.length ?? 0;
  }

  get runningCount(): number {
    return this.active;
  }

  push(job: J): void {
    const jobs = this.waiting.get(job.owner);
    if (jobs) jobs.push(job);
    else {
      this.waiting.set(job.owner, [job]);
      if (!this.order.includes(job.owner)) this.order.push(job.owner);
    }
    this.dispatch();
  }

  /** Takes a job out before it started (its owner went away). False if it already runs. */
  remove(job: J): boolean {
    const jobs = this.waiting.get(job.owner);
    const at = jobs?.indexOf(job) ?? -1;
    if (!jobs || at < 0) return false;
    jobs.splice(at, 1);
    if (jobs.length === 0) this.waiting.delete(job.owner);
    return true;
  }

  /** A started job ended (done, failed or killed): its slot goes to the next in turn. */
  finished(owner: string): void {
    this.active--;
    const n = (this.running.get(owner) ?? 1) - 1;
    if (n > 0) this.running.set(owner, n);
    else this.running.delete(owner);
    this.dispatch();
  }

  private dispatch(): void {
    while (this.active < this.slots) {
      const owner = this.order.find((o) => this.waiting.has(o) && (this.running.get(o) ?? 0) < this.perOwner);
      if (owner === undefined) break;
      const jobs = this.waiting.get(owner)!;
      const job = jobs.shift()!;
      if (jobs.length === 0) this.waiting.delete(owner);
      this.order = [...this.order.filter((o) => o !== owner), owner].filter(
        (o) => this.waiting.has(o) || this.running.has(o) || o === owner,
      );
      this.active++;
      this.running.set(owner, (this.running.get(owner) ?? 0) + 1);
      job.start();
    }
  }
}
