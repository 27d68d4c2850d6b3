/**
 * The agent's public face for main.ts and channels: create one conversation engine per
 * process and hand its `converse` to every channel.
 *
 *   const conversation = await createConversation({ db, config, queue, logger });
 *   app.use(createWebChannel({ converse: conversation.converse, ... }));
 */

export type * from "../contract/conversation.ts";
export { type Conversation, type ConversationOptions, createConversation } from "./conversation/converse.ts";
export type { ProviderKind } from "./models/index.ts";
