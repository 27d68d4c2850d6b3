/**
 * Every route, on both databases: without a token or with an expired one it answers 401;
 * with another person's ids it answers 404 exactly as for an unknown id, reveals nothing
 * and changes nothing; and /metrics shows the traffic afterwards.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { syncSkillsTable } from "../../data/repositories/skills.ts";
import { ApiClient, type ApiTestServer, startApiTestServer } from "../../test-support/api-app.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { apiRoutes } from "./routes/index.ts";

const SECRET_COMPANY = "Zyxwvut Secret Industries";

describeEachDatabase("REST access rules", (getDb) => {
  let server: ApiTestServer;
  let offsetMs = 0;
  const owner = { ids: {} as Record<string, string> };
  let alice: ApiClient;
  let bob: ApiClient;

  beforeAll(async () => {
    await syncSkillsTable(getDb());
    server = await startApiTestServer({ db: getDb(), now: () => new Date(Date.now() + offsetMs) });
    alice = new ApiClient(server.url);
    bob = new ApiClient(server.url);
    await alice.register("alice@example.org");
    await bob.register("bob@example.org");
    // Alice owns one of everything.
    await alice.call("POST", "/api/skills/user/", { name: "Python", proficiency: "advanced" });
    await alice.call("POST", "/api/skills/user/", { name: "SQL" });
    const analysis = await alice.call("POST", "/api/jobs/eligibility/analyze/", { role: "data analyst" });
    expect(analysis.status).toBe(201);
    owner.ids.analysis = analysis.json.id;
    const roadmap = await alice.call("POST", "/api/roadmaps/", { analysisId: analysis.json.id });
    expect(roadmap.status).toBe(201);
    owner.ids.roadmap = roadmap.json.id;
    const app = await alice.call("POST", "/api/applications/", {
      company: SECRET_COMPANY,
      position: "Analyst",
    });
    expect(app.status).toBe(201);
    owner.ids.application = app.json.id;
    for (const [kind, body] of [
      ["education", { institution: "Secret University", degree: "BSc" }],
      ["experience", { title: "Analyst", company: SECRET_COMPANY }],
      ["projects", { name: "Secret project" }],
      ["certifications", { name: "Secret cert" }],
    ] as const) {
      const entry = await alice.call("POST", `/api/profiles/${kind}/`, body);
      expect(entry.status).toBe(201);
      owner.ids[kind] = entry.json.id;
    }
    // A stored resume file (its forgetting routes take its id).
    const form = new FormData();
    form.append(
      "file",
      new Blob([Buffer.from("Alice Example\n\nEXPERIENCE\nBarista, Cafe Nord, 2019 - 2021\n")]),
      "alice.txt",
    );
    const resume = await fetch(`${server.url}/api/profiles/upload-resume/`, {
      method: "POST",
      headers: { authorization: `Bearer ${alice.accessToken}` },
      body: form,
    });
    expect(resume.status).toBe(201);
    owner.ids.resumes = ((await resume.json()) as { resumeId: string }).resumeId;
    const reminder = await alice.call("POST", "/api/reminders/personal/", {
      task: "call the Secret landlord",
      when: "in 3 days",
    });
    expect(reminder.status).toBe(200);
    owner.ids.reminder = reminder.json.id;
    const questions = await alice.call("GET", "/api/interviews/questions/?q=sql%20joins&limit=1");
    owner.ids.question = questions.json.items[0].id;
    expect(
      (await alice.call("POST", "/api/interviews/bookmarks/", { questionId: owner.ids.question })).status,
    ).toBe(201);
  });
  afterAll(() => server.close());

  /** A concrete path for each route, with Alice's ids, and a body that passes validation. */
  function request(path: string, method: string): { path: string; body?: unknown } {
    const kind = /\/api\/profiles\/(\w+)\/\{id\}/.exec(path)?.[1];
    const id = path.startsWith("/api/jobs/eligibility")
      ? owner.ids.analysis
      : path.startsWith("/api/roadmaps")
        ? owner.ids.roadmap
        : path.startsWith("/api/applications")
          ? owner.ids.application
          : path.startsWith("/api/skills/user")
            ? "python"
            : path.startsWith("/api/reminders/personal")
              ? owner.ids.reminder
              : kind
                ? owner.ids[kind]
                : "";
    const concrete = path.replace("{id}", id!).replace("{questionId}", owner.ids.question!);
    const bodies: Record<string, unknown> = {
      "post /api/jobs/eligibility/chat/": { analysisId: owner.ids.analysis, message: "why?" },
      "post /api/jobs/eligibility/reanalyze/": {
        analysisId: owner.ids.analysis,
        context: "I also have 2 years of Kubernetes",
      },
      "post /api/roadmaps/{id}/progress/": { week: 1 },
      "post /api/applications/{id}/status/": { status: "phone_screen" },
      "post /api/applications/{id}/reminders/": { when: "friday" },
      "patch /api/applications/{id}/": { notes: "mine now" },
      "patch /api/skills/user/{id}/": { proficiency: "beginner" },
      "delete /api/users/me": { confirm: "delete everything" },
    };
    const key = `${method} ${path}`;
    if (key in bodies) return { path: concrete, body: bodies[key] };
    const entryChange: Record<string, unknown> = {
      education: { gpa: "1.0" },
      experience: { title: "Taken" },
      projects: { name: "Taken" },
      certifications: { name: "Taken" },
    };
    if (method === "patch" && kind) return { path: concrete, body: entryChange[kind] };
    if (method === "patch" || method === "post") return { path: concrete, body: {} };
    return { path: concrete };
  }

  it("answers 401 on every protected route without a token or with an expired one", async () => {
    const protectedRoutes = apiRoutes.filter((r) => r.auth !== false);
    expect(protectedRoutes.length).toBeGreaterThan(50);
    for (const route of protectedRoutes) {
      const { path, body } = request(route.path, route.method);
      const none = await alice.call(route.method.toUpperCase(), path, body, null);
      expect(none.status, `${route.method} ${route.path}`).toBe(401);
      expect(none.json.error.code).toBe("unauthorized");
    }
    offsetMs = 20 * 60_000;
    try {
      for (const route of protectedRoutes) {
        const { path, body } = request(route.path, route.method);
        const expired = await alice.call(route.method.toUpperCase(), path, body);
        expect(expired.status, `${route.method} ${route.path}`).toBe(401);
        expect(expired.json.error.message).toMatch(/expired/);
      }
    } finally {
      offsetMs = 0;
    }
  });

  it("answers 404 to another person's ids on every route that takes one, leaking and changing nothing", async () => {
    const before = await alice.call("GET", "/api/profiles/");
    const beforeApp = await alice.call("GET", `/api/applications/${owner.ids.application}/`);
    const withIds = apiRoutes.filter(
      (r) =>
        /\{(id|questionId)\}/.test(r.path) || r.path.endsWith("/chat/") || r.path.endsWith("/reanalyze/"),
    );
    expect(withIds.length).toBeGreaterThan(15);
    for (const route of withIds) {
      const { path, body } = request(route.path, route.method);
      const theirs = await bob.call(route.method.toUpperCase(), path, body);
      expect(theirs.status, `${route.method} ${route.path}`).toBe(404);
      expect(theirs.text).not.toContain(SECRET_COMPANY);
      expect(theirs.text).not.toContain("Secret");
    }
    // Alice's data is exactly as it was.
    expect((await alice.call("GET", "/api/profiles/")).json).toEqual(before.json);
    expect((await alice.call("GET", `/api/applications/${owner.ids.application}/`)).json).toEqual(
      beforeApp.json,
    );
    expect((await alice.call("GET", `/api/jobs/eligibility/${owner.ids.analysis}/`)).status).toBe(200);
    expect((await alice.call("GET", "/api/interviews/bookmarks/")).json.items).toHaveLength(1);
    expect((await alice.call("GET", "/api/reminders/personal/")).json.items).toHaveLength(1);
    // Bob's lists never show Alice's things.
    for (const path of [
      "/api/jobs/eligibility/",
      "/api/roadmaps/",
      "/api/applications/",
      "/api/skills/user/",
      "/api/interviews/bookmarks/",
      "/api/reminders/personal/",
    ])
      expect((await bob.call("GET", path)).json.items, path).toEqual([]);
  });

  it("shows the traffic in /metrics: latency by route template, turns, tool calls and analyses", async () => {
    const scrape = async () => (await fetch(`${server.url}/metrics`)).text();
    const count = (text: string, pattern: RegExp) =>
      text
        .split("\n")
        .filter((l) => pattern.test(l))
        .reduce((sum, l) => sum + Number(l.split(" ").at(-1)), 0);
    const before = await scrape();
    const chat = await fetch(`${server.url}/api/jobs/eligibility/chat/`, {
      method: "POST",
      headers: { authorization: `Bearer ${alice.accessToken}`, "content-type": "application/json" },
      body: JSON.stringify({ analysisId: owner.ids.analysis, message: "explain my skills score" }),
    });
    const chatText = await chat.text();
    expect(chatText).not.toContain("event: error");
    await alice.call("POST", "/api/jobs/eligibility/analyze/", { role: "data engineer" });
    await alice.call("GET", `/api/jobs/eligibility/${owner.ids.analysis}/`);
    const after = await scrape();
    const byRoute =
      /careercraft_http_request_duration_seconds_count\{method="GET",route="\/api\/jobs\/eligibility\/\{id\}\/"/;
    expect(count(after, byRoute)).toBe(count(before, byRoute) + 1);
    expect(after).not.toContain(owner.ids.analysis!);
    expect(count(after, /^careercraft_conversation_turns_total\{channel="api"/)).toBe(
      count(before, /^careercraft_conversation_turns_total\{channel="api"/) + 1,
    );
    expect(count(after, /^careercraft_tool_calls_total /)).toBeGreaterThan(
      count(before, /^careercraft_tool_calls_total /),
    );
    expect(count(after, /^careercraft_analysis_duration_seconds_count /)).toBe(
      count(before, /^careercraft_analysis_duration_seconds_count /) + 1,
    );
    expect(after).toMatch(/careercraft_queue_depth\{queue="embedded"\} \d+/);
    expect(after).toMatch(/nodejs_eventloop_lag_seconds/);
  });

  it("deletes everything of one person on a confirmed request, and nothing of anyone else", async () => {
    const carol = new ApiClient(server.url);
    await carol.register("carol@example.org");
    await carol.call("POST", "/api/skills/user/", { name: "Excel" });
    await carol.call("POST", "/api/applications/", { company: "Acme", position: "Clerk" });
    const exported = await fetch(`${server.url}/api/users/me/export`, {
      headers: { authorization: `Bearer ${carol.accessToken}` },
    });
    expect(exported.headers.get("content-disposition")).toMatch(/attachment; filename="careercraft-export-/);
    const data = (await exported.json()) as { data: Record<string, unknown[]> };
    expect(data.data.user_skills).toHaveLength(1);
    expect(data.data.applications).toHaveLength(1);
    expect(JSON.stringify(data)).not.toContain("password");

    expect((await carol.call("DELETE", "/api/users/me", {})).status).toBe(400);
    expect((await carol.call("DELETE", "/api/users/me", { confirm: "yes" })).status).toBe(400);
    const gone = await carol.call("DELETE", "/api/users/me", { confirm: "delete everything" });
    expect(gone.status).toBe(200);
    expect(gone.json.deleted).toBe(true);
    expect((await carol.call("GET", "/api/users/profile/")).status).toBe(401);
    const relogin = await carol.call(
      "POST",
      "/api/users/login/",
      { email: "carol@example.org", password: "a long enough password" },
      null,
    );
    expect(relogin.status).toBe(401);
    expect((await alice.call("GET", "/api/skills/user/")).json.items).toHaveLength(2);
  });
});
