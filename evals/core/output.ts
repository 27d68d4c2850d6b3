/** Writes results.json, report.md and report.html into the out folder. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderHtml } from "../report/html.ts";
import { renderMarkdown } from "../report/markdown.ts";
import type { EvalResults } from "./types.ts";

export interface WrittenReport {
  json: string;
  markdown: string;
  html: string;
}

export function writeReport(results: EvalResults, outDir: string): WrittenReport {
  mkdirSync(outDir, { recursive: true });
  const files = {
    json: path.join(outDir, "results.json"),
    markdown: path.join(outDir, "report.md"),
    html: path.join(outDir, "report.html"),
  };
  writeFileSync(files.json, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(files.markdown, renderMarkdown(results));
  writeFileSync(files.html, renderHtml(results));
  return files;
}
