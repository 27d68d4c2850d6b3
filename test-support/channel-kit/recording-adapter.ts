/**
 * A chat platform that lives in memory: it records every post, edit and upload the kit
 * makes, per conversation, with edits applied. It stands in for the platform (never
 * for kit code) in the kit's own tests, and shows a new adapter's author the calls the
 * kit makes. Attachments are served by a real HTTP server the test starts.
 */
import type {
  ChannelAdapter,
  ConversationRef,
  OutboundFile,
  OutboundMessage,
  PlatformLimits,
  PostedMessage,
} from "../../channels/core/adapter.ts";
import { cardButtons } from "../../channels/core/cards/card.ts";
import type { ScenarioMessage } from "./scenario.ts";

export interface RecordedMessage {
  id: string;
  conversation: string;
  message: OutboundMessage;
  files: string[];
  edits: number;
}

export const RECORDING_LIMITS: PlatformLimits = {
  editIntervalMs: 50,
  maxTextChars: 4000,
  maxButtons: 25,
  maxElementChars: 3000,
  maxButtonLabel: 75,
  maxActionChars: 2000,
};

export class RecordingAdapter implements ChannelAdapter {
  readonly messages: RecordedMessage[] = [];
  readonly calls: string[] = [];
  private next = 1;

  constructor(
    readonly platform = "recording",
    readonly limits: PlatformLimits = RECORDING_LIMITS,
    private readonly headers: Record<string, string> = {},
    /** Simulated API latency per call. */
    private readonly delayMs = 0,
  ) {}

  private async call(name: string) {
    this.calls.push(name);
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
  }

  async post(ref: ConversationRef, message: OutboundMessage): Promise<PostedMessage> {
    await this.call("post");
    const id = String(this.next++);
    this.messages.push({ id, conversation: ref.conversation, message, files: [], edits: 0 });
    return { id, ref };
  }

  async edit(posted: PostedMessage, update: OutboundMessage): Promise<void> {
    await this.call("edit");
    const m = this.messages.find((x) => x.id === posted.id);
    if (!m) throw new Error(`no message ${posted.id}`);
    m.message = update;
    m.edits++;
  }

  async upload(ref: ConversationRef, file: OutboundFile): Promise<void> {
    await this.call("upload");
    this.messages.push({
      id: String(this.next++),
      conversation: ref.conversation,
      message: { text: file.title ?? file.filename },
      files: [file.filename],
      edits: 0,
    });
  }

  async openDirect(ref: Pick<ConversationRef, "platform" | "workspace" | "user">): Promise<ConversationRef> {
    await this.call("openDirect");
    return {
      platform: this.platform,
      workspace: ref.workspace,
      user: ref.user,
      conversation: `D-${ref.user}`,
    };
  }

  async attachmentHeaders(): Promise<Record<string, string>> {
    return this.headers;
  }

  /** What the person sees in one conversation, as the shared scenario reads it. */
  seen(conversation: string): ScenarioMessage[] {
    return this.messages
      .filter((m) => m.conversation === conversation)
      .map((m) => ({
        text: [
          m.message.text,
          ...(m.message.cards ?? []).flatMap((c) => [
            c.title ?? "",
            c.subtitle ?? "",
            ...c.elements.map((e) =>
              e.kind === "fields"
                ? e.fields.map((f) => `${f.label}: ${f.value}`).join("\n")
                : "text" in e
                  ? e.text
                  : "",
            ),
          ]),
        ].join("\n"),
        buttons: (m.message.cards ?? [])
          .flatMap(cardButtons)
          .map((b) => ({ label: b.label, action: b.action })),
        files: m.files,
      }));
  }
}
