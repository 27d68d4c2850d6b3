/** Lists, charts, files and quick-reply chips: the smaller reply parts. */
import type { ChartPart, FilePart, ListPart, QuickRepliesPart } from "../../../../contract/conversation.ts";
import { h, link } from "../dom.ts";

export function list(part: ListPart): HTMLElement {
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
 * the person to finish: it fills the message box instead of sending.
 */
export function quickReplies(
  part: QuickRepliesPart,
  send: (text: string) => void,
  prefill: (text: string) => void,
): HTMLElement {
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
            send(option.text);
          },
        },
        option.label,
      ),
    );
  }
  return group;
}
