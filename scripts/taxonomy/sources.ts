/**
 * Readers for the reference files in ../shared/data/taxonomies. Only the build scripts
 * use them; the shipped product reads the compiled JSON instead.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";

export function requireFile(file: string): string {
  if (!existsSync(file)) {
    throw new Error(`missing reference file ${file} (the build needs ../shared/data/taxonomies)`);
  }
  return readFileSync(file, "utf8");
}

/** Tab-separated O*NET file -> rows keyed by header. */
export function readTsv(file: string): Record<string, string>[] {
  const lines = requireFile(file)
    .split(/\r?\n/)
    .filter((l) => l.length > 0);
  const header = lines[0].split("\t");
  return lines.slice(1).map((line) => {
    const cells = line.split("\t");
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""]));
  });
}

/** RFC 4180 CSV (quoted fields may hold commas, quotes and newlines). */
export function readCsv(file: string): Record<string, string>[] {
  const text = requireFile(file);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const header = rows[0];
  return rows
    .slice(1)
    .filter((r) => r.length > 1)
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

export interface LinguistLanguage {
  name: string;
  type: string;
  aliases: string[];
  group?: string;
}

export function readLinguist(file: string): LinguistLanguage[] {
  const doc = YAML.parse(requireFile(file)) as Record<
    string,
    { type?: string; aliases?: string[]; group?: string }
  >;
  return Object.entries(doc).map(([name, v]) => ({
    name,
    type: v.type ?? "programming",
    aliases: v.aliases ?? [],
    group: v.group,
  }));
}

export interface SourcePaths {
  root: string;
  onet: (file: string) => string;
  esco: (file: string) => string;
  linguist: string;
}

export function sourcePaths(sharedData: string): SourcePaths {
  const tax = path.join(sharedData, "taxonomies");
  return {
    root: sharedData,
    onet: (f) => path.join(tax, "onet_29_2", f),
    esco: (f) => path.join(tax, "esco", f),
    linguist: path.join(tax, "linguist", "languages.yml"),
  };
}
