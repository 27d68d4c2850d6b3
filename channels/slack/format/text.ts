/**
 * The agent's markdown-lite as Slack mrkdwn: **bold** -> *bold*, [text](url) -> <url|text>,
 * and &, <, > escaped as Slack requires (they would otherwise start a link or a mention).
 */
const escapeMrkdwn = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function toMrkdwn(text: string): string {
  const out: string[] = [];
  // Links first, so a "**" inside a link label is still bold and a URL is never escaped twice.
  const link = /\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g;
  let last = 0;
  for (const m of text.matchAll(link)) {
    out.push(inline(text.slice(last, m.index)));
    out.push(`<${m[2]!.replace(/\|/g, "%7C").replace(/>/g, "%3E")}|${inline(m[1]!)}>`);
    last = m.index + m[0].length;
  }
  out.push(inline(text.slice(last)));
  return out.join("");
}

function inline(s: string): string {
  return escapeMrkdwn(s).replace(/\*\*([^*\n]+)\*\*/g, "*$1*");
}

/** Plain text (headers, button labels, notification fallbacks): markup removed. */
export function toPlain(text: string): string {
  return text.replace(/\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g, "$1").replace(/\*\*([^*\n]+)\*\*/g, "$1");
}
