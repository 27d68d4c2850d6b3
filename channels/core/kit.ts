/**
 * The channel kit: the one orchestrator every chat platform plugs into (the role of
 * bolt-js's App and vercel/chat's Chat). A platform's receiver verifies and parses an
 * event into a ChannelEvent and calls `receive`; the kit does the rest the same way for
 * every platform:
 *
 *   receive -> de-duplicate (event id, across instances) -> map the workspace to an
 *   organisation (configuration only) -> turns with files are acknowledged at once and
 *   queued (reading a scanned resume takes a while) -> run the turn under the thread's
 *   lock: download attachments (size-limited, checked), converse, write the reply by
 *   posts and throttled edits, remember where the person can be reached.
 *
 * Proactive messages (reminders) go out through `delivery` using the stored references.
 */
import type { Attachment, Converse, ReplyPart } from "../../contract/conversation.ts";
import type { CacheBus } from "../../data/cache-bus.ts";
import type { Queryable } from "../../data/db/types.ts";
import { isCareerCraftError } from "../../data/errors.ts";
import type { Logger } from "../../data/logger.ts";
import type { JobQueue } from "../../data/queue/types.ts";
import { createChannelReferencesRepository } from "../../data/repositories/channel-references.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import type { ReminderDelivery } from "../../tools/applications/reminders.ts";
import type { ChannelAdapter, ChannelEvent, ConversationRef } from "./adapter.ts";
import { fetchAttachment, tooLarge } from "./attachments/fetch.ts";
import { type Coordination, createCoordination } from "./coordination/coordination.ts";
import { type OrganizationMap, organizationFor } from "./organizations.ts";
import { ReplyWriter, type WriterStats } from "./reply/writer.ts";

/** The queued-turn job: same handler in the service and in `careercraft worker`. */
export const CHANNEL_TURN_JOB = "channels.turn";
/** Slack retries for up to ~5 minutes; a repeat within this window is the same event. */
const DEDUPE_TTL_MS = 60 * 60_000;

export interface ChannelKitOptions {
  converse: Converse;
  db: Queryable;
  logger: Logger;
  /** Locks and de-duplication; default: Redis when `redisUrl` is set, this process otherwise. */
  coordination?: Coordination;
  redisUrl?: string;
  /** Redis key prefix (tests use their own). */
  keyPrefix?: string;
  /** Runs turns with attachments in the background (absent: they run inline). */
  queue?: JobQueue;
  cacheBus?: CacheBus;
  organizations?: OrganizationMap;
  maxAttachmentBytes: number;
  /** Told after every turn (tests and benchmarks read latency and API calls). */
  onTurn?: (report: TurnReport) => void;
}

export interface TurnReport extends WriterStats {
  platform: string;
  eventId: string;
  threadKey: string;
  /** When the turn got its thread's lock (epoch ms); it ended `ms` later. */
  startedAt: number;
  ms: number;
  queued: boolean;
}

export type ReceiveOutcome = "answered" | "queued" | "duplicate" | "refused";

export interface ChannelKit {
  register(adapter: ChannelAdapter): void;
  adapter(platform: string): ChannelAdapter | undefined;
  receive(event: ChannelEvent): Promise<ReceiveOutcome>;
  /** Proactive delivery over every registered platform (reminders). */
  readonly delivery: ReminderDelivery;
  /** Posts reply parts to a person on a platform, by their stored reference. */
  sendTo(userId: string, platform: string, text: string, parts?: ReplyPart[]): Promise<void>;
  readonly coordination: Coordination;
  close(): Promise<void>;
}

