/**
 * Messages typed while a turn runs — a resume being read, a reply still streaming — wait here
 * and go out one by one, in order, once the turn ends. Enter used to stop the running turn:
 * a person who attached a resume and typed "here's my resume" lost both their line and the
 * read (the profile stayed empty). Typing never stops a turn now; the stop button (pressed
 * with nothing typed) still does.
 */
import { h } from "./dom.ts";

export class WaitingMessages {
  private readonly waiting: { text: string; bubble: HTMLElement }[] = [];

  constructor(
    private readonly log: HTMLElement,
    private readonly scroll: () => void,
  ) {}

  /** Shows the message at once, marked as waiting, so the person sees it was taken. */
  add(text: string): void {
    const bubble = h(
      "div",
      { class: "msg user waiting", title: "Sends when the current answer finishes" },
      text,
    );
    this.log.appendChild(bubble);
    this.waiting.push({ text, bubble });
    this.scroll();
  }

  /** The next message to send; its waiting bubble goes, the send shows it again in its place. */
  next(): string | undefined {
    const first = this.waiting.shift();
    first?.bubble.remove();
    return first?.text;
  }

  /** A new conversation starts empty: nothing typed into the old one is sent into it. */
  clear(): void {
    for (const { bubble } of this.waiting) bubble.remove();
    this.waiting.length = 0;
  }
}
