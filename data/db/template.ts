/**
 * A fresh embedded data folder starts from a snapshot instead of an empty cluster: initdb,
 * every migration, the 23,000-row skills table and the embedded interview bank take
 * about ten seconds; loading the snapshot takes well under one. The snapshot is made once
 * per set of migrations (by `npm install`'s build, scripts/build-js.mjs) into
 * `.careercraft-template/` and named by a hash of the migration files, so a new migration
 * simply means no matching snapshot: the folder is then initialised the slow way.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
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

export function templateFile(): string {
  return path.join(TEMPLATE_DIR, `pglite-${migrationsKey()}.tar`);
}

/** The snapshot for the current migrations, when one has been made. */
export function readTemplate(): Blob | undefined {
  const file = templateFile();
  return existsSync(file) ? new Blob([readFileSync(file)]) : undefined;
}

/**
 * Makes the snapshot when it is missing: a migrated embedded database with the skills
 * table and the interview bank (offline embedder) filled in.
 */
export async function ensureTemplate(): Promise<{ file: string; made: boolean }> {
  const file = templateFile();
  if (existsSync(file)) return { file, made: false };
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
  const db = await openDatabase({ memory: true });
  try {
    await migrateToLatest(db);
    await syncSkillsTable(db);
    // The shipped bank with the default (offline) embedder; another embedder re-embeds at start.
    await syncQuestionVectors(db, createOfflineEmbedder());
    const dump = Buffer.from(await (await db.dumpDataDir!()).arrayBuffer());
    mkdirSync(TEMPLATE_DIR, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, dump);
    renameSync(tmp, file);
    // Snapshots of older migration sets are never used again.
    for (const old of readdirSync(TEMPLATE_DIR))
      if (old.startsWith("pglite-") && path.join(TEMPLATE_DIR, old) !== file)
        rmSync(path.join(TEMPLATE_DIR, old), { force: true });
    return { file, made: true };
  } finally {
    await db.close();
  }
}
