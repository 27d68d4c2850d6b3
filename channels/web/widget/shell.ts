/**
 * The widget's static structure inside its Shadow DOM: a launcher button and a dialog
 * panel with a header, the message log, a status line (analysis and upload progress)
 * and the composer. Behaviour lives in app.ts.
 */
import { h, svg } from "./dom.ts";
import { STYLES } from "./styles.ts";

export interface Shell {
  root: HTMLElement;
  launcher: HTMLButtonElement;
  panel: HTMLElement;
  log: HTMLElement;
  status: HTMLElement;
  statusText: HTMLElement;
  statusBar: HTMLElement;
  spinner: HTMLElement;
  input: HTMLTextAreaElement;
  send: HTMLButtonElement;
  attach: HTMLButtonElement;
  fileInput: HTMLInputElement;
  drop: HTMLElement;
  themeToggle: HTMLButtonElement;
  restart: HTMLButtonElement;
  close: HTMLButtonElement;
}

const icon = (d: string) =>
  svg(
    "svg",
    {
      viewBox: "0 0 24 24",
      fill: "none",
      stroke: "currentColor",
      "stroke-width": 2,
      "stroke-linecap": "round",
      "stroke-linejoin": "round",
      "aria-hidden": "true",
    },
    svg("path", { d }),
  );

const CHAT = "M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z";
const CLOSE = "M6 6l12 12M18 6L6 18";
const MOON = "M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z";
const RESTART = "M3 12a9 9 0 1 0 3-6.7M3 4v5h5";
const CLIP = "M21 11.5l-8.5 8.5a5 5 0 0 1-7-7l9-9a3.5 3.5 0 0 1 5 5l-9 9a2 2 0 0 1-3-3l8-8";
const SEND = "M4 12l16-8-6 16-2.5-6.5z";
const STOP = "M7 7h10v10H7z";

export function buildShell(host: HTMLElement, title: string, accent: string | undefined): Shell {
  const shadow = host.attachShadow({ mode: "open" });
  adoptStyles(shadow);
  const launcher = h(
    "button",
    {
      class: "launcher",
      type: "button",
      "aria-label": `Open ${title}`,
      "aria-expanded": "false",
      "aria-controls": "cc-panel",
    },
    icon(CHAT),
  );
  const close = h("button", { class: "icon", type: "button", "aria-label": "Close chat" }, icon(CLOSE));
  const themeToggle = h(
    "button",
    { class: "icon", type: "button", "aria-label": "Switch light or dark theme", "aria-pressed": "false" },
    icon(MOON),
  );
  const restart = h(
    "button",
    { class: "icon", type: "button", "aria-label": "Start a new conversation" },
    icon(RESTART),
  );
  const log = h("div", {
    class: "log",
    role: "log",
    "aria-live": "polite",
    "aria-relevant": "additions",
    "aria-label": "Conversation",
    tabindex: 0,
  });
  const spinner = h("span", { class: "spinner", "aria-hidden": "true" });
  const statusText = h("span", {});
  const statusBar = h(
    "div",
    {
      class: "progress",
      role: "progressbar",
      "aria-label": "Progress",
      "aria-valuemin": 0,
      "aria-valuemax": 100,
      hidden: true,
    },
    h("span", {}),
  );
  const status = h("div", { class: "status", role: "status", hidden: true }, spinner, statusText, statusBar);
  const fileInput = h("input", {
    type: "file",
    accept: ".pdf,.docx,.txt,.png,.jpg,.jpeg,.webp,application/pdf",
    class: "sr-only",
    tabindex: -1,
    "aria-hidden": "true",
  });
  const attach = h(
    "button",
    { class: "icon", type: "button", "aria-label": "Upload your resume (PDF, Word, text or photo)" },
    icon(CLIP),
  );
  const input = h("textarea", {
    rows: 1,
    placeholder: "Type a message…",
    "aria-label": "Message",
    maxlength: 20000,
  });
  const send = h(
    "button",
    { class: "icon send", type: "submit", "aria-label": "Send message" },
    icon(SEND),
    icon(STOP),
  );
  const composer = h("form", { class: "composer" }, attach, fileInput, input, send);
  const drop = h("div", { class: "drop", hidden: true }, "Drop your resume to upload it");
  const panel = h(
    "div",
    {
      class: "panel",
      id: "cc-panel",
      role: "dialog",
      "aria-modal": "false",
      "aria-label": title,
      hidden: true,
    },
    h("div", { class: "head" }, h("h2", {}, title), restart, themeToggle, close),
    log,
    status,
    composer,
    drop,
  );
  const root = h("div", { class: "root" }, panel, launcher);
  shadow.append(root);
  if (accent && /^#[0-9a-f]{3,8}$|^[a-z]+$|^(rgb|hsl)a?\([\d\s.,%]+\)$/i.test(accent)) {
    root.style.setProperty("--accent", accent);
    if (isLight(accent)) root.style.setProperty("--accent-ink", "#111827");
  }
  return {
    root,
    launcher,
    panel,
    log,
    status,
    statusText,
    statusBar,
    spinner,
    input,
    send,
    attach,
    fileInput,
    drop,
    themeToggle,
    restart,
    close,
  };
}

/**
 * A constructed stylesheet is not an inline <style>, so a host page whose CSP forbids
 * inline styles still renders the widget; older browsers get the <style> element.
 */
function adoptStyles(shadow: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    shadow.appendChild(h("style", {}, STYLES));
  }
}

/** A pale accent colour (e.g. #facc15) needs dark text on it to stay readable. */
function isLight(color: string): boolean {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) return false;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! > 0.6;
}
