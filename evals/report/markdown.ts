/** report.md: the same content as the HTML page, readable in a terminal or a PR comment. */
import type { EvalResults, SuiteResult, Table } from "../core/types.ts";
import { formatValue, headlineMetrics, STATUS_LABEL, thresholdText } from "./format.ts";

const cell = (v: unknown) =>
  String(v ?? "")
    .replace(/\|/g, "\\|")
    .replace(/\n/g, " ");

function mdTable(columns: string[], rows: unknown[][]): string {
  return [
    `| ${columns.map(cell).join(" | ")} |`,
    `| ${columns.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ].join("\n");
}

function tableMd(t: Table): string {
  return `**${t.title}**\n\n${mdTable(
    t.columns,
    t.rows.map((r) => r.map((v) => (typeof v === "number" ? formatValue("", v) : v))),
  )}`;
}

function suiteMd(s: SuiteResult): string {
  const out: string[] = [`## ${s.title} (\`${s.name}\`) — ${STATUS_LABEL[s.status]}`, "", s.description, ""];
  if (s.reason) out.push(`> ${s.reason.split("\n")[0]}`, "");
  if (s.dataset) out.push(`Data: ${s.dataset.source} (${s.dataset.items} items)`, "");
  if (s.checks.length) {
    out.push(
      mdTable(
        ["metric", "value", "threshold", "ok", "why this threshold"],
        s.checks.map((c) => [
          c.metric,
          formatValue(c.metric, c.actual),
          thresholdText(c),
          c.passed ? "✔" : "✘",
          c.reason,
        ]),
      ),
      "",
    );
  }
  const unchecked = Object.entries(s.metrics).filter(([m]) => !s.checks.some((c) => c.metric === m));
  if (unchecked.length) {
    out.push(
      mdTable(
        ["metric", "value"],
        unchecked.map(([m, v]) => [m, formatValue(m, v)]),
      ),
      "",
    );
  }
  for (const chart of s.charts ?? []) {
    if (chart.kind === "confusion") {
      out.push(
        `**${chart.title}** (rows: expected, columns: predicted)`,
        "",
        mdTable(
          ["expected \\ predicted", ...chart.labels],
          chart.matrix.map((row, i) => [chart.labels[i], ...row.map((v) => (v === 0 ? "·" : v))]),
        ),
        "",
      );
    }
    if (chart.kind === "reliability") {
      out.push(
        `**${chart.title}** (ECE ${chart.ece.toFixed(3)})`,
        "",
        mdTable(
          ["confidence bin", "pairs", "mean confidence", "accuracy"],
          chart.bins
            .filter((b) => b.count > 0)
            .map((b) => [
              `${b.lower.toFixed(1)}–${b.upper.toFixed(1)}`,
              b.count,
              b.meanConfidence.toFixed(2),
              b.accuracy.toFixed(2),
            ]),
        ),
        "",
      );
    }
  }
  for (const t of s.tables ?? []) out.push(tableMd(t), "");
  if (s.notes?.length) out.push(...s.notes.map((n) => `- ${n}`), "");
  if (s.examples?.length) {
    out.push("<details><summary>Examples of misses</summary>", "");
    for (const e of s.examples) out.push(`- **${e.title}**: ${e.detail}`);
    out.push("", "</details>", "");
  }
  return out.join("\n");
}

export function renderMarkdown(results: EvalResults): string {
  const out = [
    "# CareerCraft evaluation report",
    "",
    `Model: **${results.model}**${results.fast ? " · fast subset" : ""} · ${results.startedAt} · Node ${results.node}`,
    "",
    mdTable(
      ["suite", "status", "headline", "time"],
      results.suites.map((s) => [
        s.name,
        STATUS_LABEL[s.status],
        headlineMetrics(s)
          .map(([m, v]) => `${m} ${formatValue(m, v)}`)
          .join(", ") ||
          (s.reason?.split("\n")[0] ?? ""),
        `${(s.durationMs / 1000).toFixed(1)} s`,
      ]),
    ),
    "",
    ...results.suites.map(suiteMd),
  ];
  return out.join("\n");
}
