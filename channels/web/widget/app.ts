/**
 * The widget's behaviour: opens and closes the panel, restores the conversation,
 * sends messages and streams replies, uploads resumes (button or drag and drop) with
 * progress, and switches the theme. Keyboard: Enter sends, Shift+Enter is a new line,
 * Escape closes the panel and gives focus back to the launcher.
 */
import type { ReplyEvent } from "../../../agent/conversation/types.ts";
import { ApiError, type ChatApi, type HistoryMessage } from "./api.ts";
import { h } from "./dom.ts";
import { AssistantMessage, type PartActions } from "./message-view.ts";
import { markItemDone } from "./render/roadmap.ts";
import type { Shell } from "./shell.ts";

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
  private readonly media = window.matchMedia("(prefers-color-scheme: dark)");
  private readonly actions: PartActions = {
    send: (text) => void this.send(text, []),
    // The planner's record_progress understands "mark <item> as done"; a week number in
    // the message would mark the whole week instead, so it is left out.
    itemDone: (_week, itemText, itemId) => {
      if (itemId) markItemDone(this.ui.log, itemId);
      void this.send(`Mark ${itemText} as done`, []);
    },
  };

  constructor(
    private readonly ui: Shell,
    private readonly api: ChatApi,
    options: AppOptions,
  ) {
    this.theme = options.theme;
    this.applyTheme();
    this.media.addEventListener("change", () => this.applyTheme());
    this.wire();
    if (options.open) this.open();
  }

  open(): void {
    this.ui.panel.hidden = false;
    this.ui.root.classList.add("open");
    this.ui.launcher.setAttribute("aria-expanded", "true");
    this.ui.input.focus();
    this.started ??= this.restore();
  }

  close(): void {
    this.ui.panel.hidden = true;
    this.ui.root.classList.remove("open");
    this.ui.launcher.setAttribute("aria-expanded", "false");
    this.ui.launcher.focus();
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
        ui.send.click();
      }
    });
    ui.input.addEventListener("input", () => this.autosize());
    ui.send.closest("form")!.addEventListener("submit", (e) => {
      e.preventDefault();
      const text = ui.input.value.trim();
      if (!text || this.busy) return;
      ui.input.value = "";
      this.autosize();
      void this.send(text, []);
    });
    ui.attach.addEventListener("click", () => ui.fileInput.click());
    ui.fileInput.addEventListener("change", () => {
      const file = ui.fileInput.files?.[0];
      ui.fileInput.value = "";
      if (file) void this.upload(file);
    });
    let depth = 0;
    ui.panel.addEventListener("dragenter", (e) => {
      if (!e.dataTransfer?.types.includes("Files")) return;
      depth++;
      ui.drop.hidden = false;
    });
    ui.panel.addEventListener("dragleave", () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) ui.drop.hidden = true;
    });
    ui.panel.addEventListener("dragover", (e) => e.preventDefault());
    ui.panel.addEventListener("drop", (e) => {
      e.preventDefault();
      depth = 0;
      ui.drop.hidden = true;
      const file = e.dataTransfer?.files[0];
      if (file) void this.upload(file);
    });
  }

  private autosize(): void {
    this.ui.input.style.height = "auto";
    this.ui.input.style.height = `${Math.min(120, this.ui.input.scrollHeight)}px`;
  }

  private async restore(): Promise<void> {
    this.setStatus("Connecting…");
    try {
      await this.api.start();
      const messages = await this.api.history();
      this.ui.log.replaceChildren();
      if (messages.length === 0) this.ui.log.appendChild(h("div", { class: "msg bot" }, GREETING));
      for (const message of messages) this.replay(message);
      this.clearStatus();
      this.scroll();
    } catch (error) {
      this.started = undefined;
      this.clearStatus();
      this.showError(error);
    }
  }

  private async restart(): Promise<void> {
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

  async send(text: string, uploadIds: string[], files: string[] = []): Promise<void> {
    if (this.busy) return;
    await this.started;
    this.busy = true;
    this.ui.send.disabled = true;
    for (const chips of this.ui.log.querySelectorAll(".chips")) chips.remove();
    this.userBubble(text, files);
    this.setStatus("Thinking…");
    const view = new AssistantMessage(this.ui.log, this.actions, () => this.scroll());
    this.turn = new AbortController();
    const onEvent = (event: ReplyEvent) => this.onEvent(view, event);
    try {
      try {
        await this.api.chat(text, uploadIds, onEvent, this.turn.signal);
      } catch (error) {
        // A session that expired while the page was open is renewed once.
        if (!(error instanceof ApiError && error.status === 401)) throw error;
        await this.api.start();
        await this.api.chat(text, uploadIds, onEvent, this.turn.signal);
      }
    } catch (error) {
      view.error(messageOf(error));
    } finally {
      view.finish();
      this.clearStatus();
      this.busy = false;
      this.ui.send.disabled = false;
      this.turn = undefined;
    }
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
        this.setStatus(event.message);
        break;
      case "tool_call":
        this.setStatus("Working on it…");
        break;
      case "error":
        view.error(event.message);
        break;
      case "turn_end":
        this.clearStatus();
        break;
    }
  }

  private async upload(file: File): Promise<void> {
    if (this.busy) return;
    await this.started;
    this.busy = true;
    this.setStatus(`Uploading ${file.name}…`, 0);
    let result: Awaited<ReturnType<ChatApi["upload"]>["promise"]>;
    try {
      result = await this.api.upload(file, (fraction) => this.setStatus(`Uploading ${file.name}…`, fraction))
        .promise;
    } catch (error) {
      this.clearStatus();
      this.busy = false;
      this.ui.log.appendChild(h("div", { class: "msg bot error", role: "alert" }, messageOf(error)));
      this.scroll();
      return;
    }
    this.busy = false;
    await this.send("Here is my resume.", [result.uploadId], [result.filename]);
  }

  private setStatus(text: string, fraction?: number): void {
    const { ui } = this;
    ui.status.hidden = false;
    ui.statusText.textContent = text;
    ui.statusBar.hidden = fraction === undefined;
    ui.spinner.hidden = fraction !== undefined;
    if (fraction !== undefined) {
      const percent = Math.round(fraction * 100);
      ui.statusBar.setAttribute("aria-valuenow", String(percent));
      (ui.statusBar.firstChild as HTMLElement).style.width = `${percent}%`;
    }
  }

  private clearStatus(): void {
    this.ui.status.hidden = true;
  }

  private showError(error: unknown): void {
    this.ui.log.appendChild(h("div", { class: "msg bot error", role: "alert" }, messageOf(error)));
    this.scroll();
  }

  private scroll(): void {
    this.ui.log.scrollTop = this.ui.log.scrollHeight;
  }
}

function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : "Something went wrong. Please try again.";
}
