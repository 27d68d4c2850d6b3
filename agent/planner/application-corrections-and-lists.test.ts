/**
 * Found in new-user trials (issue 12, trial12): a correction said without "I meant" ("wait
 * no, it was Amazon") asked what happened with Amazon instead of moving the change; a list
 * of companies in one message logged "Meta at Amazon SDE". Messages written for this test,
 * planned by the real planner on the committed intent model.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import { newApplicationSchema, ROLE_NOT_GIVEN } from "../../tools/applications/input.ts";
import type { Focus } from "../graph/focus.ts";

const tracked = ["Google", "Amazon", "Microsoft", "Notion"];
const justMoved: Focus = {
  hasProfile: true,
  applications: tracked,
  application: {
    company: "Google",
    position: "SWE intern",
    status: "phone_screen",
    previousStatus: "applied",
  },
  lastIntent: "update_application_status",
};
const plan = plannerWith({ tracked });

describe("a correction right after a status change", () => {
  it.each([
    ["wait no, it was Amazon", "Amazon"],
    ["nope, Microsoft", "Microsoft"],
    ["actually it was Amazon not Google", "Amazon"],
  ])("'%s' moves the change to %s and takes it back on Google", async (text, company) => {
    // Taken back first: the application in focus afterwards is the one moved to (trial12c).
    expect((await plan(text, justMoved)).calls).toEqual([
      { name: "update_application_status", args: { application: "Google", status: "applied" } },
      { name: "update_application_status", args: { application: company, status: "phone_screen" } },
    ]);
  });

  it("'no wait, Amazon rejected me' is news of its own, not a correction", async () => {
    expect((await plan("no wait, Amazon rejected me", justMoved)).calls).toEqual([
      { name: "update_application_status", args: { application: "Amazon", status: "rejected" } },
    ]);
  });
});

describe("several applications in one message", () => {
  // As in the trial: the list follows an application just logged ("and Amazon …, Meta, …").
  const fresh: Focus = {
    hasProfile: true,
    lastIntent: "add_application",
    topic: "application",
    application: { company: "Google", position: "SWE intern", status: "applied" },
    applications: ["Google"],
  };
  const added = async (text: string) =>
    ((await plan(text, fresh)).calls ?? []).map((c) => [c.args.company, c.args.position, c.args.appliedOn]);

  it("each company is tracked, with the role said after it", async () => {
    expect(await added("and Amazon SDE intern, Meta, Notion PM intern and Datadog")).toEqual([
      ["Amazon", "SDE intern", undefined],
      ["Meta", ROLE_NOT_GIVEN, undefined],
      ["Notion", "PM intern", undefined],
      ["Datadog", ROLE_NOT_GIVEN, undefined],
    ]);
  });

  // Trial: a company logged without a role was listed as "Role Not Given at Meta", the
  // placeholder title-cased as if it were a job title.
  it("an application logged without a role says so in words, not as a title", async () => {
    const meta = (await plan("and Amazon SDE intern, Meta and Datadog", fresh)).calls?.find(
      (c) => c.args.company === "Meta",
    );
    expect(newApplicationSchema.parse({ company: "Meta", position: meta?.args.position }).position).toBe(
      "Role not given",
    );
  });

  it("a role and a day said once apply to all", async () => {
    expect(await added("Applied at Shopify and Wise as a data analyst last week")).toEqual([
      ["Shopify", "data analyst", "last week"],
      ["Wise", "data analyst", "last week"],
    ]);
  });

  it.each([
    ["I applied to Procter & Gamble for brand intern", "Procter & Gamble"],
    ["applied to Johnson and Johnson for analyst", "Johnson and Johnson"],
    ["I applied to Stripe for the backend engineer role yesterday", "Stripe"],
  ])("'%s' is one application", async (text, company) => {
    const calls = (await plan(text, fresh)).calls ?? [];
    expect(calls).toHaveLength(1);
    expect(calls[0].args.company).toBe(company);
  });
});

describe("a question about one tracked application", () => {
  it.each([
    ["how is my Notion application going", "Notion"],
    ["hows the amazon app looking", "Amazon"],
  ])("'%s' shows where that one stands, not the totals or a deletion", async (text, company) => {
    const calls = (await plan(text, { hasProfile: true, applications: ["Notion", "Amazon"] })).calls;
    expect(calls).toEqual([{ name: "list_applications", args: { company } }]);
  });
});

describe("another application said as 'and … too', in the languages the planner reads", () => {
  const justAdded: Focus = {
    hasProfile: true,
    lastIntent: "add_application",
    topic: "application",
    application: { company: "Nubank", position: "Data Analyst", status: "applied" },
    applications: ["Nubank"],
  };
  it.each([
    ["and Spotify too", "Spotify"],
    ["e na iFood também", "iFood"],
    ["et chez Doctolib aussi", "Doctolib"],
    ["und bei Zalando auch", "Zalando"],
  ])("'%s' tracks %s for the role just logged", async (text, company) => {
    expect((await plan(text, justAdded)).calls).toEqual([
      { name: "add_application", args: { company, position: "Data Analyst" } },
    ]);
  });
});

describe("a greeting that shares a word with 'delete everything'", () => {
  it.each(["oi, tudo bem?", "hallo, alles klar?", "tudo bem?"])("'%s' deletes nothing", async (text) => {
    const names = ((await plan(text, { hasProfile: true })).calls ?? []).map((c) => c.name);
    expect(names).not.toContain("delete_data");
  });
  it.each(["apaga tudo", "close my account", "sab kuch mita do", "wipe it all"])(
    "'%s' still asks to delete",
    async (text) => {
      expect((await plan(text, { hasProfile: true })).calls).toEqual([
        { name: "delete_data", args: { confirm: false } },
      ]);
    },
  );
});

describe("a company and its role after a comma (trial12 regressions caught by the suite)", () => {
  it.each([
    ["just sent my app to Notion, PM intern", "Notion", "PM intern"],
    ["applied to Amazon, Account Executive", "Amazon", "Account Executive"],
  ])("'%s' is one application", async (text, company, position) => {
    expect((await plan(text, { hasProfile: true })).calls).toEqual([
      { name: "add_application", args: { company, position } },
    ]);
  });
});