export function createChannelKit(options: ChannelKitOptions): ChannelKit {
  const { converse, logger } = options;
  const ownCoordination = !options.coordination;
  const coordination =
    options.coordination ??
    createCoordination({
      redisUrl: options.redisUrl,
      ...(options.keyPrefix ? { prefix: options.keyPrefix } : {}),
      onError: (err) => logger.warn({ err }, "channel coordination (Redis) failed"),
    });
  const adapters = new Map<string, ChannelAdapter>();
  const references = createChannelReferencesRepository(options.db);
  const users = createUsersRepository(options.db);
  // Who has a stored reference already: one upsert per person, not per turn. Cleared
  // when anyone is deleted on any instance (their references went with them).
  const remembered = new Set<string>();
  const unsubscribe = options.cacheBus?.subscribe("user-deleted", () => remembered.clear());

  const adapterFor = (platform: string) => {
    const adapter = adapters.get(platform);
    if (!adapter) throw new Error(`No ${platform} adapter is registered in this process.`);
    return adapter;
  };

  async function download(adapter: ChannelAdapter, event: ChannelEvent): Promise<Attachment[]> {
    const out: Attachment[] = [];
    for (const ref of event.attachments) {
      const headers = await adapter.attachmentHeaders(ref, event.ref.workspace);
      out.push(await fetchAttachment(ref, { maxBytes: options.maxAttachmentBytes, headers }));
    }
    return out;
  }

  async function remember(event: ChannelEvent): Promise<void> {
    const { timeZone, locale } = event.identity;
    const key = `${event.platform}\u0000${event.identity.externalId}\u0000${event.direct}\u0000${timeZone}\u0000${locale}`;
    if (remembered.has(key)) return;
    // The platform's time zone and locale, kept on the identity: reminders are due and worded in them.
    if (timeZone || locale)
      await users.setIdentitySettings(event.identity.channel, event.identity.externalId, {
        ...(timeZone ? { timeZone } : {}),
        ...(locale ? { locale } : {}),
      });
    const ref: ConversationRef = event.direct
      ? { ...event.ref, thread: undefined }
      : {
          platform: event.platform,
          workspace: event.ref.workspace,
          conversation: "",
          user: event.ref.user,
          // What the platform needs to open a DM later (a Teams serviceUrl and bot id).
          ...(event.ref.extra ? { extra: event.ref.extra } : {}),
        };
    await references.remember(event.platform, event.identity.externalId, ref, event.direct);
    if (remembered.size > 50_000) remembered.clear();
    remembered.add(key);
  }

  async function runTurn(event: ChannelEvent, queued: boolean): Promise<void> {
    const adapter = adapterFor(event.platform);
    await coordination.withThreadLock(`${event.platform}:${event.threadKey}`, async () => {
      const startedAt = Date.now();
      const t0 = performance.now();
      const writer = new ReplyWriter(adapter, event.ref, {
        onError: (err) => logger.warn({ err, platform: event.platform }, "posting a reply failed"),
      });
      const attachments = await download(adapter, event).catch(async (error: unknown) => {
        if (!isCareerCraftError(error)) logger.warn({ err: error }, "attachment download failed");
        const message = isCareerCraftError(error)
          ? error.userMessage
          : "I couldn't download your file. Please send it again.";
        await writer.write({ type: "error", code: "attachment", message });
        return undefined;
      });
      if (attachments) {
        const inbound = { text: event.text, attachments, ...(event.action ? { action: event.action } : {}) };
        for await (const reply of converse(event.identity, event.threadKey, inbound))
          await writer.write(reply);
      }
      await writer.finish();
      if (attachments)
        await remember(event).catch((err) =>
          logger.warn({ err }, "storing the conversation reference failed"),
        );
      options.onTurn?.({
        platform: event.platform,
        eventId: event.eventId,
        threadKey: event.threadKey,
        startedAt,
        ms: performance.now() - t0,
        queued,
        ...writer.stats,
      });
    });
  }

  options.queue?.register<ChannelEvent>(CHANNEL_TURN_JOB, (event) => runTurn(event, true), {
    attempts: 2,
    backoffMs: 5_000,
  });

  async function sendTo(userId: string, platform: string, text: string, parts: ReplyPart[] = []) {
    const adapter = adapterFor(platform);
    const stored = await references.forUser<ConversationRef>(userId, platform);
    if (!stored) throw new Error(`The person has no ${platform} conversation to reach them in.`);
    const ref = stored.direct ? stored.reference : await adapter.openDirect(stored.reference);
    const writer = new ReplyWriter(adapter, ref);
    await writer.write({ type: "text_delta", text });
    for (const part of parts) await writer.write({ type: "part", part });
    await writer.finish();
  }

  return {
    register(adapter) {
      adapters.set(adapter.platform, adapter);
    },
    adapter: (platform) => adapters.get(platform),

    async receive(raw) {
      if (!(await coordination.firstDelivery(`${raw.platform}:${raw.eventId}`, DEDUPE_TTL_MS)))
        return "duplicate";
      const organization = organizationFor(
        options.organizations ?? new Map(),
        raw.platform,
        raw.identity.workspace,
      );
      const event: ChannelEvent = {
        ...raw,
        identity: { ...raw.identity, organization },
      };
      if (!organization) delete event.identity.organization;
      // A file the platform already says is too big is refused before anything is downloaded or queued.
      const oversize = event.attachments.find(
        (a) => a.size !== undefined && a.size > options.maxAttachmentBytes,
      );
      if (oversize) {
        await adapterFor(event.platform).post(event.ref, {
          text: tooLarge(oversize, options.maxAttachmentBytes).userMessage,
        });
        return "refused";
      }
      if (event.attachments.length > 0 && options.queue) {
        const names = event.attachments.map((a) => a.filename).join(", ");
        await adapterFor(event.platform).post(event.ref, {
          text: `Got ${names} — reading it now. I'll post what I find here in a moment.`,
        });
        await options.queue.enqueue(CHANNEL_TURN_JOB, event, {
          jobKey: `turn:${event.platform}:${event.eventId}`,
        });
        return "queued";
      }
      await runTurn(event, false);
      return "answered";
    },

    delivery: {
      canDeliver: (channel) => adapters.has(channel),
      deliver: (userId, channel, message, parts) => sendTo(userId, channel, message, parts),
    },
    sendTo,
    coordination,

    async close() {
      unsubscribe?.();
      if (ownCoordination) await coordination.close();
    },
  };
}
