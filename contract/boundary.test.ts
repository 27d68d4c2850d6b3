/**
 * The neutral contract module is what lets every layer share types without pointing
 * the wrong way: contract imports nothing of the project, tools never import the agent
 * or a channel, and the data layer never imports a tool, the agent or a channel.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" ? [] : sources(full);
    return /\.(ts|mjs)$/.test(name) && !/\.test\.ts$/.test(name) ? [full] : [];
  });
}

function projectImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]+)"/g)].map((m) =>
    path.relative(root, path.resolve(path.dirname(file), m[1])),
  );
}

function violations(layer: string, forbidden: (target: string) => boolean): string[] {
  return sources(path.join(root, layer)).flatMap((file) =>
    projectImports(file)
      .filter(forbidden)
      .map((target) => `${path.relative(root, file)} -> ${target}`),
  );
}

describe("layer boundaries", () => {
  it("contract imports nothing of the project outside itself", () => {
    expect(violations("contract", (t) => !t.startsWith("contract/"))).toEqual([]);
  });

  it("tools import neither the agent nor a channel", () => {
    expect(violations("tools", (t) => /^(agent|channels)\//.test(t))).toEqual([]);
  });

  it("the data layer imports no tool, agent or channel", () => {
    expect(violations("data", (t) => /^(tools|agent|channels)\//.test(t))).toEqual([]);
  });
});
