/**
 * Bundles the widget (plain DOM + TypeScript) into one self-contained IIFE with esbuild.
 * The server builds it in memory at start-up (a fresh `npm start` needs no build step);
 * run this file directly to write it to disk and see its size:
 *   node --import tsx channels/web/widget/build.ts [dist/widget.js]
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export const WIDGET_DIR = path.dirname(fileURLToPath(import.meta.url));
const ENTRY = path.join(WIDGET_DIR, "main.ts");

export interface WidgetBundle {
  code: Buffer;
  gzipped: Buffer;
  builtAt: number;
}

export async function buildWidget(): Promise<WidgetBundle> {
  const result = await (await import("esbuild")).build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    format: "iife",
    target: ["es2020", "chrome90", "firefox90", "safari15"],
    platform: "browser",
    write: false,
    legalComments: "none",
    charset: "utf8",
    logLevel: "silent",
  });
  const code = Buffer.from(result.outputFiles[0]!.contents);
  return { code, gzipped: gzipSync(code, { level: 9 }), builtAt: Date.now() };
}

/** Newest modification time among the widget's sources: a newer file means a stale bundle. */
export function newestSourceTime(dir = WIDGET_DIR): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(full));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts"))
      newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = path.resolve(process.argv[2] ?? "dist/widget.js");
  const bundle = await buildWidget();
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, bundle.code);
  console.log(`${out}: ${bundle.code.length} bytes, ${bundle.gzipped.length} bytes gzipped`);
}
