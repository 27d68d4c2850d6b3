/**
 * The analytics counts computed in SQL must equal the TypeScript definitions over the
 * same stored data, on both databases, including undone changes, saved applications,
 * sources typed in different ways and linked analyses.
 */
import { expect, it } from "vitest";
import type { ApplicationAggregates } from "../../data/repositories/application-records.ts";
import { ApplicationsRepository } from "../../data/repositories/applications.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { seedApplicationHistory } from "../../test-support/application-history.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { aggregateFacts } from "./aggregate.ts";

const TODAY = "2026-11-22";

const canonical = (a: ApplicationAggregates) => ({
  ...a,
  groups: [...a.groups].sort((x, y) => `${x.factor}/${x.label}`.localeCompare(`${y.factor}/${y.label}`)),
});

describeEachDatabase("application aggregates: SQL equals the TypeScript definition", (getDb) => {
  it.each([1, 2, 3])("agrees on generated history (seed %i)", async (seed) => {
    const db = getDb();
    const users = createUsersRepository(db);
    const userId = (await users.createUser({})).id;
    const neighbour = (await users.createUser({})).id;
    await seedApplicationHistory(db, userId, { count: 300, today: TODAY, seed });
    await seedApplicationHistory(db, neighbour, { count: 50, today: TODAY, seed: seed + 100 });
    const repo = new ApplicationsRepository(db);
    for (const [followUpDays, timeZone] of [
      [7, "UTC"],
      [3, "Pacific/Auckland"],
    ] as const) {
      const sql = (await repo.aggregates(userId, { today: TODAY, followUpDays, timeZone }))!;
      const reference = aggregateFacts(await repo.facts(userId, timeZone), { today: TODAY, followUpDays });
      expect(canonical(sql)).toEqual(canonical(reference));
      expect(sql.total).toBe(300);
      // Non-trivial data: answers, several weeks, sources folded from different spellings.
      expect(sql.responded).toBeGreaterThan(50);
      expect(sql.weeks.length).toBeGreaterThan(20);
      expect(
        sql.groups.find((g) => g.factor === "source" && g.label === "linkedin")?.submitted,
      ).toBeGreaterThan(40);
    }
  });

  it("is all zeros for a person without applications", async () => {
    const db = getDb();
    const userId = (await createUsersRepository(db).createUser({})).id;
    const sql = await new ApplicationsRepository(db).aggregates(userId, {
      today: TODAY,
      followUpDays: 7,
      timeZone: "UTC",
    });
    expect(sql).toEqual(aggregateFacts([], { today: TODAY, followUpDays: 7 }));
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect(
      await new ApplicationsRepository(db).aggregates(unknown, {
        today: TODAY,
        followUpDays: 7,
        timeZone: "UTC",
      }),
    ).toBeNull();
  });
});
