import { expect, it } from "vitest";
import { describeEachDatabase } from "../../test-support/db.ts";
import { getTaxonomy } from "../taxonomy/index.ts";
import { syncSkillsTable } from "./skills.ts";

describeEachDatabase("skills table sync", (getDb) => {
  it("mirrors the taxonomy once and is a no-op while it is unchanged", async () => {
    const db = getDb();
    const first = await syncSkillsTable(db);
    expect(first.written).toBe(getTaxonomy().all().length);
    const { rows } = await db.query<{ name: string; category: string }>(
      `SELECT name, category FROM skills WHERE id = 'kubernetes'`,
    );
    expect(rows).toEqual([{ name: "Kubernetes", category: getTaxonomy().get("kubernetes")!.category }]);
    expect((await syncSkillsTable(db)).written).toBe(0);
  });
});
