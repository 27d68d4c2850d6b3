/**
 * The line under the conversation that says what is happening right now: connecting,
 * thinking, each stage of an analysis, or an upload with its progress bar.
 */
import type { Shell } from "./shell.ts";

export class StatusLine {
  constructor(private readonly ui: Shell) {}

  show(text: string, fraction?: number): void {
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

  clear(): void {
    this.ui.status.hidden = true;
  }
}

/** Progress metrics come as `percent`, `done`/`total` or `step`/`of`; a bar needs a fraction. */
export function progressFraction(metrics: Record<string, number> | undefined): number | undefined {
  if (!metrics) return undefined;
  if (typeof metrics.percent === "number") return Math.max(0, Math.min(1, metrics.percent / 100));
  const [done, total] = [metrics.done ?? metrics.step, metrics.total ?? metrics.of];
  return typeof done === "number" && typeof total === "number" && total > 0
    ? Math.min(1, done / total)
    : undefined;
}
