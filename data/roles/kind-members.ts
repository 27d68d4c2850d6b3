/**
 * Which tools are of which kind (data/roles/kind-members.json, built by
 * `npm run build:kind-members` from O*NET's commodity classes over every occupation): ADP
 * Workforce Now is Human resources software, Act! is CRM software. Read by the analysis so a
 * kind ask is met by any member, not only by the few tools one occupation lists.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface KindMembers {
  version: 1;
  builtFrom: string[];
  /** Kind name (tool-kinds.ts `kindName` of the O*NET class) -> taxonomy ids, sorted. */
  kinds: Record<string, string[]>;
}

export const KIND_MEMBERS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "kind-members.json");

let loaded: { kinds: Map<string, ReadonlySet<string>>; kindsOf: Map<string, string[]> } | undefined;

function load() {
  if (loaded) return loaded;
  const file = JSON.parse(readFileSync(KIND_MEMBERS_FILE, "utf8")) as KindMembers;
  const kinds = new Map<string, ReadonlySet<string>>();
  const kindsOf = new Map<string, string[]>();
  for (const [kind, ids] of Object.entries(file.kinds)) {
    kinds.set(kind, new Set(ids));
    for (const id of ids) kindsOf.set(id, [...(kindsOf.get(id) ?? []), kind]);
  }
  loaded = { kinds, kindsOf };
  return loaded;
}

/** The members of a kind (empty for a name O*NET does not use). */
export function membersOfKind(kind: string): ReadonlySet<string> {
  return load().kinds.get(kind) ?? new Set();
}

/** The kinds a tool is filed under (mostly one). */
export function kindsOfTool(id: string): readonly string[] {
  return load().kindsOf.get(id) ?? [];
}
