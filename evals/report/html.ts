/**
 * report.html: one self-contained page (inline CSS and SVG, no script, no network) so
 * a career center can open it from a CI artifact or an email attachment.
 */
import type { ConfusionChart, EvalResults, SuiteResult, Table } from "../core/types.ts";
import { formatValue, headlineMetrics, STATUS_LABEL, thresholdText } from "./format.ts";
import { barChartSvg, escapeXml as esc, reliabilitySvg } from "./svg.ts";

const STYLE = `
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:0;background:#f3f4f6;color:#111827;line-height:1.45}
main{max-width:1080px;margin:0 auto;padding:24px}
h1{margin:0 0 4px;font-size:26px} h2{margin:0;font-size:19px} h3{font-size:14px;margin:18px 0 6px;color:#374151}
.meta{color:#6b7280;margin-bottom:18px}
section{background:#fff;border-radius:10px;padding:18px 20px;margin:16px 0;box-shadow:0 1px 2px rgba(0,0,0,.06)}
table{border-collapse:collapse;font-size:13px;margin:6px 0}
th,td{border-bottom:1px solid #e5e7eb;padding:5px 9px;text-align:left;vertical-align:top}
th{background:#f9fafb;font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;border-radius:999px;padding:2px 10px;font-size:12px;font-weight:600}
.passed{background:#d1fae5;color:#065f46}.failed,.error{background:#fee2e2;color:#991b1b}
.skipped{background:#e5e7eb;color:#374151}.badge,.nowrap{white-space:nowrap}.not_available{background:#fef3c7;color:#92400e}
.head{display:flex;gap:12px;align-items:center;flex-wrap:wrap}.head .meta{margin:0}
.desc{color:#4b5563;margin:6px 0 10px}
.reason{background:#fffbeb;border-left:4px solid #f59e0b;padding:8px 12px;white-space:pre-wrap;font-size:13px}
.charts{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}
.wide{max-width:100%;overflow-x:auto}
.ok{color:#047857;font-weight:700}.bad{color:#b91c1c;font-weight:700}
.confusion td{text-align:center;min-width:26px;font-variant-numeric:tabular-nums}
.confusion th.row{text-align:right;white-space:nowrap}
.confusion th.col{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;font-weight:500;padding:6px 2px}
ul.notes{color:#374151;font-size:13px;padding-left:18px}
details{font-size:13px;margin-top:8px} summary{cursor:pointer;color:#1d4ed8}
a{color:#1d4ed8}
`;

function tableHtml(
  columns: string[],
  rows: (string | number | null)[][],
  rawHtmlColumns: number[] = [],
): string {
  const head = `<tr>${columns.map((c) => `<th>${esc(c)}</th>`).join("")}</tr>`;
  const body = rows
    .map(
      (r) =>
        `<tr>${r
          .map((v, i) =>
            typeof v === "number"
              ? `<td class="num">${esc(formatValue(columns[i] ?? "", v))}</td>`
              : `<td>${rawHtmlColumns.includes(i) ? (v ?? "") : esc(String(v ?? ""))}</td>`,
          )
          .join("")}</tr>`,
    )
    .join("");
  return `<table>${head}${body}</table>`;
}

function customTable(t: Table): string {
  if (t.collapsed)
    return `<details><summary>${esc(t.title)} (${t.rows.length})</summary>${tableHtml(t.columns, t.rows)}</details>`;
  return `<h3>${esc(t.title)}</h3>${tableHtml(t.columns, t.rows)}`;
}

/** Rows are expected labels; colour intensity is the share of that row, green on the diagonal. */
function confusionHtml(c: ConfusionChart): string {
  const header = `<tr><th></th>${c.labels.map((l) => `<th class="col">${esc(l)}</th>`).join("")}</tr>`;
  const rows = c.matrix
    .map((row, i) => {
      const total = row.reduce((a, b) => a + b, 0) || 1;
      const cells = row
        .map((v, j) => {
          if (v === 0) return `<td style="color:#d1d5db">·</td>`;
          const share = v / total;
          const colour =
            i === j
              ? `rgba(16,185,129,${(0.15 + 0.75 * share).toFixed(2)})`
              : `rgba(239,68,68,${(0.25 + 0.75 * share).toFixed(2)})`;
          return `<td style="background:${colour}" title="${esc(`${c.labels[i]} → ${c.labels[j]}: ${v}`)}">${v}</td>`;
        })
        .join("");
      return `<tr><th class="row">${esc(c.labels[i])}</th>${cells}</tr>`;
    })
    .join("");
  return `<div class="wide"><h3>${esc(c.title)} <small>(rows: expected, columns: predicted)</small></h3><table class="confusion">${header}${rows}</table></div>`;
}

