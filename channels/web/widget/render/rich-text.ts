/**
 * Renders the agent's replies: paragraphs, line breaks, "- " bullet lines, **bold**,
 * `code`, [links](https://...) and bare https links. Built as DOM nodes, never HTML.
 */
import { append, h, link } from "../dom.ts";

const INLINE =
  /\*\*([^*]+)\*\*|`([^`]+)`|\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])/g;

const BULLET = /^\s*[-*•]\s+/;

export function richText(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  // Newline text nodes between blocks, list items and after line breaks render as nothing,
  // but keep the bubble's text (copy, screen readers, textContent) from running sentences
  // of two paragraphs together ("start?I'm ...").
  const gap = (parent: Node) => {
    if (parent.lastChild) parent.appendChild(document.createTextNode("\n"));
  };
  for (const block of text.split(/\n{2,}/)) {
    // Consecutive bullet lines become one list; other lines a paragraph with line breaks.
    let paragraph: HTMLParagraphElement | undefined;
    let list: HTMLUListElement | undefined;
    for (const line of block.split("\n")) {
      if (BULLET.test(line)) {
        paragraph = undefined;
        if (!list) {
          gap(fragment);
          list = fragment.appendChild(h("ul"));
        }
        gap(list);
        list.appendChild(inline(h("li"), line.replace(BULLET, "")));
        continue;
      }
      list = undefined;
      if (paragraph) paragraph.append(h("br"), document.createTextNode("\n"));
      else {
        gap(fragment);
        paragraph = fragment.appendChild(h("p"));
      }
      inline(paragraph, line);
    }
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
