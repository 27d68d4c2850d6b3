/**
 * Button actions as short strings, for platforms that carry a string per button (Slack
 * value, Discord custom_id of at most 100 characters, Teams data). UUIDs are packed to
 * 22 characters; every field is escaped, so no id can break the format. Decoding never
 * trusts the string: it returns undefined for anything malformed, and the agent
 * re-validates the ids against the person pressing.
 */
import type { InboundAction } from "../../../contract/conversation.ts";

export const ACTION_PREFIX = "cc1|";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function packId(id: string): string {
  if (!UUID.test(id)) return `~${escapeField(id)}`;
  return Buffer.from(id.replace(/-/g, ""), "hex").toString("base64url");
}

function unpackId(packed: string): string | undefined {
  if (packed.startsWith("~")) return unescapeField(packed.slice(1));
  if (!/^[A-Za-z0-9_-]{22}$/.test(packed)) return undefined;
  const hex = Buffer.from(packed, "base64url").toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const escapeField = (s: string) => s.replace(/[%|]/g, (c) => (c === "%" ? "%25" : "%7C"));
const unescapeField = (s: string) => s.replace(/%7C/g, "|").replace(/%25/g, "%");

export function encodeAction(action: InboundAction): string {
  switch (action.type) {
    case "roadmap_item":
      return `${ACTION_PREFIX}r|${packId(action.roadmapId)}|${action.done ? 1 : 0}|${escapeField(action.itemId)}`;
    case "bookmark_question":
      return `${ACTION_PREFIX}q|${packId(action.questionId)}`;
    case "application_status":
      return `${ACTION_PREFIX}a|${packId(action.applicationId)}|${escapeField(action.status)}`;
    case "quick_reply":
      return `${ACTION_PREFIX}k|${escapeField(action.replyId)}|${escapeField(action.text)}`;
  }
}

export function decodeAction(value: unknown): InboundAction | undefined {
  if (typeof value !== "string" || !value.startsWith(ACTION_PREFIX) || value.length > 3000) return undefined;
  const [kind, ...f] = value.slice(ACTION_PREFIX.length).split("|");
  const nonEmpty = (s: string | undefined): s is string => typeof s === "string" && s.length > 0;
  if (kind === "r" && f.length === 3) {
    const roadmapId = unpackId(f[0]!);
    const itemId = unescapeField(f[2]!);
    if (!nonEmpty(roadmapId) || !nonEmpty(itemId) || !/^[01]$/.test(f[1]!)) return undefined;
    return { type: "roadmap_item", roadmapId, itemId, done: f[1] === "1" };
  }
  if (kind === "q" && f.length === 1) {
    const questionId = unpackId(f[0]!);
    return nonEmpty(questionId) ? { type: "bookmark_question", questionId } : undefined;
  }
  if (kind === "a" && f.length === 2) {
    const applicationId = unpackId(f[0]!);
    const status = unescapeField(f[1]!);
    return nonEmpty(applicationId) && nonEmpty(status)
      ? { type: "application_status", applicationId, status }
      : undefined;
  }
  if (kind === "k" && f.length === 2) {
    const replyId = unescapeField(f[0]!);
    const text = unescapeField(f[1]!);
    return nonEmpty(replyId) && nonEmpty(text) ? { type: "quick_reply", replyId, text } : undefined;
  }
  return undefined;
}
