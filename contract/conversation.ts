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
  /** Organization slug (career center); a personal org is created when absent. */
  organization?: string;
}

export interface Attachment {
  filename: string;
  /** Declared by the platform; the real type is sniffed from the bytes. */
  mimeType?: string;
  bytes: Uint8Array;
}

export interface Inbound {
  text: string;
  attachments: Attachment[];
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
  items: { text: string; detail?: string; url?: string }[];
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
  options: { label: string; text: string }[];
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
}

export type Converse = (
  identity: Identity,
  threadId: string,
  inbound: Inbound,
  options?: ConverseOptions,
) => AsyncIterable<ReplyEvent>;
