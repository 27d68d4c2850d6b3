/**
 * The widget's behaviour: opens and closes the panel, restores the conversation,
 * sends messages and streams replies, uploads resumes (button or drag and drop) with
 * progress, and switches the theme. Keyboard: Enter sends, Shift+Enter is a new line,
 * Escape closes the panel and gives focus back to the launcher.
 */
import type { InboundAction, ReplyEvent } from "../../../contract/conversation.ts";
import { ApiError, type ChatApi, type HistoryMessage, type WidgetEvent } from "./api.ts";
import { h } from "./dom.ts";
import { wireFilePicking } from "./file-drop.ts";
import { AssistantMessage, type PartActions } from "./message-view.ts";
import { markItemDone } from "./render/roadmap.ts";
import type { Shell } from "./shell.ts";
import { progressFraction, StatusLine } from "./status-line.ts";
import { WaitingMessages } from "./waiting-messages.ts";

export type Theme = "light" | "dark" | "auto";

export interface AppOptions {
  title: string;
  theme: Theme;
  open: boolean;
}

const GREETING =
  "Hi! I'm your career coach. Upload your resume (the paper clip, or drop the file here), then tell me the job you want and I'll tell you how you fit and how to close the gaps.";

export class WidgetApp {
  private started: Promise<void> | undefined;
  private busy = false;
  private turn: AbortController | undefined;
  private theme: Theme;
  private readonly status: StatusLine;
  private readonly waiting: WaitingMessages;
  private readonly media = window.matchMedia("(prefers-color-scheme: dark)");
  private readonly actions: PartActions = {
    act: (action, label) => void this.send(label, [], [], action),
    prefill: (text) => {
      this.ui.input.value = text;
      this.ui.input.focus();
      this.ui.input.setSelectionRange(text.length, text.length);
    },
    // The ids go to the agent (record_progress runs on exactly this item); the log shows
    // the item's text.
    itemDone: (roadmapId, item) => {
      markItemDone(this.ui.log, roadmapId, item.id);
      void this.send(`✓ ${item.text}`, [], [], {
        type: "roadmap_item",
        roadmapId,
        itemId: item.id,
        done: true,
      });
    },
  };

  constructor(
    private readonly ui: Shell,
    private readonly api: ChatApi,
    options: AppOptions,
  ) {
    this.theme = options.theme;
    this.status = new StatusLine(ui);
    this.waiting = new WaitingMessages(ui.log, () => this.scroll());
    this.applyTheme();
    this.media.addEventListener("change", () => this.applyTheme());
    this.wire();
    if (options.open || rememberOpen()) this.open();
  }

  open(): void {
    this.ui.panel.hidden = false;
    this.ui.root.classList.add("open");
    this.ui.launcher.setAttribute("aria-expanded", "true");
    this.ui.input.focus();
    rememberOpen(true);
    this.started ??= this.restore();
  }

  close(): void {
    this.ui.panel.hidden = true;
    this.ui.root.classList.remove("open");
    this.ui.launcher.setAttribute("aria-expanded", "false");
    this.ui.launcher.focus();
    rememberOpen(false);
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    this.applyTheme();
  }

  private applyTheme(): void {
    const dark = this.theme === "dark" || (this.theme === "auto" && this.media.matches);
    this.ui.root.classList.toggle("dark", dark);
    this.ui.themeToggle.setAttribute("aria-pressed", String(dark));
  }

