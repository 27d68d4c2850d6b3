/**
 * Plain text and Markdown: decoded by BOM (UTF-8/UTF-16), else strict UTF-8, else
 * Windows-1252 (what old Windows editors save). Markdown markup is reduced to text.
 */

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** "## Experience" -> "Experience", "**Java**" -> "Java", "[site](url)" -> "site url". */
export function markdownToText(text: string): string {
  return text
    .replace(/^\s{0,3}#{1,6}\s+/gm, "")
    .replace(/^\s*(?:[-*_]\s*){3,}$/gm, "")
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, "$1 $2")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|\W)[*_]([^*_\n]+)[*_](?=\W|$)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/^\s*[*+]\s+/gm, "• ");
}

export function plainText(bytes: Uint8Array): string {
  return markdownToText(decode(bytes).replace(/^\ufeff/, ""));
}
