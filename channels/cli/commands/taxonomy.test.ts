import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { cli } from "../../../test-support/cli.ts";
import { register, runTaxonomyLookup } from "./taxonomy.ts";

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
