/**
 * Checks one turn's observed behaviour (tool calls, reply parts, text) against the
 * script's expectations. Pure: the suite feeds it what the conversation entry emitted.
 */
import type { ScriptTurn } from "./script.ts";

export interface ObservedTurn {
  toolCalls: { name: string; args: unknown }[];
  partTypes: string[];
  text: string;
  errors: string[];
}

export interface TurnVerdict {
  passed: boolean;
  /** null when the turn states no tool expectation. */
  toolsCorrect: boolean | null;
  failures: string[];
}

function valueMatches(expected: unknown, actual: unknown): boolean {
  if (typeof expected === "string" && expected.startsWith("~")) {
    return typeof actual === "string" && actual.toLowerCase().includes(expected.slice(1).toLowerCase());
  }
  if (typeof expected === "string" && typeof actual === "string")
    return expected.toLowerCase() === actual.toLowerCase();
  return JSON.stringify(expected) === JSON.stringify(actual);
}

export function argsMatch(expected: Record<string, unknown>, actual: unknown): boolean {
  if (!actual || typeof actual !== "object") return Object.keys(expected).length === 0;
  const a = actual as Record<string, unknown>;
  return Object.entries(expected).every(([k, v]) => valueMatches(v, a[k]));
}

export function checkTurn(turn: ScriptTurn, observed: ObservedTurn): TurnVerdict {
  const e = turn.expect;
  const failures: string[] = [];
  const names = observed.toolCalls.map((c) => c.name);
  let toolsCorrect: boolean | null = null;
  if (e.tools) {
    const optional = new Set(e.mayAlso ?? []);
    const want = [...e.tools].sort();
    // Optional tools are ignored unless the script also requires them.
    const got = names.filter((n) => e.tools!.includes(n) || !optional.has(n)).sort();
    toolsCorrect = JSON.stringify(want) === JSON.stringify(got);
    for (const [tool, args] of Object.entries(e.args ?? {})) {
      if (!observed.toolCalls.some((c) => c.name === tool && argsMatch(args, c.args))) {
        toolsCorrect = false;
        const seen = observed.toolCalls.filter((c) => c.name === tool).map((c) => JSON.stringify(c.args));
        failures.push(
          `${tool} args ${JSON.stringify(args)} not matched (got ${seen.join(", ") || "no call"})`,
        );
      }
    }
    if (JSON.stringify(want) !== JSON.stringify(got)) {
      failures.push(`tools [${want.join(", ")}] expected, got [${got.join(", ")}]`);
    }
  }
  for (const [tool, args] of Object.entries(e.forbid ?? {})) {
    if (observed.toolCalls.some((c) => c.name === tool && argsMatch(args, c.args))) {
      failures.push(`forbidden call ${tool} ${JSON.stringify(args)} happened`);
    }
  }
  for (const p of e.parts ?? [])
    if (!observed.partTypes.includes(p)) failures.push(`no ${p} part in the reply`);
  for (const p of e.noParts ?? []) if (observed.partTypes.includes(p)) failures.push(`unexpected ${p} part`);
  for (const pattern of e.text ?? []) {
    if (!new RegExp(pattern, "i").test(observed.text))
      failures.push(`reply text does not match /${pattern}/i`);
  }
  for (const pattern of e.noText ?? []) {
    if (new RegExp(pattern, "i").test(observed.text))
      failures.push(`reply text matches forbidden /${pattern}/i`);
  }
  if (observed.errors.length) failures.push(`error event: ${observed.errors.join("; ")}`);
  return { passed: failures.length === 0, toolsCorrect, failures };
}
