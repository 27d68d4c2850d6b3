/**
 * Teams activities as channel-kit events. The person is tenant + Entra (AAD) object id,
 * stable across chats and channels of their tenant; the tenant is the workspace, which
 * only configuration maps to a career centre. Personal chats are direct; in channels and
 * group chats the bot answers when @mentioned. One conversation per thread: a channel
 * reply's conversation id carries its thread's root message id.
 */
import type { Activity } from "@microsoft/agents-activity";
import type { ChannelEvent, ConversationRef } from "../../core/adapter.ts";
import type { AttachmentRef } from "../../core/attachments/fetch.ts";
import { decodeAction } from "../../core/cards/actions.ts";
import { TEAMS_PLATFORM } from "../adapter.ts";
import type { SubmitData } from "../format/cards.ts";

/** A file the person sent in a personal chat (manifest `supportsFiles`). */
export const FILE_DOWNLOAD_INFO = "application/vnd.microsoft.teams.file.download.info";

export type Parsed =
  | { kind: "event"; event: ChannelEvent }
  /** Not for us: a channel message without a mention, a typing or reaction activity. */
  | { kind: "ignore" }
  /** A card button drawn for someone else. */
  | { kind: "not-yours" };

export function tenantOf(activity: Activity): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  return activity.conversation?.tenantId ?? channelData?.tenant?.id;
}

/** The person as the service knows them: tenant + Entra object id. */
export function externalIdOf(activity: Activity): string | undefined {
  const from = activity.from;
  if (!from?.id) return undefined;
  return `${tenantOf(activity) ?? "none"}:${from.aadObjectId ?? from.id}`;
}

function mentionsBot(activity: Activity): boolean {
  const botId = activity.recipient?.id;
  return (activity.entities ?? []).some(
    (e) => e.type === "mention" && (e as { mentioned?: { id?: string } }).mentioned?.id === botId,
  );
}

/** "<at>CareerCraft</at> am I a fit?" -> "am I a fit?" (Teams writes the mention into the text). */
const withoutMentions = (text: string) =>
  text
    .replace(/<at>[^<]*<\/at>/g, "")
    .replace(/\s+/g, " ")
    .trim();

/**
 * An image pasted into the chat is kept by the Bot Connector (`{serviceUrl}/v3/attachments/…`)
 * and read with the bot's token; an image anywhere else is not ours to fetch with it.
 */
export function isConnectorAttachment(url: string, serviceUrl: string): boolean {
  try {
    const at = new URL(url);
    return at.origin === new URL(serviceUrl).origin && at.pathname.includes("/v3/attachments/");
  } catch {
    return false;
  }
}

function attachments(activity: Activity): AttachmentRef[] {
  return (activity.attachments ?? []).flatMap((a, i) => {
    if (a.contentType === FILE_DOWNLOAD_INFO) {
      const content = a.content as { downloadUrl?: string; fileType?: string } | undefined;
      if (!content?.downloadUrl) return [];
      return [{ filename: a.name ?? `resume.${content.fileType ?? "pdf"}`, url: content.downloadUrl }];
    }
    // A pasted image (a photo of a resume): read like an uploaded one.
    if (/^image\//i.test(a.contentType) && a.contentUrl && activity.serviceUrl) {
      if (!isConnectorAttachment(a.contentUrl, activity.serviceUrl)) return [];
      // Teams says "image/*" for a pasted image; the resume reader sniffs the type from the bytes.
      const subtype = a.contentType.slice("image/".length).replace(/[^a-z0-9]/gi, "");
      return [
        {
          filename: a.name ?? `pasted-image-${i + 1}.${subtype || "png"}`,
          ...(subtype ? { mimeType: a.contentType } : {}),
          url: a.contentUrl,
        },
      ];
    }
    return [];
  });
}

export function parseActivity(activity: Activity): Parsed {
  if (activity.type !== "message") return { kind: "ignore" };
  const type = activity.conversation?.conversationType ?? "personal";
  const direct = type === "personal";
  const value = activity.value as Partial<SubmitData> | undefined;
  const action = value?.cc ? decodeAction(value.cc) : undefined;
  const from = activity.from;
  if (!from?.id || !activity.conversation?.id || !activity.serviceUrl) return { kind: "ignore" };
  if (!direct && !action && !mentionsBot(activity)) return { kind: "ignore" };
  if (action && value?.owner && value.owner !== from.id) return { kind: "not-yours" };
  const tenant = tenantOf(activity);
  const clientInfo = (activity.entities ?? []).find((e) => e.type === "clientInfo") as
    | { timezone?: string; locale?: string }
    | undefined;
  const ref: ConversationRef = {
    platform: TEAMS_PLATFORM,
    ...(tenant ? { workspace: tenant } : {}),
    conversation: activity.conversation.id,
    user: from.id,
    extra: {
      serviceUrl: activity.serviceUrl,
      ...(activity.recipient?.id ? { botId: activity.recipient.id } : {}),
      conversationType: type,
      // Whose files offered here are (the file-consent flow checks the answer against it).
      externalId: externalIdOf(activity)!,
    },
  };
  const locale = activity.locale ?? clientInfo?.locale;
  return {
    kind: "event",
    event: {
      platform: TEAMS_PLATFORM,
      // Teams message ids are unique within a conversation only (they are timestamps).
      eventId: `${activity.conversation.id}:${activity.id ?? activity.timestamp}`,
      identity: {
        channel: TEAMS_PLATFORM,
        externalId: externalIdOf(activity)!,
        ...(from.name ? { displayName: from.name } : {}),
        // The activity came with a Bot Connector token validated on this request.
        verified: true,
        ...(tenant ? { workspace: tenant } : {}),
        ...(clientInfo?.timezone ? { timeZone: clientInfo.timezone } : {}),
        ...(locale ? { locale } : {}),
      },
      ref,
      threadKey: activity.conversation.id,
      text: withoutMentions(activity.text ?? ""),
      attachments: attachments(activity),
      ...(action ? { action } : {}),
      direct,
    },
  };
}
