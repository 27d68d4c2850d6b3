/**
 * What every channel shares: the inbound message, the identity and the channel-neutral
 * reply parts. The types live in the neutral contract module (contract/conversation.ts),
 * which the agent and tools import too; channels import them from here.
 */
export type {
  Attachment,
  ChartPart,
  Converse,
  ConverseOptions,
  FilePart,
  GapListPart,
  Identity,
  Inbound,
  ListPart,
  QuickRepliesPart,
  ReplyEvent,
  ReplyPart,
  RoadmapPart,
  ScoreCardPart,
  ScoreKey,
  TextPart,
} from "../../contract/conversation.ts";
