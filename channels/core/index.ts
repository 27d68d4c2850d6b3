/**
 * What every channel shares: the inbound message, the identity and the channel-neutral
 * reply parts. The types are defined beside the agent's conversation entry (the agent
 * produces the parts and may not import channels); channels import them from here.
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
} from "../../agent/conversation/types.ts";
