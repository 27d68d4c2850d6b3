import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { register, runTaxonomyLookup } from "./taxonomy.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../../..");

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ["--import", "tsx", "channels/cli/main.ts", ...args],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: "", REDIS_URL: "" },
        timeout: 90_000,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("careercraft taxonomy lookup", { timeout: 240_000 }, () => {
  it("k8s --json names Kubernetes with its parent", async () => {
    const { code, stdout } = await cli("taxonomy", "lookup", "k8s", "--json");
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({
      id: "kubernetes",
      name: "Kubernetes",
      category: "tool",
      type: "technical",
    });
    expect(report.parents).toEqual([{ id: "containers", name: "Containers" }]);
    expect(report.aliases).toContain("k8s");
  });

  it("postgres gives PostgreSQL with SQL as a parent and MySQL as related", async () => {
    const { code, stdout } = await cli("taxonomy", "lookup", "postgres");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^PostgreSQL {2}\(id: postgresql\)/);
    expect(stdout).toMatch(/parents: {2}SQL, Relational Databases/);
    expect(stdout).toMatch(/related: .*MySQL \(0\.7\)/);
  });

  it("an unknown term is a clear not_found error with suggestions", () => {
    expect(() => runTaxonomyLookup("kuberne", {}, { stdout: process.stdout })).toThrowError(
      /No skill in the taxonomy matches "kuberne".*Kubernetes/,
    );
  });

  it("registers on any commander program", async () => {
    const out: string[] = [];
    const ctx = { stdout: { write: (s: string) => out.push(s) }, stderr: process.stderr } as never;
    const program = new Command().exitOverride();
    register(program, ctx);
    await program.parseAsync(["node", "x", "taxonomy", "lookup", "NodeJS", "--json"]);
    expect(JSON.parse(out.join("")).id).toBe("nodejs");
  });
});
