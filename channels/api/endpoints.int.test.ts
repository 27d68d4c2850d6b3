/**
 * The endpoints' happy paths and their validation errors, on both databases: a resume
 * upload (and oversize, wrong-type and non-multipart uploads that change nothing), the
 * profile entries, skills, analyses (JSON, streamed, chat, reanalysis, history), roadmaps,
 * applications with the workflow, interview prep and preferences.
 */

import { afterAll, beforeAll, expect, it } from "vitest";
import { syncSkillsTable } from "../../data/repositories/skills.ts";
import { ApiClient, type ApiTestServer, startApiTestServer } from "../../test-support/api-app.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { corruptPdf, SAMPLE, sampleResumeText } from "../../test-support/fixtures/resume/index.ts";
import { textPdf } from "../../test-support/text-pdf.ts";

const MAX_UPLOAD = 200_000;

function upload(server: ApiTestServer, token: string, bytes: Uint8Array, filename: string) {
  const form = new FormData();
  form.append("file", new Blob([Buffer.from(bytes)]), filename);
  return fetch(`${server.url}/api/profiles/upload-resume/`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
}

/** SSE events as {event, data} from a whole response body. */
function events(text: string): { event: string; data: any }[] {
  return text
    .split("\n\n")
    .map((block) => ({
      event: /^event: (.*)$/m.exec(block)?.[1],
      data: /^data: (.*)$/m.exec(block)?.[1],
    }))
    .filter((e): e is { event: string; data: string } => Boolean(e.event && e.data))
    .map((e) => ({ event: e.event, data: JSON.parse(e.data) }));
}

describeEachDatabase("REST endpoints", (getDb) => {
  let server: ApiTestServer;
  let me: ApiClient;

  beforeAll(async () => {
    await syncSkillsTable(getDb());
    server = await startApiTestServer({ db: getDb(), env: { RESUME_MAX_BYTES: String(MAX_UPLOAD) } });
    me = new ApiClient(server.url);
    await me.register("me@example.org");
  });
  afterAll(() => server.close());

  it("reads an uploaded resume into the profile; refuses oversize, wrong-type and non-multipart uploads, saving nothing", async () => {
    const empty = await me.call("GET", "/api/profiles/");
    const tooBig = await upload(server, me.accessToken, new Uint8Array(MAX_UPLOAD + 10).fill(65), "big.txt");
    expect(tooBig.status).toBe(413);
    // A program renamed to .pdf: the bytes decide.
    const program = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, ...new Array(200).fill(1)]);
    const wrong = await upload(server, me.accessToken, program, "resume.pdf");
    expect(wrong.status).toBe(415);
    const notMultipart = await me.call("POST", "/api/profiles/upload-resume/", { file: "hello" });
    expect(notMultipart.status).toBe(415);
    // A PDF that cannot be read is refused after the attempt: its bytes are not kept either.
    const damaged = await upload(server, me.accessToken, corruptPdf(), "resume.pdf");
    expect(damaged.status).toBeGreaterThanOrEqual(400);
    expect(((await damaged.json()) as any).error.message).toMatch(/damaged or not a real PDF/);
    expect((await me.call("GET", "/api/profiles/")).json).toEqual(empty.json);
    expect(
      (
        await fetch(`${server.url}/api/users/me/export`, {
          headers: { authorization: `Bearer ${me.accessToken}` },
        }).then((r) => r.json())
      ).data.resumes,
    ).toEqual([]);

    const read = await upload(server, me.accessToken, textPdf(sampleResumeText().split("\n")), "resume.pdf");
    expect(read.status).toBe(201);
    const body = (await read.json()) as any;
    expect(body.added.skills).toBeGreaterThan(3);
    expect(body.profile.contact.email).toBe(SAMPLE.email);
  });

  it("adds, changes and deletes profile entries, and names the bad field", async () => {
    const added = await me.call("POST", "/api/profiles/projects/", {
      name: "Route planner",
      technologies: ["Python"],
    });
    expect(added.status).toBe(201);
    expect(added.json).toMatchObject({ name: "Route planner", technologies: ["Python"], source: "manual" });
    const changed = await me.call("PATCH", `/api/profiles/projects/${added.json.id}/`, {
      description: "Finds routes",
    });
    expect(changed.json).toMatchObject({ name: "Route planner", description: "Finds routes" });
    const bad = await me.call("POST", "/api/profiles/education/", { level: "kindergarten" });
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toMatch(/level/);
    const badDate = await me.call("POST", "/api/profiles/experience/", { title: "Dev", start: "last year" });
    expect(badDate.status).toBe(400);
    expect((await me.call("DELETE", `/api/profiles/projects/${added.json.id}/`)).json).toEqual({ ok: true });
    expect((await me.call("DELETE", `/api/profiles/projects/${added.json.id}/`)).status).toBe(404);
    // Correction by words, the chat's own step: a named role renamed; unclear or bad ones change nothing.
    await me.call("POST", "/api/profiles/experience/", { title: "Shelf stacker", company: "Aldi" });
    const renamed = await me.call("POST", "/api/profiles/corrections/", {
      action: "edit",
      kind: "experience",
      which: "shelf stacker",
      set: { title: "Store Assistant", start: "2019" },
    });
    expect(renamed.json).toMatchObject({
      changed: true,
      before: "Shelf stacker at Aldi",
      after: "Store Assistant at Aldi",
    });
    const unknown = await me.call("POST", "/api/profiles/corrections/", {
      action: "remove",
      kind: "experience",
      which: "astronaut",
    });
    expect(unknown.json).toMatchObject({ changed: false, reason: "none" });
    const wrongField = await me.call("POST", "/api/profiles/corrections/", {
      action: "edit",
      kind: "experience",
      which: "Aldi",
      set: { gpa: "3.9" },
    });
    expect(wrongField.status).toBe(400);
    const roles = (await me.call("GET", "/api/profiles/experience/")).json.items;
    expect(roles.find((r: { company?: string }) => r.company === "Aldi")).toMatchObject({
      title: "Store Assistant",
      start: "2019",
    });
    const contact = await me.call("PATCH", "/api/profiles", { headline: "Analyst who codes" });
    expect(contact.json.headline).toBe("Analyst who codes");
    expect((await me.call("PATCH", "/api/profiles/", { email: "nope" })).status).toBe(400);
  });

  it("searches the taxonomy with paging and categories, and keeps the person's skills", async () => {
    const k8s = await me.call("GET", "/api/skills/?q=k8s");
    expect(k8s.json.items[0]).toMatchObject({ id: "kubernetes", name: "Kubernetes" });
    const page1 = await me.call("GET", "/api/skills/?q=python&limit=2");
    const page2 = await me.call("GET", "/api/skills/?q=python&limit=2&offset=2");
    expect(page1.json.items).toHaveLength(2);
    expect(page1.json.total).toBeGreaterThan(2);
    expect(page2.json.items[0].id).not.toBe(page1.json.items[0].id);
    expect(page1.json.categories.reduce((n: number, c: { count: number }) => n + c.count, 0)).toBe(
      page1.json.total,
    );
    const dbs = await me.call("GET", "/api/skills/?category=database&limit=100");
    expect(dbs.json.items.every((s: { category: string }) => s.category === "database")).toBe(true);
    expect((await me.call("GET", "/api/skills/?limit=1000")).status).toBe(400);
    // The chat's "whats X?" facts, from the same skills service.
    const term = await me.call("GET", "/api/skills/term/?q=k8s&gaps=Kubernetes,SQL");
    expect(term.json).toMatchObject({ term: "k8s", skill: { id: "kubernetes" }, gap: "Kubernetes" });
    expect((await me.call("GET", "/api/skills/term/?q=ZQXV-9")).json.skill).toBeUndefined();
    expect((await me.call("GET", "/api/skills/term/?q=overtime")).status).toBe(400);
    expect((await me.call("GET", "/api/skills/?category=magic")).status).toBe(400);

    expect(
      (await me.call("POST", "/api/skills/user/", { name: "Postgres", proficiency: "expert" })).json,
    ).toMatchObject({
      skillId: "postgresql",
      proficiency: "expert",
    });
    expect(
      (await me.call("PATCH", "/api/skills/user/postgresql/", { proficiency: "advanced", years: 4 })).json,
    ).toMatchObject({
      proficiency: "advanced",
      years: 4,
    });
    expect((await me.call("POST", "/api/skills/user/", { name: "Quantum Basket Weaving" })).status).toBe(400);
    expect((await me.call("PATCH", "/api/skills/user/postgresql/", { proficiency: "guru" })).status).toBe(
      400,
    );
    expect((await me.call("DELETE", "/api/skills/user/postgresql/")).json).toEqual({ ok: true });
    expect((await me.call("DELETE", "/api/skills/user/postgresql/")).status).toBe(404);
  });

  it("analyses as JSON and as a stream, chats about an analysis, reanalyses, lists and deletes", async () => {
    expect((await me.call("POST", "/api/jobs/eligibility/analyze/", {})).status).toBe(400);
    expect(
      (await me.call("POST", "/api/jobs/eligibility/analyze/", { role: "x", jobDescription: "y" })).status,
    ).toBe(400);
    const analysis = await me.call("POST", "/api/jobs/eligibility/analyze/", { role: "data analyst" });
    expect(analysis.status).toBe(201);
    expect(analysis.json.result.verdict).toMatch(/^(FIT|UNFIT)$/);
    expect(Object.keys(analysis.json.result.scores)).toHaveLength(11);

    const stream = await fetch(`${server.url}/api/jobs/eligibility/stream-analyze/`, {
      method: "POST",
      headers: { authorization: `Bearer ${me.accessToken}`, "content-type": "application/json" },
      body: JSON.stringify({ role: "data engineer" }),
    });
    expect(stream.headers.get("content-type")).toMatch(/text\/event-stream/);
    const streamed = events(await stream.text());
    const stages = streamed.filter((e) => e.event === "stage");
    expect(stages.map((s) => s.data.stage)).toEqual(
      expect.arrayContaining(["reading_job", "matching_skills", "verdict"]),
    );
    expect(stages[1]!.data.metrics).toBeTypeOf("object");
    expect(streamed.at(-2)!.event).toBe("result");
    expect(streamed.at(-1)!.event).toBe("done");

    const chat = await fetch(`${server.url}/api/jobs/eligibility/chat/`, {
      method: "POST",
      headers: { authorization: `Bearer ${me.accessToken}`, "content-type": "application/json" },
      body: JSON.stringify({ analysisId: analysis.json.id, message: "why?" }),
    });
    const reply = events(await chat.text());
    expect(reply.at(-1)!.event).toBe("turn_end");
    const words = reply
      .filter((e) => e.event === "text_delta")
      .map((e) => e.data.text)
      .join("");
    expect(words).toMatch(/FIT|UNFIT/);

    const again = await me.call("POST", "/api/jobs/eligibility/reanalyze/", {
      analysisId: analysis.json.id,
      context: "I also have 3 years of Tableau and I'm an expert in Excel",
    });
    expect(again.status).toBe(201);
    expect(again.json.added.map((a: { name: string }) => a.name)).toEqual(
      expect.arrayContaining(["Tableau"]),
    );
    expect(
      (
        await me.call("POST", "/api/jobs/eligibility/reanalyze/", {
          analysisId: analysis.json.id,
          context: "hello there",
        })
      ).status,
    ).toBe(400);

    const list = await me.call("GET", "/api/jobs/eligibility/?limit=2");
    expect(list.json.total).toBe(3);
    expect(list.json.items).toHaveLength(2);
    expect((await me.call("GET", `/api/jobs/eligibility/${analysis.json.id}/`)).json.id).toBe(
      analysis.json.id,
    );
    expect((await me.call("DELETE", `/api/jobs/eligibility/${analysis.json.id}`)).json).toEqual({ ok: true });
    expect((await me.call("GET", `/api/jobs/eligibility/${analysis.json.id}/`)).status).toBe(404);
  });

  it("plans a roadmap and records progress", async () => {
    const created = await me.call("POST", "/api/roadmaps/", { hoursPerWeek: 5 });
    expect(created.status).toBe(201);
    expect(created.json.roadmap.hoursPerWeek).toBe(5);
    const done = await me.call("POST", `/api/roadmaps/${created.json.id}/progress/`, { week: 1 });
    expect(done.json.progress.done).toBeGreaterThan(0);
    const past = created.json.roadmap.weeks.length + 1;
    expect((await me.call("POST", `/api/roadmaps/${created.json.id}/progress/`, { week: past })).status).toBe(
      404,
    );
    expect((await me.call("POST", `/api/roadmaps/${created.json.id}/progress/`, {})).status).toBe(400);
    expect((await me.call("GET", "/api/roadmaps/")).json.items[0].id).toBe(created.json.id);
    // No budget given: the person's hours a week are kept (the service's rule, as in the chat),
    // not the default 10; a number of weeks sets the hours itself.
    const again = await me.call("POST", "/api/roadmaps/", {});
    expect(again.status).toBe(201);
    expect(again.json.roadmap.hoursPerWeek).toBe(5);
    await me.call("DELETE", `/api/roadmaps/${again.json.id}/`);
    expect((await me.call("DELETE", `/api/roadmaps/${created.json.id}/`)).json).toEqual({ ok: true });
  });

  it("tracks applications through the workflow with its reasons, stats and charts", async () => {
    const app = await me.call("POST", "/api/applications/", {
      company: "Acme",
      position: "Analyst",
      appliedOn: "yesterday",
    });
    expect(app.status).toBe(201);
    expect((await me.call("POST", "/api/applications/", { company: "" })).status).toBe(400);
    const refused = await me.call("POST", `/api/applications/${app.json.id}/status/`, { status: "accepted" });
    expect(refused.status).toBe(400);
    expect(refused.json.error.message).toMatch(/only accept an offer/);
    const moves = await me.call("GET", `/api/applications/${app.json.id}/status/`);
    expect(moves.json.allowed.map((m: { status: string }) => m.status)).toContain("phone_screen");
    expect(moves.json.refused.find((m: { status: string }) => m.status === "accepted").reason).toMatch(
      /offer/,
    );
    const moved = await me.call("POST", `/api/applications/${app.json.id}/status/`, {
      status: "phone_screen",
      note: "call on Monday",
    });
    expect(moved.json.application.status).toBe("phone_screen");
    expect(
      (await me.call("POST", `/api/applications/${app.json.id}/status/undo/`)).json.application.status,
    ).toBe("applied");
    expect(
      (await me.call("PATCH", `/api/applications/${app.json.id}/`, { notes: "referral" })).json.notes,
    ).toBe("referral");
    expect((await me.call("PATCH", `/api/applications/${app.json.id}/`, { status: "offer" })).status).toBe(
      400,
    );
    const stats = await me.call("GET", "/api/applications/stats/");
    expect(stats.json.total).toBe(1);
    const svg = await fetch(`${server.url}/api/applications/charts/?chart=funnel`, {
      headers: { authorization: `Bearer ${me.accessToken}` },
    });
    expect(svg.headers.get("content-type")).toMatch(/image\/svg\+xml/);
    expect(await svg.text()).toContain("<svg");
    const png = await fetch(`${server.url}/api/applications/charts/?chart=weekly&format=png`, {
      headers: { authorization: `Bearer ${me.accessToken}` },
    });
    expect(png.headers.get("content-type")).toBe("image/png");
    expect(
      Buffer.from(await png.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe("PNG");
    expect((await me.call("GET", "/api/applications/charts/?format=gif")).status).toBe(400);
    expect((await me.call("GET", "/api/applications/?status=applied")).json.total).toBe(1);
    expect((await me.call("DELETE", `/api/applications/${app.json.id}/`)).json).toEqual({ ok: true });
  });

  it("lists, moves and stops reminders; another person's application is refused and keeps its own", async () => {
    const app = await me.call("POST", "/api/applications/", {
      company: "Gusto",
      position: "SDR",
      appliedOn: "yesterday",
    });
    const listed = await me.call("GET", "/api/reminders/");
    expect(
      listed.json.items.map((r: { kind: string; application: { company: string } }) => [
        r.kind,
        r.application.company,
      ]),
    ).toEqual([["follow_up", "Gusto"]]);
    expect((await me.call("GET", "/api/reminders/?withinDays=1")).json.items).toEqual([]);
    expect((await me.call("GET", "/api/reminders/?withinDays=0")).status).toBe(400);

    const moved = await me.call("POST", `/api/applications/${app.json.id}/reminders/`, { when: "in 3 days" });
    expect(moved.status).toBe(200);
    expect(new Date(moved.json.dueAt).getTime() - Date.now()).toBeGreaterThan(2 * 86_400_000);
    const bad = await me.call("POST", `/api/applications/${app.json.id}/reminders/`, {
      when: "someday maybe",
    });
    expect(bad.status).toBe(400);

    const other = new ApiClient(server.url);
    await other.register("other-reminders@example.org");
    expect((await other.call("DELETE", `/api/applications/${app.json.id}/reminders/`)).status).toBe(404);
    expect(
      (await other.call("POST", `/api/applications/${app.json.id}/reminders/`, { when: "friday" })).status,
    ).toBe(404);
    expect((await me.call("GET", "/api/reminders/")).json.items).toHaveLength(1);

    expect((await me.call("DELETE", `/api/applications/${app.json.id}/reminders/`)).json.stopped).toBe(1);
    await me.call("PATCH", `/api/applications/${app.json.id}/`, { notes: "recruiter: Dana" });
    expect((await me.call("GET", "/api/reminders/")).json.items).toEqual([]);
    expect((await me.call("DELETE", `/api/applications/${app.json.id}/`)).json).toEqual({ ok: true });
  });

  it("searches questions, bookmarks them, and practises with feedback", async () => {
    const found = await me.call(
      "GET",
      "/api/interviews/questions/?q=tell%20me%20about%20a%20conflict&type=behavioral&limit=3",
    );
    expect(found.json.items.length).toBeGreaterThan(0);
    expect(found.json.items.every((q: { type: string }) => q.type === "behavioral")).toBe(true);
    expect((await me.call("GET", "/api/interviews/questions/?difficulty=impossible")).status).toBe(400);
    const id = found.json.items[0].id;
    expect((await me.call("POST", "/api/interviews/bookmarks/", { questionId: id })).status).toBe(201);
    expect(
      (await me.call("POST", "/api/interviews/bookmarks/", { questionId: "no-such-question" })).status,
    ).toBe(404);
    expect(
      (await me.call("GET", "/api/interviews/bookmarks/")).json.items.map((q: { id: string }) => q.id),
    ).toEqual([id]);
    const next = await me.call("POST", "/api/interviews/practice/", { type: "behavioral" });
    expect(next.json.type).toBe("behavioral");
    const feedback = await me.call("POST", "/api/interviews/practice/answer/", {
      questionId: next.json.id,
      answer:
        "In my last role two teammates disagreed about a release date. I set up a meeting, we listed the risks, and we agreed to ship a smaller release on time. The release went out and both were happy.",
    });
    expect(feedback.json.feedback.score).toBeGreaterThan(0);
    expect(feedback.json.attemptNumber).toBe(1);
    expect((await me.call("GET", "/api/interviews/practice/")).json.items).toHaveLength(1);
    expect((await me.call("DELETE", `/api/interviews/bookmarks/${id}/`)).json).toEqual({ ok: true });
    // Named by place or by words (the chat's "my 2nd bookmark", "the one about ..."), one resolver.
    const [a, b] = found.json.items as { id: string; text: string }[];
    await me.call("POST", "/api/interviews/bookmarks/", { questionId: a!.id });
    await me.call("POST", "/api/interviews/bookmarks/", { questionId: b!.id });
    expect((await me.call("DELETE", "/api/interviews/bookmarks/?position=9")).status).toBe(404);
    expect((await me.call("DELETE", "/api/interviews/bookmarks/")).status).toBe(400);
    const byPlace = await me.call("DELETE", "/api/interviews/bookmarks/?position=-1");
    expect(byPlace.json.removed).toBe(true);
    const left = byPlace.json.question.id === a!.id ? b! : a!;
    const byWords = await me.call(
      "DELETE",
      `/api/interviews/bookmarks/?about=${encodeURIComponent(left.text)}`,
    );
    expect(byWords.json).toMatchObject({ removed: true, question: { id: left.id } });
  });

  it("sets preferences through the profile service", async () => {
    const set = await me.call("PATCH", "/api/preferences/", {
      salaryMin: 60000,
      salaryCurrency: "eur",
      remote: "hybrid",
      values: ["Mentoring"],
    });
    expect(set.json).toMatchObject({
      salaryMin: 60000,
      salaryCurrency: "EUR",
      remote: "hybrid",
      values: ["mentoring"],
    });
    expect((await me.call("PATCH", "/api/preferences/", { salaryMin: 90000, salaryMax: 50000 })).status).toBe(
      400,
    );
    expect((await me.call("PATCH", "/api/preferences/", { favouriteColour: "blue" })).status).toBe(400);
    expect((await me.call("GET", "/api/preferences/")).json.salaryMin).toBe(60000);
  });
});
