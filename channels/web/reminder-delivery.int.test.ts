import { expect, it } from "vitest";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { webReminderDelivery } from "./reminder-delivery.ts";
import { WebStore } from "./web-store.ts";

describeEachDatabase("web reminder delivery", (getDb) => {
  it("leaves the reminder in the person's last web thread, and only theirs", async () => {
    const db = getDb();
    const users = createUsersRepository(db);
    const store = new WebStore(db);
    const ana = await users.resolveIdentity({ channel: "web", externalId: "anon-ana" });
    const bo = await users.resolveIdentity({ channel: "web", externalId: "anon-bo" });
    const anaThread = await store.createThread("anon-ana");
    const boThread = await store.createThread("anon-bo");
    await users.touchLastChannel(ana.id, "web", anaThread);
    await users.touchLastChannel(bo.id, "web", boThread);

    const delivery = webReminderDelivery(db);
    expect(delivery.canDeliver?.("web")).toBe(true);
    expect(delivery.canDeliver?.("cli")).toBe(false);
    await delivery.deliver(ana.id, "web", "Time to follow up with Acme about the Data Engineer role.");

    const history = await store.history("anon-ana", anaThread, 10);
    expect(history.map((m) => [m.role, m.text])).toEqual([
      ["assistant", "Time to follow up with Acme about the Data Engineer role."],
    ]);
    expect(await store.history("anon-bo", boThread, 10)).toEqual([]);
  });

  it("fails (so the queue retries) when the person has no web thread", async () => {
    const db = getDb();
    const user = await createUsersRepository(db).createUser({});
    await expect(webReminderDelivery(db).deliver(user.id, "web", "hi")).rejects.toThrow(
      /no web conversation/,
    );
  });
});