function suiteHtml(s: SuiteResult): string {
  const out: string[] = [
    `<section id="${esc(s.name)}"><div class="head"><h2>${esc(s.title)}</h2><code>${esc(s.name)}</code><span class="badge ${s.status}">${STATUS_LABEL[s.status]}</span><span class="meta">${(s.durationMs / 1000).toFixed(1)} s</span></div>`,
    `<p class="desc">${esc(s.description)}</p>`,
  ];
  if (s.reason) out.push(`<div class="reason">${esc(s.reason)}</div>`);
  if (s.dataset) out.push(`<p class="meta">Data: ${esc(s.dataset.source)} — ${s.dataset.items} items</p>`);
  if (s.checks.length) {
    out.push(
      "<h3>Thresholds</h3>",
      tableHtml(
        ["metric", "value", "threshold", "", "why this threshold"],
        s.checks.map((c) => [
          c.metric,
          formatValue(c.metric, c.actual),
          thresholdText(c),
          c.passed ? `<span class="ok">✔</span>` : `<span class="bad">✘</span>`,
          c.reason,
        ]),
        [3],
      ),
    );
  }
  const charts: string[] = [];
  for (const chart of s.charts ?? []) {
    if (chart.kind === "bars") charts.push(`<div><h3>${esc(chart.title)}</h3>${barChartSvg(chart)}</div>`);
    if (chart.kind === "reliability")
      charts.push(
        `<div><h3>${esc(chart.title)} — ECE ${chart.ece.toFixed(3)}</h3>${reliabilitySvg(chart)}</div>`,
      );
    if (chart.kind === "confusion") charts.push(confusionHtml(chart));
  }
  if (charts.length) out.push(`<div class="charts">${charts.join("")}</div>`);
  for (const t of s.tables ?? []) out.push(customTable(t));
  const unchecked = Object.entries(s.metrics).filter(([m]) => !s.checks.some((c) => c.metric === m));
  if (unchecked.length) {
    out.push(
      `<details><summary>All metrics (${Object.keys(s.metrics).length})</summary>${tableHtml(
        ["metric", "value"],
        unchecked.map(([m, v]) => [m, formatValue(m, v)]),
      )}</details>`,
    );
  }
  if (s.notes?.length)
    out.push(`<ul class="notes">${s.notes.map((n) => `<li>${esc(n)}</li>`).join("")}</ul>`);
  if (s.examples?.length) {
    out.push(
      `<details><summary>Examples of misses (${s.examples.length})</summary><ul class="notes">${s.examples
        .map((e) => `<li><b>${esc(e.title)}</b>: ${esc(e.detail)}</li>`)
        .join("")}</ul></details>`,
    );
  }
  out.push("</section>");
  return out.join("");
}

export function renderHtml(results: EvalResults): string {
  const summary = tableHtml(
    ["suite", "status", "headline metrics", "time"],
    results.suites.map((s) => [
      `<a href="#${esc(s.name)}">${esc(s.name)}</a>`,
      `<span class="badge ${s.status}">${STATUS_LABEL[s.status]}</span>`,
      esc(
        headlineMetrics(s)
          .map(([m, v]) => `${m} ${formatValue(m, v)}`)
          .join(" · ") ||
          (s.reason?.split("\n")[0] ?? ""),
      ),
      `<span class="nowrap">${(s.durationMs / 1000).toFixed(1)} s</span>`,
    ]),
    [0, 1, 2, 3],
  );
  const counts = Object.entries(
    results.suites.reduce<Record<string, number>>((acc, s) => {
      acc[STATUS_LABEL[s.status]] = (acc[STATUS_LABEL[s.status]] ?? 0) + 1;
      return acc;
    }, {}),
  )
    .map(([k, v]) => `${v} ${k}`)
    .join(", ");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>CareerCraft evaluation — ${esc(results.model)}</title><style>${STYLE}</style></head><body><main>
<h1>CareerCraft evaluation report</h1>
<div class="meta">Model <b>${esc(results.model)}</b>${results.fast ? " · fast subset" : ""} · ${esc(results.startedAt)} · Node ${esc(results.node)} · ${esc(counts)}</div>
<section><h2>Summary</h2>${summary}</section>
${results.suites.map(suiteHtml).join("\n")}
</main></body></html>`;
}
