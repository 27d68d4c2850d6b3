/** Lists, charts, files and quick-reply chips: the smaller reply parts. */
import type {
  ChartPart,
  FilePart,
  InboundAction,
  ListPart,
  QuickRepliesPart,
} from "../../../../contract/conversation.ts";
import { h, link } from "../dom.ts";

type Act = (action: InboundAction, label: string) => void;

/** A list; an item's buttons (bookmark a question, answer a reminder) send their action once. */
export function list(part: ListPart, act: Act): HTMLElement {
  return h(
    "section",
    { class: "card list", ...(part.title ? { "aria-label": part.title } : {}) },
    part.title ? h("h3", {}, part.title) : null,
    h(
      "ul",
      { role: "list" },
      ...part.items.map((item) =>
        h(
          "li",
          {},
          link(item.url, item.text),
          item.detail ? h("span", { class: "muted" }, ` — ${item.detail}`) : null,
          ...(item.actions ?? []).map((button) => {
            const el = h("button", { type: "button", class: "item-action" }, button.label);
            el.addEventListener("click", () => {
              el.disabled = true;
              act(button.action, `${button.label}: ${item.text}`);
            });
            return el;
          }),
        ),
      ),
    ),
  );
}

/**
 * Charts arrive as SVG markup or PNG bytes; both are shown through an <img>, which
 * never runs scripts, so chart text taken from a job ad cannot become live markup.
 */
export function chart(part: ChartPart): HTMLElement {
  const src = part.svg
    ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(part.svg)}`
    : part.pngBase64
      ? `data:image/png;base64,${part.pngBase64}`
      : undefined;
  return h(
    "figure",
    { class: "card chart" },
    src ? h("img", { src, alt: part.alt }) : h("p", { class: "muted" }, part.alt),
    h("figcaption", {}, part.title),
  );
}

export function file(part: FilePart): HTMLElement {
  const anchor = h("a", { class: "file", href: "#", download: part.filename }, `Download ${part.filename}`);
  anchor.addEventListener("click", (event) => {
    event.preventDefault();
    const bytes = Uint8Array.from(atob(part.content), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: part.mimeType }));
    const temp = h("a", { href: url, download: part.filename });
    temp.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  return h("div", { class: "card" }, anchor);
}

/**
 * A chip whose text ends in a space ("I want to be a ") is the start of a sentence for
 * the person to finish: it fills the message box instead of sending. Any other chip is a
 * quick_reply action naming the chip by its id (its sentence rides along for the agent).
 */
export function quickReplies(part: QuickRepliesPart, act: Act, prefill: (text: string) => void): HTMLElement {
  const group = h("div", { class: "chips", role: "group", "aria-label": "Suggested replies" });
  for (const option of part.options) {
    group.appendChild(
      h(
        "button",
        {
          type: "button",
          class: "chip",
          onclick: () => {
            if (/\s$/.test(option.text)) {
              prefill(option.text);
              return;
            }
            group.remove();
            act({ type: "quick_reply", replyId: option.id ?? option.label, text: option.text }, option.text);
          },
        },
        option.label,
      ),
    );
  }
  return group;
}
