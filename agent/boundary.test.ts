/**
 * Layering: channels -> agent -> tools -> data. The agent never imports a channel, and
 * tools never import the agent, so a channel can be swapped without touching either.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [full] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)].map((m) =>
    path.resolve(path.dirname(file), m[1]),
  );
}

describe("agent layering", () => {
  it("agent code imports no channel and no platform SDK", () => {
    const bad = sources(path.join(root, "agent")).flatMap((file) =>
      imports(file)
        .filter(
          (target) =>
            target.startsWith(path.join(root, "channels")) || /@slack|discord\.js|botbuilder/.test(target),
        )
        .map((target) => `${path.relative(root, file)} -> ${path.relative(root, target)}`),
    );
    expect(bad).toEqual([]);
  });

  it("the planner loads without any tool implementation (only the schemas)", () => {
    const planner = sources(path.join(root, "agent/planner"));
    const bad = planner.flatMap((file) =>
      imports(file)
        .filter((t) => t.startsWith(path.join(root, "agent/tools")) && !/(?:schemas|results)\.ts$/.test(t))
        .map((t) => `${path.relative(root, file)} -> ${path.relative(root, t)}`),
    );
    expect(bad).toEqual([]);
  });
});