  private wire(): void {
    const { ui } = this;
    ui.launcher.addEventListener("click", () => (ui.panel.hidden ? this.open() : this.close()));
    ui.close.addEventListener("click", () => this.close());
    ui.themeToggle.addEventListener("click", () =>
      this.setTheme(ui.root.classList.contains("dark") ? "light" : "dark"),
    );
    ui.restart.addEventListener("click", () => void this.restart());
    ui.panel.addEventListener("keydown", (e) => {
      if (e.key === "Escape") this.close();
    });
    ui.input.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        // Enter sends what is typed, never stops the running turn (only the stop button does).
        this.submitTyped();
      }
    });
    ui.input.addEventListener("input", () => this.autosize());
    ui.send.closest("form")!.addEventListener("submit", (e) => {
      e.preventDefault();
      // While a reply is streaming the send button is a stop button: closing the
      // request stops the generation on the server. With something typed it sends that
      // instead (after the turn), as Enter does.
      if (this.turn && !ui.input.value.trim()) {
        this.turn.abort();
        return;
      }
      this.submitTyped();
    });
    wireFilePicking(ui, (file) => void this.upload(file));
  }

  /** Sends the typed message now, or after the running turn (an upload, a reply) ends. */
  private submitTyped(): void {
    const text = this.ui.input.value.trim();
    if (!text) return;
    this.ui.input.value = "";
    this.autosize();
    if (this.busy) this.waiting.add(text);
    else void this.send(text, []);
  }

  private autosize(): void {
    this.ui.input.style.height = "auto";
    this.ui.input.style.height = `${Math.min(120, this.ui.input.scrollHeight)}px`;
  }

  private async restore(): Promise<void> {
    this.status.show("Connecting…");
    try {
      await this.api.start();
      const messages = await this.api.history();
      this.ui.log.replaceChildren();
      if (messages.length === 0) this.ui.log.appendChild(h("div", { class: "msg bot" }, GREETING));
      for (const message of messages) this.replay(message);
      this.status.clear();
      this.scroll();
    } catch (error) {
      this.started = undefined;
      this.status.clear();
      this.showError(error);
    }
  }

  private async restart(): Promise<void> {
    this.waiting.clear();
    if (this.busy) this.turn?.abort();
    try {
      await this.started;
      await this.api.newThread();
      this.ui.log.replaceChildren(h("div", { class: "msg bot" }, GREETING));
    } catch (error) {
      this.showError(error);
    }
  }

  private replay(message: HistoryMessage): void {
    if (message.role === "user") {
      this.userBubble(
        message.text,
        message.attachments.map((a) => a.filename),
      );
      return;
    }
    const view = new AssistantMessage(this.ui.log, this.actions, () => undefined);
    if (message.text && !message.parts.some((p) => p.type === "text")) view.appendText(message.text);
    for (const part of message.parts) if (part.type !== "quickReplies") view.addPart(part);
    view.finish();
  }

  private userBubble(text: string, files: string[]): void {
    const bubble = h("div", { class: "msg user" });
    for (const name of files) bubble.appendChild(h("span", { class: "attach-note" }, `📎 ${name}`));
    if (text) bubble.appendChild(document.createTextNode(text));
    this.ui.log.appendChild(bubble);
    this.scroll();
  }

  async send(text: string, uploadIds: string[], files: string[] = [], action?: InboundAction): Promise<void> {
    if (this.busy) return;
    await this.started;
    this.busy = true;
    this.turn = new AbortController();
    this.showBusy(true);
    for (const chips of this.ui.log.querySelectorAll(".chips")) chips.remove();
    this.userBubble(text, files);
    const asked = this.ui.log.lastElementChild;
    this.status.show("Thinking…");
    const view = new AssistantMessage(this.ui.log, this.actions, () => this.scroll());
    const turn = this.turn;
    const onEvent = (event: WidgetEvent) =>
      event.type === "thread_erased" ? this.clearBefore(asked) : this.onEvent(view, event);
    try {
      try {
        await this.api.chat(text, uploadIds, onEvent, turn.signal, action);
      } catch (error) {
        // A session that expired while the page was open is renewed once.
        if (!(error instanceof ApiError && error.status === 401)) throw error;
        await this.api.start();
        await this.api.chat(text, uploadIds, onEvent, turn.signal, action);
      }
      if (turn.signal.aborted) view.note("Stopped.");
    } catch (error) {
      view.error(messageOf(error));
    } finally {
      view.finish();
      this.status.clear();
      this.busy = false;
      this.turn = undefined;
      this.showBusy(false);
    }
    this.sendWaiting();
  }

  /** The next message typed during the turn that just ended, if any. */
  private sendWaiting(): void {
    if (this.busy) return;
    const next = this.waiting.next();
    if (next !== undefined) void this.send(next, []);
  }

  /**
   * The turn deleted the person's data and this conversation with it: what the log showed
   * before this turn goes too (its buttons and checkboxes would act on deleted data).
   */
  private clearBefore(asked: Element | null): void {
    if (!asked || asked.parentElement !== this.ui.log) return;
    while (asked.previousElementSibling) asked.previousElementSibling.remove();
  }

  private onEvent(view: AssistantMessage, event: ReplyEvent): void {
    switch (event.type) {
      case "text_delta":
        view.appendText(event.text);
        break;
      case "part":
        view.addPart(event.part);
        break;
      case "progress":
        this.status.show(event.message, progressFraction(event.metrics));
        break;
      case "tool_call":
        this.status.show("Working on it…");
        break;
      case "error":
        view.error(event.message);
        break;
      case "turn_end":
        this.status.clear();
        break;
    }
  }

  private async upload(file: File): Promise<void> {
    if (this.busy) return;
    await this.started;
    if (file.size > this.api.maxUploadBytes) {
      const mb = (this.api.maxUploadBytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "");
      this.showError(
        new ApiError(
          `${file.name} is larger than ${mb} MB. Please upload a smaller file, such as a PDF export of your resume.`,
          413,
          "too_large",
        ),
      );
      return;
    }
    this.busy = true;
    this.status.show(`Uploading ${file.name}…`, 0);
    let result: Awaited<ReturnType<ChatApi["upload"]>["promise"]>;
    try {
      result = await this.api.upload(file, (fraction) =>
        this.status.show(`Uploading ${file.name}…`, fraction),
      ).promise;
    } catch (error) {
      this.status.clear();
      this.busy = false;
      this.ui.log.appendChild(h("div", { class: "msg bot error", role: "alert" }, messageOf(error)));
      this.scroll();
      this.sendWaiting();
      return;
    }
    this.busy = false;
    await this.send("Here is my resume.", [result.uploadId], [result.filename]);
  }

  private showBusy(busy: boolean): void {
    this.ui.root.toggleAttribute("data-busy", busy);
    this.ui.send.setAttribute("aria-label", busy ? "Stop answering" : "Send message");
  }

  private showError(error: unknown): void {
    this.ui.log.appendChild(h("div", { class: "msg bot error", role: "alert" }, messageOf(error)));
    this.scroll();
  }

  private scroll(): void {
    this.ui.log.scrollTop = this.ui.log.scrollHeight;
  }
}

/** An open panel stays open across page loads of the same tab (reload, next page of the site). */
function rememberOpen(open?: boolean): boolean {
  const key = "careercraft:open";
  try {
    if (open === true) sessionStorage.setItem(key, "1");
    else if (open === false) sessionStorage.removeItem(key);
    return sessionStorage.getItem(key) === "1";
  } catch {
    return false;
  }
}

function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : "Something went wrong. Please try again.";
}
