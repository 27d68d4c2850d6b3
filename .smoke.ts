import { loadConfig } from "./config.ts";
import { createPgliteTestDatabase } from "./test-support/db.ts";
import { createConversation } from "./agent/conversation/converse.ts";
const db = await createPgliteTestDatabase();
const config = loadConfig({ MODEL_PROVIDER: "offline", LOG_LEVEL: "warn" } as any);
const conv = await createConversation({ db, config });
const id = { channel: "cli", externalId: "u1" };
for (const text of ["hi", "add python as advanced and docker", "show my skills", "what can you do", "delete my data", "yes", "show my skills"]) {
  const t0 = performance.now();
  const evs = [];
  for await (const e of conv.converse(id, "t1", { text, attachments: [] })) evs.push(e);
  const txt = evs.filter((e) => e.type === "text_delta").map((e: any) => e.text).join("");
  console.log(">", text, `(${Math.round(performance.now() - t0)}ms)`);
  console.log(txt);
  console.log(evs.filter((e) => e.type !== "text_delta").map((e) => JSON.stringify(e).slice(0, 150)).join("\n"));
}
await db.close();
