/**
 * The channel kit every chat platform shares (see adapter.ts for how a platform plugs
 * in, kit.ts for what the kit does with its events). The conversation types live in
 * the neutral contract module (contract/conversation.ts); channels import them from here.
 */
export type {
  ActionButton,
  Attachment,
  ChartPart,
  Converse,
  ConverseOptions,
  FilePart,
  GapListPart,
  Identity,
  Inbound,
  InboundAction,
  InboundActionType,
  ListPart,
  QuickRepliesPart,
  ReplyEvent,
  ReplyPart,
  RoadmapPart,
  ScoreCardPart,
  ScoreKey,
  TextPart,
} from "../../contract/conversation.ts";
export type {
  ChannelAdapter,
  ChannelEvent,
  ConversationRef,
  OutboundFile,
  OutboundMessage,
  PlatformLimits,
  PostedMessage,
} from "./adapter.ts";
export { type AttachmentRef, fetchAttachment, looksLikeHtmlPage, tooLarge } from "./attachments/fetch.ts";
export { ACTION_PREFIX, decodeAction, encodeAction } from "./cards/actions.ts";
export { type Card, type CardButton, type CardElement, cardButtons } from "./cards/card.ts";
export { bar, type CardLimits, partCard } from "./cards/from-parts.ts";
export { type Coordination, createCoordination } from "./coordination/coordination.ts";
export {
  CHANNEL_TURN_JOB,
  type ChannelKit,
  type ChannelKitOptions,
  createChannelKit,
  type ReceiveOutcome,
  type TurnReport,
} from "./kit.ts";
export { type OrganizationMap, organizationFor, parseOrganizationMap } from "./organizations.ts";
export { ReplyWriter, splitPoint, type WriterStats } from "./reply/writer.ts";
