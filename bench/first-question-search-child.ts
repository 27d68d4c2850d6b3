/**
 * One process's first interview-question search, phase by phase, printed as one JSON line
 * (run by first-question-search.bench.ts in a fresh node process, so nothing is loaded yet).
 * argv: <PGlite data folder> <"cold" | "bank-only" | "warmed">. "warmed" runs the start-up
 * warm-up the service runs (warmInterviews) and waits for it before searching, as a person
 * would whose first question comes after start-up finished; "bank-only" the warm-up it ran
 * before (the bank synced in a context of its own), kept to compare.
 */
export {};

const [dataDir, kind] = process.argv.slice(2);
const t0 = performance.now();
const { openDatabase, migrateToLatest } = await import("../data/db/index.ts");
const db = await openDatabase({ dataDir: dataDir! });
// Start-up migrates before anything else (a no-op once the folder is migrated).
await migrateToLatest(db);
const opened = performance.now();
const service = await import("../tools/interviews/service.ts");
const imported = performance.now();
const config = { embedder: "offline" as const, models: { openai: {}, gemini: {} } };
if (kind === "warmed") await service.warmInterviews(db, config);
// The start-up warm-up before this bench: the bank synced in a context of its own.
if (kind === "bank-only") {
  const { createInterviewContext } = await import("../tools/interviews/context.ts");
  await createInterviewContext(db).ready();
}
const warmed = performance.now();
const ic = await service.interviewsFor(db, config);
const ready = performance.now();
const who = await ic.asker(undefined);
await service.findQuestions(ic, who, { query: "questions about keeping a cache fresh" });
const first = performance.now();
await service.findQuestions(ic, who, { query: "how do I explain a failed product launch" });
const second = performance.now();
await db.close();
console.log(
  JSON.stringify({
    openAndMigrateDb: opened - t0,
    importService: imported - opened,
    warmUp: warmed - imported,
    context: ready - warmed,
    firstSearch: first - ready,
    secondSearch: second - first,
  }),
);
