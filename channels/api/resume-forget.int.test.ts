/**
 * Forgetting one resume over REST, through the same service as the chat and the CLI
 * (tools/profile/forget-resume.ts), on the app's server on 127.0.0.1 and both databases: a
 * preview changes nothing, the DELETE needs confirm=true, another person's id is 404 and a
 * corrupt id 400, each changing nothing; what the person added themselves stays.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { ApiClient, type ApiTestServer, startApiTestServer } from "../../test-support/api-app.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

// A resume written for this test.
const RESUME = `Tomás Rivera
tomas.rivera@example.com | Sevilla

EXPERIENCE
Bartender, Hotel Giralda, Sevilla — 06/2019 to Present
- Prepared cocktails and managed the bar's stock

SKILLS
Cocktails, Inventory management, Customer service`;

function upload(server: ApiTestServer, token: string, text: string, filename: string) {
  const form = new FormData();
  form.append("file", new Blob([Buffer.from(text)]), filename);
  return fetch(`${server.url}/api/profiles/upload-resume/`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
}

describeEachDatabase("REST: forgetting a resume", (getDb) => {
  let server: ApiTestServer;
  let me: ApiClient;
  let other: ApiClient;

  beforeAll(async () => {
    server = await startApiTestServer({ db: getDb() });
    me = new ApiClient(server.url);
    await me.register("tomas-forget@example.org");
    other = new ApiClient(server.url);
    await other.register("other-forget@example.org");
  });
  afterAll(() => server.close());

  it("previews, refuses without confirm, another person's or a corrupt id; then forgets only that resume's own", async () => {
    const uploaded = await upload(server, me.accessToken, RESUME, "tomas.txt");
    expect(uploaded.status).toBe(201);
    const { resumeId } = (await uploaded.json()) as { resumeId: string };
    expect((await me.call("POST", "/api/skills/user/", { name: "Python" })).status).toBeLessThan(300);
    const before = (await me.call("GET", "/api/profiles/")).json;
    expect(before.experience).toHaveLength(1);

    const listed = await me.call("GET", "/api/profiles/resumes/");
    expect(listed.json.items.map((r: { id: string }) => r.id)).toEqual([resumeId]);

    const preview = await me.call("GET", `/api/profiles/resumes/${resumeId}/forgetting/`);
    expect(preview.status).toBe(200);
    expect(preview.json).toMatchObject({ done: false, resume: { filename: "tomas.txt" } });
    expect(preview.json.removes.map((r: { label: string }) => r.label)).toContain(
      "Bartender at Hotel Giralda",
    );

    const unconfirmed = await me.call("DELETE", `/api/profiles/resumes/${resumeId}/`);
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.json.error.message).toMatch(/Nothing was deleted.*confirm=true/);

    const theirs = await other.call("DELETE", `/api/profiles/resumes/${resumeId}/?confirm=true`);
    expect(theirs.status).toBe(404);
    expect((await other.call("GET", `/api/profiles/resumes/${resumeId}/forgetting/`)).status).toBe(404);
    const corrupt = await me.call("DELETE", "/api/profiles/resumes/not-a-resume-id/?confirm=true");
    expect(corrupt.status).toBe(400);
    expect(corrupt.json.error.message).toMatch(/is not a resume id/);
    expect((await me.call("GET", "/api/profiles/")).json).toEqual(before);
    expect((await me.call("GET", "/api/profiles/resumes/")).json.items).toHaveLength(1);

    const done = await me.call("DELETE", `/api/profiles/resumes/${resumeId}/?confirm=true`);
    expect(done.status).toBe(200);
    expect(done.json.done).toBe(true);
    const after = (await me.call("GET", "/api/profiles/")).json;
    expect(after.experience).toEqual([]);
    expect(after.skills.map((s: { name: string }) => s.name)).toEqual(["Python"]);
    expect((await me.call("GET", "/api/profiles/resumes/")).json.items).toEqual([]);
    expect((await me.call("DELETE", `/api/profiles/resumes/${resumeId}/?confirm=true`)).status).toBe(404);
  });
});
