/** Plain-text rendering of a roadmap for the terminal. */
import type { Roadmap } from "../../../tools/roadmap/types.ts";

export function formatRoadmap(r: Roadmap): string {
  const lines: string[] = [`${r.title}`, r.message];
  if (!r.fits && r.cut.length > 0)
    lines.push(
      `To fit: cut ${r.cut.map((c) => `${c.skill} (${c.severity ? `${c.severity}, ` : ""}${c.hours} h)`).join(", ")}.`,
    );
  const noted = new Set<string>();
  for (const w of r.weeks) {
    lines.push("", `Week ${w.week} — ${w.hours} h${w.done ? " (done)" : ""}`);
    for (const g of w.goals) lines.push(`  goal: ${g}`);
    // A degree's or licence's whole length, once, where it starts (the plan holds its first step).
    for (const p of w.parts.filter((x) => x.note && !noted.has(x.itemId))) {
      noted.add(p.itemId);
      lines.push(`  long-term: ${p.skill}: ${p.note}`);
    }
    for (const res of w.resources)
      lines.push(
        `  read: ${res.title} (${res.kind}, ~${res.hours} h${res.note ? `; ${res.note}` : ""}) ${res.url}`,
      );
    lines.push(`  practice: ${w.practiceTask}`);
    lines.push(`  checkpoint: ${w.checkpoint}`);
  }
  return `${lines.join("\n")}\n`;
}
