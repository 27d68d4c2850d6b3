/**
 * Renders the agent's replies: paragraphs, line breaks, "- " bullet lines, **bold**,
 * `code`, [links](https://...) and bare https links. Built as DOM nodes, never HTML.
 */
import { append, h, link } from "../dom.ts";

const INLINE =
  /\*\*([^*]+)\*\*|`([^`]+)`|\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])/g;

export function richText(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const block of text.split(/\n{2,}/)) {
    const lines = block.split("\n");
    const bullets = lines.every((l) => /^\s*[-*•]\s+/.test(l)) && lines.length > 0 && block.trim() !== "";
    if (bullets) {
      fragment.appendChild(h("ul", {}, ...lines.map((l) => inline(h("li"), l.replace(/^\s*[-*•]\s+/, "")))));
      continue;
    }
    const p = h("p");
    lines.forEach((line, i) => {
      if (i > 0) p.appendChild(h("br"));
      inline(p, line);
    });
    fragment.appendChild(p);
  }
  return fragment;
}

function inline<T extends HTMLElement>(el: T, text: string): T {
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    append(el, [text.slice(last, match.index)]);
    if (match[1] !== undefined) el.appendChild(h("strong", {}, match[1]));
    else if (match[2] !== undefined) el.appendChild(h("code", {}, match[2]));
    else if (match[3] !== undefined) el.appendChild(link(match[4], match[3]));
    else if (match[5] !== undefined) el.appendChild(link(match[5], match[5]));
    last = (match.index ?? 0) + match[0].length;
  }
  append(el, [text.slice(last)]);
  return el;
}
