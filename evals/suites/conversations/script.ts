/**
 * The conversation script format (evals/data/conversations/*.yaml|json): turns the
 * person says, what each turn must do (tool calls with partial arguments, reply part
 * types, text patterns) and when the task counts as done.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { z } from "zod";

/** Expected argument values: exact, or "~text" for a case-insensitive substring. */
const argsSchema = z.record(z.string(), z.record(z.string(), z.unknown()));

const turnSchema = z
  .object({
    say: z.string().optional(),
    /** Message text read from a file next to the script (long postings). */
    sayFile: z.string().optional(),
    prefix: z.string().optional(),
    attach: z.array(z.string()).optional(),
    expect: z
      .object({
        /** Exactly these tools, in any order; [] means no tool call. Omitted: not checked. */
        tools: z.array(z.string()).optional(),
        /** Further tools the agent may reasonably call too (a proactive analysis after a posting). */
        mayAlso: z.array(z.string()).optional(),
        args: argsSchema.optional(),
        /** A call to one of these tools with these arguments must not happen. */
        forbid: argsSchema.optional(),
        parts: z.array(z.string()).optional(),
        noParts: z.array(z.string()).optional(),
        /** Case-insensitive regular expressions the reply text must each match. */
        text: z.array(z.string()).optional(),
        noText: z.array(z.string()).optional(),
      })
      .strict()
      .default({}),
  })
  .strict()
  .refine((t) => t.say !== undefined || t.sayFile !== undefined, "a turn needs say or sayFile");

const doneSchema = z.union([
  z.object({ tool: z.string(), args: z.record(z.string(), z.unknown()).optional() }).strict(),
  z.object({ part: z.string() }).strict(),
  z.object({ turn: z.number().int().min(1) }).strict(),
]);

export const scriptSchema = z
  .object({ name: z.string(), goal: z.string(), turns: z.array(turnSchema).min(1), done: doneSchema })
  .strict();

export type ConversationScript = z.infer<typeof scriptSchema> & { file: string; dir: string };
export type ScriptTurn = ConversationScript["turns"][number];

export function loadScripts(dir: string): ConversationScript[] {
  const files = readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort();
  return files.map((f) => {
    const file = path.join(dir, f);
    const text = readFileSync(file, "utf8");
    const raw = f.endsWith(".json") ? JSON.parse(text) : YAML.parse(text);
    const parsed = scriptSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${f}: ${issue.path.join(".")}: ${issue.message}`);
    }
    return { ...parsed.data, file: f, dir };
  });
}

export function turnText(script: ConversationScript, turn: ScriptTurn): string {
  const body = turn.sayFile ? readFileSync(path.join(script.dir, turn.sayFile), "utf8") : (turn.say ?? "");
  return `${turn.prefix ?? ""}${body}`;
}
