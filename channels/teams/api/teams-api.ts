/**
 * Bot Connector calls through the Agents SDK's CloudAdapter: every post, update and new
 * 1:1 conversation goes to the conversation's serviceUrl with the bot's own token (the
 * SDK gets and caches it: MSAL with the app password, or the Entra auth sidecar).
 * Replies are made proactively (continueConversation) so a turn can answer after the
 * webhook has been acknowledged, and a reminder days later uses the same call.
 */
import type { ConversationReference } from "@microsoft/agents-activity";
import { CloudAdapter, type TurnContext } from "@microsoft/agents-hosting";
import type { ConversationRef } from "../../core/adapter.ts";

const BOT_FRAMEWORK = "https://api.botframework.com";

export interface OutboundActivity {
  type: "message" | "typing";
  text?: string;
  textFormat?: "markdown";
  attachments?: { contentType: string; content?: unknown; contentUrl?: string; name?: string }[];
}

/** The bot's own tokens are for the Bot Framework (the connector and its attachment store). */
const BOT_FRAMEWORK_SCOPE = "https://api.botframework.com";

export class TeamsApi {
  constructor(
    private readonly cloud: CloudAdapter,
    private readonly appId: string,
  ) {}

  private reference(ref: ConversationRef): ConversationReference {
    const serviceUrl = ref.extra?.serviceUrl;
    if (!serviceUrl) throw new Error("A Teams conversation reference needs its serviceUrl.");
    return {
      channelId: "msteams",
      serviceUrl,
      conversation: {
        id: ref.conversation,
        ...(ref.workspace ? { tenantId: ref.workspace } : {}),
        ...(ref.extra?.conversationType ? { conversationType: ref.extra.conversationType } : {}),
      } as ConversationReference["conversation"],
      agent: { id: ref.extra?.botId ?? `28:${this.appId}` },
      ...(ref.user ? { user: { id: ref.user } } : {}),
    };
  }

  /**
   * Runs `call` in a proactive turn and rethrows what it threw. The SDK would hand the error
   * to its onTurnError (which tells the person "please fix the source code") and return as
   * if it had worked: a refused post would count as sent and a reminder never be retried.
   */
  private async proactive<T>(ref: ConversationRef, call: (context: TurnContext) => Promise<T>): Promise<T> {
    let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
    await this.cloud.continueConversation(this.appId, this.reference(ref), async (context) => {
      try {
        outcome = { ok: true, value: await call(context) };
      } catch (error) {
        outcome = { ok: false, error };
      }
    });
    if (!outcome) throw new Error("The Teams connector call did not run.");
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  }

  async send(ref: ConversationRef, activity: OutboundActivity): Promise<string> {
    return this.proactive(ref, async (context) => (await context.sendActivity(activity as never))?.id ?? "");
  }

  async update(ref: ConversationRef, id: string, activity: OutboundActivity): Promise<void> {
    await this.proactive(ref, async (context) => {
      await context.updateActivity({ ...activity, id, conversation: { id: ref.conversation } } as never);
    });
  }

  /**
   * The bot's token for reading what the connector holds at `serviceUrl` (an image pasted
   * into a chat is kept there and needs it); undefined for an anonymous bot (tests).
   */
  async connectorToken(serviceUrl: string): Promise<string | undefined> {
    if (!this.appId) return undefined;
    const provider = this.cloud.connectionManager.getTokenProvider(
      CloudAdapter.createIdentity(this.appId),
      serviceUrl,
    );
    return provider.getAccessToken(BOT_FRAMEWORK_SCOPE);
  }

  /** The 1:1 chat with a user in a tenant (Teams returns the existing one when there is one). */
  async createDirect(ref: Pick<ConversationRef, "workspace" | "user" | "extra">): Promise<string> {
    const serviceUrl = ref.extra?.serviceUrl;
    if (!serviceUrl || !ref.user)
      throw new Error("Opening a Teams chat needs the serviceUrl and the user id.");
    let id = "";
    await this.cloud.createConversationAsync(
      this.appId,
      "msteams",
      serviceUrl,
      BOT_FRAMEWORK,
      {
        isGroup: false,
        members: [{ id: ref.user }],
        agent: { id: ref.extra?.botId ?? `28:${this.appId}` },
        ...(ref.workspace ? { tenantId: ref.workspace, channelData: { tenant: { id: ref.workspace } } } : {}),
      } as never,
      async (context) => {
        id = context.activity.conversation?.id ?? "";
      },
    );
    if (!id) throw new Error("Teams did not return a conversation id.");
    return id;
  }
}
