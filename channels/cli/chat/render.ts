/**
 * Reply parts as terminal text: a readable score table, gap list, week-by-week roadmap
 * and lists. Colour only when writing to a terminal.
 */
import type { ReplyPart } from "../../../contract/conversation.ts";
import { weeksDrawn } from "./roadmap-weeks.ts";

/** A folded week's heading on one line: a week's goal can be a long practice sentence. */
const clipTitle = (title: string) => (title.length > 100 ? `${title.slice(0, 99).trimEnd()}…` : title);

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  green(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
}

const ansi = (code: number) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
export const COLOR: Style = { bold: ansi(1), dim: ansi(2), green: ansi(32), red: ansi(31), yellow: ansi(33) };
const id = (s: string) => s;
export const PLAIN: Style = { bold: id, dim: id, green: id, red: id, yellow: id };

function bar(value: number, width = 20): string {
  const filled = Math.round((Math.max(0, Math.min(100, value)) / 100) * width);
  return `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
}

function wrap(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    if ((line + w).length > width && line) {
      lines.push(line.trimEnd());
      line = "";
    }
    line += `${w} `;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.map((l) => indent + l).join("\n");
}

export interface RenderOptions {
  /** Where file parts are saved; returns the path written. */
  saveFile?: (filename: string, base64: string) => string;
}

export function renderPart(part: ReplyPart, s: Style, options: RenderOptions = {}): string {
  switch (part.type) {
    case "text":
      return part.text;
    case "scoreCard": {
      const verdict = part.verdict === "FIT" ? s.green(s.bold("FIT")) : s.red(s.bold("UNFIT"));
      const head = `${verdict}${part.jobTitle ? ` for ${s.bold(part.jobTitle)}` : ""}  ${s.dim(`confidence ${Math.round(part.confidence * 100)}%`)}`;
      const width = Math.max(...part.scores.map((x) => x.label.length));
      const rows = part.scores.map((x) => {
        const value = x.value === null ? s.dim("  n/a") : String(Math.round(x.value)).padStart(5);
        const meter = x.value === null ? s.dim(bar(0).replace(/░/g, "·")) : bar(x.value);
        return `  ${x.label.padEnd(width)} ${value}  ${meter}  ${s.dim(x.explanation.slice(0, 70))}`;
      });
      return [head, ...rows].join("\n");
    }
    case "gapList":
      return [
        s.bold("Gaps (most important first)"),
        ...part.gaps.map((g) => {
          const sev =
            g.severity === "critical" || g.severity === "high" ? s.red(g.severity) : s.yellow(g.severity);
          return `  ${String(g.priority).padStart(2)}. ${s.bold(g.skill)} — ${g.kind}, ${sev}\n${wrap(g.reason, 90, "      ")}`;
        }),
      ].join("\n");
    case "roadmap": {
      const { shown, hidden, detailed } = weeksDrawn(part);
      const folded = shown.filter((w) => !detailed.has(w.week));
      return [
        s.bold(part.title),
        ...shown.map((w) => {
          if (!detailed.has(w.week))
            return `  ${s.bold(`Week ${w.week}`)} (${w.hours} h): ${clipTitle(w.title)}`;
          const items = w.items.map(
            (i) => `     ${i.done ? s.green("[x]") : "[ ]"} ${i.text}${i.url ? s.dim(` ${i.url}`) : ""}`,
          );
          return [
            `  ${s.bold(`Week ${w.week}`)} (${w.hours} h): ${w.title}`,
            ...items,
            ...(w.checkpoint ? [`     ${s.dim(`Checkpoint: ${w.checkpoint}`)}`] : []),
          ].join("\n");
        }),
        ...(folded.length
          ? [s.dim(`  (the items of each week: ask "what's in week ${folded[0]!.week}?")`)]
          : []),
        ...(hidden
          ? [
              s.dim(
                `  (${hidden} more week${hidden === 1 ? "" : "s"}: say "show my roadmap" for the whole plan)`,
              ),
            ]
          : []),
      ].join("\n");
    }
    case "list":
      return [
        ...(part.title ? [s.bold(part.title)] : []),
        ...part.items.map(
          (i) => `  • ${i.text}${i.detail ? s.dim(` — ${i.detail}`) : ""}${i.url ? s.dim(` ${i.url}`) : ""}`,
        ),
      ].join("\n");
    case "chart":
      return `${s.bold(part.title)}\n  ${s.dim(part.alt)}`;
    case "file": {
      const where = options.saveFile?.(part.filename, part.content);
      return where
        ? `Saved ${s.bold(part.filename)} to ${where}`
        : `File: ${part.filename} (${part.mimeType})`;
    }
    case "quickReplies":
      // A text ending in a space is a sentence to complete ("I want to be a "): shown with an ellipsis.
      return s.dim(
        `Try: ${part.options.map((o) => `"${o.text.trim()}${/\s$/.test(o.text) ? " …" : ""}"`).join(" · ")}`,
      );
  }
}
