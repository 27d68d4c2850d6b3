/**
 * `npm run build:title-heads`: data/roles/title-heads.json — the words that end O*NET job titles
 * and their alternate titles ("HR Generalist", "Payroll Clerk") and rarely appear anywhere else in
 * a title. The resume's job-header reader uses them to tell the title from the employer when a
 * title's head word is not in its short English list (issue 14: "HR Generalist — Trans-Cargo,
 * Wroclaw" gave the employer "HR Generalist" and no title). Run after `npm run build:taxonomy`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { CompiledRoles } from "../data/roles/types.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const compiled = JSON.parse(readFileSync(path.join(root, "data/roles/roles.json"), "utf8")) as CompiledRoles;

/** A head ends at least this many titles... */
const MIN_TITLES = 5;
/** ...and is the last word in at least this share of the titles that use it ("computer" is not). */
const MIN_LAST_SHARE = 0.6;

const asLast = new Map<string, number>();
const anywhere = new Map<string, number>();
for (const role of compiled.roles) {
  for (const [, , key] of role.titles) {
    const words = key.split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const last = words[words.length - 1];
    asLast.set(last, (asLast.get(last) ?? 0) + 1);
    for (const w of words) anywhere.set(w, (anywhere.get(w) ?? 0) + 1);
  }
}
const heads = [...asLast]
  .filter(
    ([w, n]) => /^[a-z]{3,}$/.test(w) && n >= MIN_TITLES && n / (anywhere.get(w) ?? n) >= MIN_LAST_SHARE,
  )
  .map(([w]) => w)
  .sort();
const out = {
  version: 1,
  builtFrom: ["data/roles/roles.json (O*NET 29.2 occupation and alternate titles, CC BY 4.0)"],
  heads,
};
writeFileSync(path.join(root, "data/roles/title-heads.json"), `${JSON.stringify(out)}\n`);
console.log(`title heads: ${heads.length}`);
