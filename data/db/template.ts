/**
 * A fresh embedded data folder starts from a snapshot instead of an empty cluster: initdb,
 * every migration, the 23,000-row skills table and the embedded interview bank take
 * about ten seconds. The snapshot is made once per set of migrations (by `npm install`'s
 * build, scripts/build-js.mjs) into `.careercraft-template/` and named by a hash of the
 * migration files, so a new migration simply means no matching snapshot: the folder is
 * then initialised the slow way.
 *
 * The snapshot is a PGlite data folder itself, copied file by file into the new one
 * (a few hundred ms). A tarball loaded through PGlite's `loadDataDir` cost seconds more:
 * every file then went through the WebAssembly file system on its way to disk.
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { MIGRATIONS_DIR } from "./migrate.ts";

/** This file is data/db/template.(ts|js) in the project, or in its dist/ when compiled. */
const tree = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const projectRoot = path.basename(tree) === "dist" ? path.dirname(tree) : tree;
export const TEMPLATE_DIR = path.join(projectRoot, ".careercraft-template");

/** Hash of the migration files' names and contents (either extension: .ts and its .js agree by name). */
function migrationsKey(): string {
  const hash = createHash("sha1");
  const names = readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{4}_[\w-]+\.ts$/.test(f))
    .sort();
  for (const name of names) hash.update(name).update(readFileSync(path.join(MIGRATIONS_DIR, name)));
  return hash.digest("hex").slice(0, 16);
}

/** The snapshot folder for the current migrations (it holds PG_VERSION once complete). */
export function templateFolder(): string {
  return path.join(TEMPLATE_DIR, `pglite-${migrationsKey()}`);
}

function copyTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) copyTree(source, target);
    else if (entry.isFile()) copyFileSync(source, target);
  }
}

/**
 * Fills the empty PGlite data folder `dataDir` from the snapshot, when there is one for
 * the current migrations; false when there is none. Copied aside and renamed into
 * place, so a start interrupted half-way leaves no half database behind.
 */
export function copyTemplateInto(dataDir: string): boolean {
  const source = templateFolder();
  if (!existsSync(path.join(source, "PG_VERSION"))) return false;
  const partial = `${dataDir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  copyTree(source, partial);
  rmSync(dataDir, { recursive: true, force: true });
  renameSync(partial, dataDir);
  return true;
}

/**
 * Makes the snapshot when it is missing: a migrated embedded database with the skills
 * table and the interview bank (offline embedder) filled in.
 */
export async function ensureTemplate(): Promise<{ file: string; made: boolean }> {
  const folder = templateFolder();
  if (existsSync(path.join(folder, "PG_VERSION"))) return { file: folder, made: false };
  const [
    { openDatabase, migrateToLatest },
    { syncSkillsTable },
    { syncQuestionVectors },
    { createOfflineEmbedder },
  ] = await Promise.all([
    import("./index.ts"),
    import("../repositories/skills.ts"),
    import("../repositories/question-embeddings.ts"),
    import("../embeddings/offline-embedder.ts"),
  ]);
  // Made in a folder of its own (lock file beside pgdata), then moved into place whole.
  const work = path.join(TEMPLATE_DIR, `.making-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  const db = await openDatabase({ dataDir: work });
  try {
    await migrateToLatest(db);
    await syncSkillsTable(db);
    // The shipped bank with the default (offline) embedder; another embedder re-embeds at start.
    await syncQuestionVectors(db, createOfflineEmbedder());
  } finally {
    await db.close();
  }
  rmSync(folder, { recursive: true, force: true });
  renameSync(path.join(work, "pgdata"), folder);
  rmSync(work, { recursive: true, force: true });
  // Snapshots of older migration sets (and the older tarballs) are never used again.
  for (const old of readdirSync(TEMPLATE_DIR))
    if (old.startsWith("pglite-") && path.join(TEMPLATE_DIR, old) !== folder)
      rmSync(path.join(TEMPLATE_DIR, old), { recursive: true, force: true });
  return { file: folder, made: true };
}
