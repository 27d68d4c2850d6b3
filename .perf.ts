import { loadConfig } from "./config.ts";
import { createPostgresTestDatabase, createPgliteTestDatabase } from "./test-support/db.ts";
import { createConversation } from "./agent/conversation/converse.ts";
for (const kind of ["postgres", "pglite"]) {
  const created = kind === "postgres" ? await createPostgresTestDatabase() : { db: await createPgliteTestDatabase(), drop: async () => {} };
  const db = (created as any).db;
  const config = loadConfig({ MODEL_PROVIDER: "offline", LOG_LEVEL: "warn" } as any);
  const conv = await createConversation({ db, config });
  const id = { channel: "cli", externalId: "u1" };
  const times = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    for await (const e of conv.converse(id, "t1", { text: "show my skills", attachments: [] })) {}
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(kind, "p50", times[15].toFixed(1), "min", times[0].toFixed(1));
  await created.drop();
}
