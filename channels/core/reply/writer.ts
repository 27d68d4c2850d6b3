/**
 * One turn's reply on a chat platform, written as the events arrive. The words go into
 * one message that is posted at the first sign of life (a progress line or the first
 * words) and then edited as more words stream in, at most once per the platform's edit
 * interval (each edit waits for the previous one, so a slow API is never flooded). Rich
 * parts follow as their own messages: cards, uploaded chart images, files. Suggested
 * replies ride on the final edit of the text as buttons. Text past the platform's
 * length limit continues in a new message, split at a paragraph.
 */
import type { QuickRepliesPart, ReplyEvent, ReplyPart } from "../../../contract/conversation.ts";
import { joinQuickReplies } from "../../../contract/quick-replies.ts";
import type { ChannelAdapter, ConversationRef, PostedMessage } from "../adapter.ts";
import type { Card } from "../cards/card.ts";
import { partCard } from "../cards/from-parts.ts";
import { chartImage } from "./chart-image.ts";

export interface WriterStats {
  posts: number;
  edits: number;
  uploads: number;
}

export interface ReplyWriterOptions {
  onError?: (error: unknown) => void;
}

const THINKING = "…";

export class ReplyWriter {
  readonly stats: WriterStats = { posts: 0, edits: 0, uploads: 0 };
  private message?: PostedMessage;
  /** Words of the current message; `status` shows until the first word arrives. */
  private text = "";
  private status = "";
  private shown = "";
  /** The last words came as a whole block (a text part or an error), not as a stream. */
  private afterBlock = false;
  private suggestions?: Card;
  /** Every quickReplies part of the turn so far, joined into one row (contract/quick-replies.ts). */
  private quickReplies?: QuickRepliesPart;
  /**
   * Words a tool gave as a text part (the question it asks after an analysis): they close the
   * reply, after the words that introduce it. Posted where they arrived, the Slack nurse read
   * "What pay do you expect?" above "Noted: Clinic Manager … Not there yet: UNFIT …".
   */
  private closing: string[] = [];
  private partsPosted = 0;
  private lastEdit = 0;
  private timer?: NodeJS.Timeout;
  /** Every platform call of this reply, in order. */
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly adapter: ChannelAdapter,
    private readonly ref: ConversationRef,
    private readonly options: ReplyWriterOptions = {},
  ) {}

  /** Takes one event; resolves when it is safe to take the next (posts of parts are awaited). */
  async write(event: ReplyEvent): Promise<void> {
    switch (event.type) {
      case "progress":
        this.status = event.message;
        if (!this.text) this.touch();
        return;
      case "text_delta":
        // Words after a block of text (a text part, an error) start a paragraph of their own:
        // "…I can score salary." then "Good news: …" ran together as "salary.Good news".
        this.text += this.afterBlock && this.text ? `\n\n${event.text.trimStart()}` : event.text;
        this.afterBlock = false;
        this.touch();
        return;
      case "error":
        this.text += this.text ? `\n\n${event.message}` : event.message;
        this.afterBlock = true;
        this.touch();
        return;
      case "part":
        await this.part(event.part);
        return;
      case "tool_call":
      case "turn_end":
        return;
    }
  }

  /** Final edit with everything said; resolves when every call of this reply has been made. */
  async finish(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    for (const words of this.closing.splice(0)) this.text += this.text.trim() ? `\n\n${words}` : words;
    this.enqueue(() => this.flush(true));
    await this.chain;
  }

  /** Something new to show: post now if nothing is on screen, else edit when the interval allows. */
  private touch(): void {
    if (!this.message && this.visible() !== "") {
      this.enqueue(() => this.flush(false));
      return;
    }
    if (this.timer) return;
    const wait = Math.max(0, this.lastEdit + this.adapter.limits.editIntervalMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.enqueue(() => this.flush(false));
    }, wait);
  }

  private visible(): string {
    return this.text.trim() ? this.text : this.status ? `_${this.status}_` : "";
  }

  private enqueue(step: () => Promise<void>): void {
    this.chain = this.chain.then(step).catch((error) => this.options.onError?.(error));
  }

  private async flush(final: boolean): Promise<void> {
    const max = this.adapter.limits.maxTextChars;
    // Past the limit: close this message at a paragraph and continue in a new one.
    while (this.text.length > max) {
      const cut = splitPoint(this.text, max);
      await this.show(this.text.slice(0, cut).trimEnd(), undefined);
      this.text = this.text.slice(cut).trimStart();
      this.message = undefined;
      this.shown = "";
    }
    let body = this.visible();
    // A turn that ended with cards and no words: the progress line should not hang there.
    if (final && !this.text.trim() && this.message) body = this.partsPosted ? "Done — see below." : THINKING;
    const cards = final && this.suggestions ? [this.suggestions] : undefined;
    if (!body && !cards) return;
    if (body === this.shown && !cards) return;
    await this.show(body || " ", cards);
  }

  private async show(text: string, cards: Card[] | undefined): Promise<void> {
    const message = { text, ...(cards ? { cards } : {}) };
    if (!this.message) {
      this.message = await this.adapter.post(this.ref, message);
      this.stats.posts++;
    } else {
      await this.adapter.edit(this.message, message);
      this.stats.edits++;
    }
    this.lastEdit = Date.now();
    this.shown = text;
  }

  private async part(part: ReplyPart): Promise<void> {
    if (part.type === "quickReplies") {
      this.quickReplies = joinQuickReplies(this.quickReplies, part);
      this.suggestions = partCard(this.quickReplies, this.adapter.limits);
      return;
    }
    if (part.type === "text") {
      this.closing.push(part.text);
      return;
    }
    // The words so far go on screen first, so the card lands under them.
    if (!this.message && this.visible()) this.enqueue(() => this.flush(false));
    if (part.type === "chart" || part.type === "file") {
      const file = part.type === "chart" ? await chartImage(part) : fileOf(part);
      this.enqueue(async () => {
        await this.adapter.upload(this.ref, file);
        this.stats.uploads++;
        this.partsPosted++;
      });
    } else {
      const card = partCard(part, this.adapter.limits);
      if (card)
        this.enqueue(async () => {
          await this.adapter.post(this.ref, { text: card.fallback, cards: [card] });
          this.stats.posts++;
          this.partsPosted++;
        });
    }
    await this.chain;
  }
}

function fileOf(part: Extract<ReplyPart, { type: "file" }>) {
  return {
    filename: part.filename,
    mimeType: part.mimeType,
    bytes: new Uint8Array(Buffer.from(part.content, "base64")),
    title: part.filename,
  };
}

/** The last paragraph (else line, else word) break before `max`. */
export function splitPoint(text: string, max: number): number {
  for (const sep of ["\n\n", "\n", " "]) {
    const at = text.lastIndexOf(sep, max);
    if (at > max / 2) return at;
  }
  return max;
}
