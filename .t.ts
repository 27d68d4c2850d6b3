import { loadConfig } from "./config.ts";
import { createPgliteTestDatabase } from "./test-support/db.ts";
import { createConversation } from "./agent/conversation/converse.ts";
const db = await createPgliteTestDatabase();
const config = loadConfig({ MODEL_PROVIDER: "offline", LOG_LEVEL: "silent" } as any);
const conv = await createConversation({ db, config });
const id = { channel: "cli", externalId: "u1" };
for (let i = 0; i < 25; i++) for await (const e of conv.converse(id, "t", { text: i % 2 ? "show my skills" : "hello", attachments: [] })) {}
const user = (await db.query<{ id: string }>("select user_id as id from agent_threads")).rows[0].id;
const st = await conv.graph.getState({ configurable: { thread_id: `${user}:cli:t` } });
console.log("messages", st.values.messages.length, st.values.messages[0].constructor.name);
await db.close();
