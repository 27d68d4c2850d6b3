/**
 * The person's own reminders over REST, through the same service as the chat and the CLI
 * (tools/reminders): set, listed (beside nothing of the applications'), cancelled; bad input
 * is 400 and stores nothing; another person's id is 404 and changes nothing.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { ApiClient, type ApiTestServer, startApiTestServer } from "../../test-support/api-app.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

describeEachDatabase("REST: personal reminders", (getDb) => {
  let server: ApiTestServer;
  let me: ApiClient;

  beforeAll(async () => {
    server = await startApiTestServer({ db: getDb() });
    me = new ApiClient(server.url);
    await me.register("me-personal@example.org");
  });
  afterAll(() => server.close());

  it("sets, lists and cancels; refuses bad input and another person's id", async () => {
    const set = await me.call("POST", "/api/reminders/personal/", {
      task: "update my portfolio",
      when: "in 3 days",
    });
    expect(set.status).toBe(200);
    expect(set.json.task).toBe("update my portfolio");
    expect(new Date(set.json.dueAt).getTime() - Date.now()).toBeGreaterThan(2 * 86_400_000);

    expect((await me.call("POST", "/api/reminders/personal/", { task: " ", when: "friday" })).status).toBe(
      400,
    );
    expect(
      (await me.call("POST", "/api/reminders/personal/", { task: "x", when: "someday maybe" })).status,
    ).toBe(400);
    expect(
      (await me.call("POST", "/api/reminders/personal/", { task: "x", when: "friday", application: "a" }))
        .status,
    ).toBe(400);
    const listed = await me.call("GET", "/api/reminders/personal/");
    expect(listed.json.items.map((r: { task: string }) => r.task)).toEqual(["update my portfolio"]);
    // The applications' list is not crowded by the person's own.
    expect((await me.call("GET", "/api/reminders/")).json.items).toEqual([]);

    const other = new ApiClient(server.url);
    await other.register("other-personal@example.org");
    const refused = await other.call("DELETE", `/api/reminders/personal/${set.json.id}`);
    expect(refused.status).toBe(404);
    expect(JSON.stringify(refused.json)).toMatch(/Nothing was changed/);
    expect((await me.call("GET", "/api/reminders/personal/")).json.items).toHaveLength(1);

    expect((await me.call("DELETE", `/api/reminders/personal/${set.json.id}`)).json.task).toBe(
      "update my portfolio",
    );
    expect((await me.call("GET", "/api/reminders/personal/")).json.items).toEqual([]);
    expect((await me.call("DELETE", `/api/reminders/personal/${set.json.id}`)).status).toBe(404);
  });
});
