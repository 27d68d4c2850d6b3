/**
 * The agent: an offline turn that calls one light tool ("show my skills") end to end —
 * identity, graph, planner, tool, reply, Postgres checkpoint — on a real PostgreSQL
 * (target p50 <= 30 ms) and on embedded PGlite; and LLM-mode call counts against the
 * OpenAI stand-in (a simple turn: one model call before the tool, one after, no
 * duplicate tool calls).
 */
import { createConversation } from "../agent/conversation/converse.ts";
import type { TurnStats } from "../agent/graph/turn.ts";
import { loadConfig } from "../config.ts";
import type { Identity } from "../contract/conversation.ts";
import { type Db, migrateToLatest, openDatabase } from "../data/db/index.ts";
import { scratchPostgresForBench } from "../test-support/postgres-database.ts";
import { startOpenAIStandIn } from "../test-support/standins/openai.ts";
import { type BenchContext, percentiles } from "./harness.ts";

async function drain(iterable: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of iterable);
}

async function offlineTurns(ctx: BenchContext, db: Db, label: string): Promise<void> {
  const config = loadConfig({ MODEL_PROVIDER: "offline", LOG_LEVEL: "silent" });
  const conversation = await createConversation({ db, config });
  const who: Identity = { channel: "bench", externalId: `bench-${label}` };
  for (const text of ["add Python as advanced", "add SQL", "add Docker as beginner"])
    await drain(conversation.converse(who, "bench", { text, attachments: [] }));
  const turn = () => drain(conversation.converse(who, "bench", { text: "show my skills", attachments: [] }));
  await ctx.measure(`agent: offline turn "show my skills" (${label} checkpoint)`, turn, {
    iterations: 60,
    warmup: 10,
  });
  // Wall time on a shared machine includes waiting for a CPU; this process's own CPU time
  // per turn shows what the turn costs by itself (the database server's work excluded).
  const cpu: number[] = [];
  for (let i = 0; i < 40; i++) {
    const before = process.cpuUsage();
    await turn();
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  ctx.record({
    name: `agent: offline turn CPU time in this process (${label})`,
    unit: "ms",
    ...percentiles(cpu),
    n: cpu.length,
  });
}

async function llmCallCounts(ctx: BenchContext, db: Db): Promise<void> {
  const server = await startOpenAIStandIn();
  const stats: TurnStats[] = [];
  try {
    const config = loadConfig({
      MODEL_PROVIDER: "openai",
      OPENAI_API_KEY: "sk-bench",
      OPENAI_BASE_URL: server.baseUrl,
      LOG_LEVEL: "silent",
    });
    const conversation = await createConversation({ db, config, onTurnEnd: (s) => stats.push(s) });
    const who: Identity = { channel: "bench", externalId: "bench-llm" };
    const turn = (text: string) => drain(conversation.converse(who, "llm", { text, attachments: [] }));
    const record = (name: string, s: TurnStats) => {
      for (const [key, value] of Object.entries({
        modelCalls: s.modelCalls,
        toolCalls: s.toolCalls,
        duplicateToolCalls: s.duplicateToolCalls,
      }))
        ctx.record({ name: `agent: LLM ${name} — ${key}`, unit: "count", p50: value, p95: value, n: 1 });
    };
    server.enqueue({ toolCalls: [{ name: "show_skills", args: {} }] }, { text: "You have no skills yet." });
    await turn("show my skills");
    record("simple turn (one tool)", stats.at(-1)!);
    // A model that asks for the same tool twice: the second call is answered from the first.
    server.enqueue(
      { toolCalls: [{ name: "show_skills", args: {} }] },
      { toolCalls: [{ name: "show_skills", args: {} }] },
      { text: "Still none." },
    );
    await turn("show my skills again");
    record("repeated tool request", stats.at(-1)!);
    server.enqueue({ text: "Hello!" });
    await turn("hi");
    record("no-tool turn", stats.at(-1)!);
  } finally {
    await server.close();
  }
}

export default async function agentBench(ctx: BenchContext): Promise<void> {
  const postgres = await scratchPostgresForBench("agent bench");
  if (postgres) {
    try {
      await offlineTurns(ctx, postgres.db, "PostgreSQL");
      await llmCallCounts(ctx, postgres.db);
    } finally {
      await postgres.drop();
    }
  }
  const pglite = await openDatabase({ memory: true });
  try {
    await migrateToLatest(pglite);
    await offlineTurns(ctx, pglite, "PGlite");
    if (!postgres) await llmCallCounts(ctx, pglite);
  } finally {
    await pglite.close();
  }
}
