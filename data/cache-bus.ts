/**
 * Tells every instance of the service that something cached went stale: a person
 * deleted on one instance must not live on in another instance's identity cache (its
 * next message would be answered as a user that no longer exists). Redis pub/sub when
 * REDIS_URL is set; within one process otherwise. Messages are ids, never content.
 */
import { EventEmitter } from "node:events";
import type { Redis } from "ioredis";
import { redisClass, redisConnection } from "./redis.ts";

export type CacheTopic = "user-deleted" | "references-changed";

export interface CacheBus {
  /** Reaches every subscriber on every instance, this one included. */
  publish(topic: CacheTopic, id: string): Promise<void>;
  subscribe(topic: CacheTopic, listener: (id: string) => void): () => void;
  /** Resolves once this instance hears what others publish. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export interface CacheBusOptions {
  redisUrl?: string;
  /** Channel prefix; tests use their own so parallel runs never hear each other. */
  prefix?: string;
  onError?: (error: unknown) => void;
}

export function createCacheBus(options: CacheBusOptions = {}): CacheBus {
  return options.redisUrl ? new RedisCacheBus(options.redisUrl, options) : new LocalCacheBus();
}

class LocalCacheBus implements CacheBus {
  private readonly events = new EventEmitter().setMaxListeners(0);
  async publish(topic: CacheTopic, id: string) {
    this.events.emit(topic, id);
  }
  subscribe(topic: CacheTopic, listener: (id: string) => void) {
    this.events.on(topic, listener);
    return () => void this.events.off(topic, listener);
  }
  async ready() {}
  async close() {
    this.events.removeAllListeners();
  }
}

class RedisCacheBus implements CacheBus {
  private readonly local = new LocalCacheBus();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly prefix: string;
  private readonly listening: Promise<unknown>;

  constructor(url: string, options: CacheBusOptions) {
    this.prefix = options.prefix ?? "careercraft:cache:";
    // A subscribed connection can only listen, so publishing needs its own.
    this.publisher = new (redisClass())({ ...redisConnection(url), maxRetriesPerRequest: 1 });
    this.subscriber = new (redisClass())({ ...redisConnection(url), maxRetriesPerRequest: 1 });
    for (const c of [this.publisher, this.subscriber]) c.on("error", (e) => options.onError?.(e));
    this.subscriber.on("message", (channel: string, id: string) => {
      if (channel.startsWith(this.prefix))
        void this.local.publish(channel.slice(this.prefix.length) as CacheTopic, id);
    });
    this.listening = this.subscriber.subscribe(
      `${this.prefix}user-deleted`,
      `${this.prefix}references-changed`,
    );
  }

  async publish(topic: CacheTopic, id: string) {
    await this.listening;
    await this.publisher.publish(this.prefix + topic, id);
  }

  subscribe(topic: CacheTopic, listener: (id: string) => void) {
    return this.local.subscribe(topic, listener);
  }

  async ready() {
    await this.listening;
  }

  async close() {
    await this.local.close();
    this.subscriber.disconnect();
    await this.publisher.quit().catch(() => this.publisher.disconnect());
  }
}
