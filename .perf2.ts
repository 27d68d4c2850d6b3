import { loadConfig } from "./config.ts";
import { createPostgresTestDatabase } from "./test-support/db.ts";
import { createConversation } from "./agent/conversation/converse.ts";
const created = await createPostgresTestDatabase();
const db = created.db;
let q = 0; let qms = 0;
const orig = db.pool.query.bind(db.pool);
(db.pool as any).query = async (...a: any[]) => { q++; const t = performance.now(); try { return await (orig as any)(...a); } finally { qms += performance.now() - t; } };
const origConnect = db.pool.connect.bind(db.pool);
let cq = 0, cms = 0;
(db.pool as any).connect = async (...a: any[]) => { const c: any = await (origConnect as any)(...a); if (!c.__w) { c.__w = 1; const oq = c.query.bind(c); c.query = async (...b: any[]) => { cq++; const t = performance.now(); try { return await oq(...b); } finally { cms += performance.now() - t; } }; } return c; };
const config = loadConfig({ MODEL_PROVIDER: "offline", LOG_LEVEL: "warn" } as any);
const conv = await createConversation({ db, config });
const id = { channel: "cli", externalId: "u1" };
for (let i = 0; i < 8; i++) {
  q = 0; qms = 0; cq = 0; cms = 0;
  const t0 = performance.now();
  let first = 0;
  for await (const e of conv.converse(id, "t1", { text: "show my skills", attachments: [] })) { if (!first) first = performance.now() - t0; }
  console.log("turn", (performance.now() - t0).toFixed(1), "firstEvent", first.toFixed(1), "poolQ", q, qms.toFixed(1), "clientQ", cq, cms.toFixed(1));
}
await created.drop();
