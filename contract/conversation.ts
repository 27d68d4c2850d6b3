/**
 * The channel-neutral contract between the agent and every channel. Channels turn
 * platform events into an Inbound message and render ReplyEvents in their own format;
 * they never see LangGraph types. It lives outside agent/ so that tools (which produce
 * chart parts) and channels import it without depending on the agent.
 */

export interface Identity {
  /** "web", "cli", "slack", "discord", "teams". */
  channel: string;
  /** Platform-specific stable id (slack team+user, web session id, ...). */
  externalId: string;
  displayName?: string;
  /**
   * Organization slug (career center); a personal org is created when absent. Chat
   * channels set it only from configuration (ORGANIZATION_MAP), never from a name the
   * platform sent.
   */
  organization?: string;
  /**
   * True when the platform vouched for this person: a signed request (Slack signing
   * secret), a validated token (Teams JWT), a gateway session (Discord) or an HMAC-signed
   * site identity. Anonymous web sessions are unverified. Linking identities requires it.
   */
  verified?: boolean;
  /** The platform's workspace, tenant or guild id ("T0123", an Azure tenant id). */
  workspace?: string;
  /** IANA time zone when the platform says ("Europe/Berlin"): "today" is the person's day. */
  timeZone?: string;
  /** BCP 47 locale when the platform says ("en-GB"). */
  locale?: string;
}

export interface Attachment {
  filename: string;
  /** Declared by the platform; the real type is sniffed from the bytes. */
  mimeType?: string;
  bytes: Uint8Array;
}

/**
 * A button or menu the person pressed. It carries ids, never a sentence: the agent acts
 * on exactly the item, question or application the button was drawn for, and an id
 * that belongs to someone else is refused like a missing one.
 */
export type InboundAction =
  /** A roadmap item ticked (or unticked). */
  | { type: "roadmap_item"; roadmapId: string; itemId: string; done: boolean }
  /** An interview question saved for later. */
  | { type: "bookmark_question"; questionId: string }
  /** An application moved to a new status (from a reminder or an application card). */
  | { type: "application_status"; applicationId: string; status: string }
  /** A suggested reply chosen; `text` is what it says, `replyId` which chip it was. */
  | { type: "quick_reply"; replyId: string; text: string };

export type InboundActionType = InboundAction["type"];

export interface Inbound {
  /** What the person typed; may be empty when an action or attachment carries the turn. */
  text: string;
  attachments: Attachment[];
  /** Set when the turn is a button or menu press. */
  action?: InboundAction;
}

/** A button drawn on a reply part; pressing it sends `action` back as Inbound.action. */
export interface ActionButton {
  label: string;
  action: InboundAction;
  style?: "primary" | "danger";
}

export type { ScoreKey } from "./scores.ts";

import type { ScoreKey } from "./scores.ts";

export interface ScoreCardPart {
  type: "scoreCard";
  analysisId?: string;
  jobTitle?: string;
  verdict: "FIT" | "UNFIT";
  confidence: number;
  scores: { key: ScoreKey; label: string; value: number | null; explanation: string }[];
}

export interface GapListPart {
  type: "gapList";
  gaps: {
    skill: string;
    kind: "required" | "preferred";
    severity: "critical" | "high" | "medium" | "low";
    priority: number;
    reason: string;
  }[];
}

export interface RoadmapPart {
  type: "roadmap";
  roadmapId?: string;
  title: string;
  /**
   * The week the reply is about ("show week 2", a line of week 5 ticked): a card that folds a
   * long plan draws this week and the ones after it, not weeks 1-4 again.
   */
  focusWeek?: number;
  weeks: {
    week: number;
    title: string;
    hours: number;
    items: { id: string; text: string; done: boolean; url?: string }[];
    checkpoint?: string;
  }[];
}

export interface ListPart {
  type: "list";
  title?: string;
  items: {
    text: string;
    detail?: string;
    url?: string;
    /** Stable id of what the item shows (a question id, an application id). */
    id?: string;
    /** Buttons for this item (bookmark a question, record an answer to an application). */
    actions?: ActionButton[];
  }[];
}

export interface ChartPart {
  type: "chart";
  title: string;
  /** Self-contained SVG markup. */
  svg?: string;
  /** PNG bytes, base64. */
  pngBase64?: string;
  alt: string;
}

export interface FilePart {
  type: "file";
  filename: string;
  mimeType: string;
  /** base64 */
  content: string;
}

export interface QuickRepliesPart {
  type: "quickReplies";
  /** `id` names the chip (stable across phrasings); `text` is the sentence it sends. */
  options: { label: string; text: string; id?: string }[];
}

export interface TextPart {
  type: "text";
  text: string;
}

export type ReplyPart =
  | TextPart
  | ScoreCardPart
  | GapListPart
  | RoadmapPart
  | ListPart
  | ChartPart
  | FilePart
  | QuickRepliesPart;

/**
 * One turn's events, in order. The reply's words arrive only as text_delta events (a
 * channel that cannot stream concatenates them); rich content arrives as parts; a
 * tool_call is reported before the tool runs; a failure is an `error` event with a
 * message for the person. Every turn ends with exactly one turn_end.
 */
export type ReplyEvent =
  | { type: "progress"; stage: string; message: string; metrics?: Record<string, number> }
  | { type: "text_delta"; text: string }
  | { type: "part"; part: ReplyPart }
  | { type: "tool_call"; name: string; args: unknown }
  | { type: "error"; code: string; message: string }
  | { type: "turn_end" };

export interface ConverseOptions {
  /** Aborted when the client disconnects: generation stops. */
  signal?: AbortSignal;
  /** Override the configured model provider for this turn. */
  model?: "offline" | "openai" | "gemini";
  /**
   * What the message is about, when the channel knows it (the REST chat about one
   * analysis): "why?" and "what should I learn first?" then mean that analysis.
   */
  focus?: { analysisId?: string; jobId?: string };
}

export type Converse = (
  identity: Identity,
  threadId: string,
  inbound: Inbound,
  options?: ConverseOptions,
) => AsyncIterable<ReplyEvent>;
