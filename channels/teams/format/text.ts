/**
 * The agent's markdown-lite as Teams message markdown. Teams reads **bold**, _italic_,
 * [links](url) and "- " lists as written; what it would turn into markup of its own is
 * an <at>mention</at> tag typed by the person and echoed back, so angle brackets are
 * escaped.
 */
export function teamsText(text: string): string {
  return text.replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
