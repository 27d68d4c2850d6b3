/**
 * conv15u (kinds of blind14's misses; every message here is written for this test, none is a
 * blind line):
 * - an outcome of a tracked application told plainly in another language is news, not a list
 *   filter; silence said in five languages is "ghosted";
 * - a closing order that sets what was just said as the target points back ("…, lock that in as
 *   my goal", "mets ça comme objectif", "ise target rakho");
 * - an entry's date said to be wrong corrects that entry; a credential earned is a certification;
 * - the practice recap asked by name; "for this job, list it" names no role; "I used it" beside a
 *   gap question claims the gap itself; "save the X Y job to my list" keeps it saved;
 * - "N hrs max" is no skill called Max; the reason beside a preference is no entry;
 * - two jobs weighed are asked back; an ad's section labels in German, French, Spanish, Portuguese;
 * - a background dictated without punctuation, its years in words.
 */
import { describe, expect, it } from "vitest";
import { LOGGED_APPLICATION, PROFILE_ONLY, plannerWith } from "../../test-support/planner-turn.ts";
import { looksLikePosting } from "../../tools/jobs/target.ts";
import type { Focus } from "../graph/focus.ts";
import { backgroundSaid } from "./background-said.ts";
import { withoutSetDirective } from "./set-directive.ts";

const none = PROFILE_ONLY;
const logged = LOGGED_APPLICATION;
const analysed: Focus = {
  hasProfile: true,
  topic: "analysis",
  jobId: "j-1",
  jobTitle: "Data Engineer",
  analysisId: "a-1",
  verdict: "UNFIT",
  lastIntent: "analyze_fit",
  gaps: ["Spark", "Airflow", "dbt"],
};
const plan = plannerWith({ tracked: [], ownSkills: ["Excel", "Scheduling"] });
const named = async (text: string, focus: Focus, tracked: string[] = []) =>
  (await plan(text, focus, tracked)).calls.map((c) => c.name);

describe("an outcome told plainly is news about that application", () => {
  it.each([
    ["Vantora ha descartado mi solicitud", "rejected"],
    ["Vantora a refusé mon dossier", "rejected"],
    ["Vantora hat sich nie gemeldet", "ghosted"],
    ["Vantora nunca me respondeu, sem resposta até hoje", "ghosted"],
    ["Vantora se koi jawab nahi aaya", "ghosted"],
    ["vantora: radio silence for weeks now", "ghosted"],
  ])("%s -> %s", async (text, status) => {
    const p = await plan(text, logged, ["Vantora"]);
    expect(p.calls).toEqual([
      { name: "update_application_status", args: { application: "Vantora", status } },
    ]);
  });
  it("asking for the rejected ones still lists them", async () => {
    expect(await named("show me the rejected ones", logged, ["Vantora"])).toEqual(["list_applications"]);
  });
});

describe("a closing order to set what was said as the target", () => {
  it.each([
    [
      "welder 9 yrs, want to move into welding inspection. lock that in as my goal",
      "welder 9 yrs, want to move into welding inspection",
    ],
    ["je veux devenir cheffe de rang, mets ça comme objectif", "je veux devenir cheffe de rang"],
    ["quiero ser jefe de obra, guárdalo como objetivo", "quiero ser jefe de obra"],
    ["ich will Bauleiter werden, setz das als Ziel", "ich will Bauleiter werden"],
    ["ab bank mein branch manager banna hai, ise target rakho", "ab bank mein branch manager banna hai"],
    ["thinking dental hygienist, yeah that's the one, set it", "thinking dental hygienist"],
  ])("%s", (text, rest) => expect(withoutSetDirective(text)).toBe(rest));
  it.each(["quiz me, make it hard", "set it", "remind me friday to call them"])("%s has none", (text) =>
    expect(withoutSetDirective(text)).toBeUndefined(),
  );
  it("is no application to a company named by the order's verb", async () => {
    const calls = await named(
      "Je suis boulanger et j'aimerais devenir chef de production. Enregistre ça comme objectif.",
      none,
    );
    expect(calls).toEqual(["set_dream_job"]);
  });
  it("the Hindi order is no job title (the job held beside the wish is saved too: background-said's besideWish)", async () => {
    const p = await plan(
      "school mein teacher hoon 5 saal se, ab principal banna hai, yahi target rakho",
      none,
    );
    const target = p.calls.find((c) => c.name === "set_dream_job");
    expect(String(target?.args.text)).not.toMatch(/rakho/);
  });
});

describe("a profile entry's date said to be wrong", () => {
  it("corrects that entry's end", async () => {
    const p = await plan("the Leeds Beckett entry is wrong, I graduated in 2016 not 2015", none);
    expect(p.calls).toEqual([
      {
        name: "correct_profile_entry",
        args: { action: "edit", kind: "education", which: "Leeds Beckett", set: { end: "2016" } },
      },
    ]);
  });
  it("corrects a job's start", async () => {
    const p = await plan("my Asda job has the wrong start date, I joined in 2014", none);
    expect(p.calls[0]?.args).toMatchObject({ kind: "experience", which: "Asda", set: { start: "2014" } });
  });
});

describe("a credential earned, told as news", () => {
  it.each([
    ["passed my NEBOSH level 6 this morning!", "NEBOSH Level 6"],
    ["finally got my SIA licence", "SIA licence"],
  ])("%s", async (text, name) => {
    const p = await plan(text, none);
    expect(p.calls).toEqual([{ name: "add_profile_entry", args: { kind: "certification", text: name } }]);
  });
  it("a stage of an application passed is no credential", async () => {
    expect(await named("passed the phone screen at Vantora", logged, ["Vantora"])).toEqual([
      "update_application_status",
    ]);
  });
});

describe("smaller kinds", () => {
  it("the practice recap asked by name", async () => {
    expect(await named("give me a recap of my last practice session", none)).toEqual(["practice_recap"]);
  });
  it("'for this job, list it' names no role", async () => {
    expect(await named("what am I missing for this job, list them", analysed)).toEqual(["explain_gap"]);
  });
  it("'I used it' beside a gap question claims the gap, not the employer after it", async () => {
    const p = await plan("why is Airflow a gap? I used it daily at Brightwell Logistics", analysed);
    expect(p.calls).toEqual([
      { name: "add_skill", args: { skill: "Airflow" } },
      { name: "explain_gap", args: { skill: "Airflow", claimed: "Airflow" } },
    ]);
  });
  it("'save the X Y job to my list' keeps that job, saved", async () => {
    const p = await plan("stick the Ocado warehouse team leader job on my list, not applied yet", none);
    expect(p.calls).toEqual([
      {
        name: "add_application",
        args: { company: "Ocado", position: "warehouse team leader", status: "saved" },
      },
    ]);
  });
  it("'N hrs max' beside part-time is a preference", async () => {
    expect(await named("part-time only, 16 hrs max, school runs", none)).toEqual(["set_preferences"]);
  });
  it("the reason beside a preference is no entry", async () => {
    expect(
      await named("No weekend shifts. I did 6 years of weekends at a garden centre, never again", none),
    ).toEqual(["set_preferences"]);
  });
  it("two jobs weighed are asked back, each offered", async () => {
    const p = await plan("torn between site surveyor and building inspector for the council", none);
    expect(p.calls).toEqual([]);
    expect(p.says.flatMap((s) => s.choices ?? []).map((c) => c.text)).toEqual([
      "set my target job to site surveyor",
      "set my target job to building inspector for the council",
    ]);
  });
  it("an ad with German section labels is a posting", () => {
    expect(
      looksLikePosting(
        "Stellenangebot: Elektroniker (m/w/d) in Ulm. Ihre Aufgaben: Wartung von Anlagen. Ihr Profil: Ausbildung, Führerschein B.",
      ),
    ).toBe(true);
  });
  it("a background dictated without punctuation, its years in words", async () => {
    const out = await backgroundSaid(
      "so I am a paramedic I have been on the road for nine years with the ambulance service and before that I did two years as a care assistant",
      async () => [],
      ["Excel"],
    );
    const roles = out?.[0]?.calls[0]?.args.roles as { title: string }[] | undefined;
    expect(out?.[0]?.calls[0]?.name).toBe("save_background");
    expect(roles?.[0]?.title).toBe("Paramedic");
  });
});

describe("more of blind14's kinds", () => {
  it("'the X one is actually a Y position, fix that' changes the role, known title or not", async () => {
    const p = await plan("the vantora one is actually a fleet systems engineer position, fix that", logged, [
      "Vantora",
    ]);
    expect(p.calls).toEqual([
      { name: "change_application", args: { application: "ap-1", position: "fleet systems engineer" } },
    ]);
  });
  it("a week's hours said as 'hafte mein N ghante' are the roadmap's budget", async () => {
    const p = await plan("iske liye roadmap bana do, hafte mein 4 ghante", analysed);
    expect(p.calls).toEqual([{ name: "create_roadmap", args: { hoursPerWeek: 4 } }]);
  });
  it("'recuérdamelo' with only a day is the application's reminder, not a task called 'el por la'", async () => {
    const p = await plan("recuérdamelo el jueves por la mañana", logged, ["Vantora"]);
    expect(p.calls.map((c) => [c.name, c.args.application, c.args.task])).toEqual([
      ["set_reminder", "Vantora", undefined],
    ]);
  });
});

describe("the closing order decides the reading", () => {
  it("a long story read as a fit check, closed by 'put that as my target', sets the target", async () => {
    const p = await plan(
      "ok so what i really want is to get into food safety at one of the big bakeries, i've been on the ovens at a plant for six years and food safety officer feels right so yeah put that as my target",
      none,
    );
    expect(p.calls.map((c) => c.name)).toContain("set_dream_job");
    expect(p.calls.map((c) => c.name)).not.toContain("analyze_fit");
  });
});

describe("a profile blurb pasted with its source", () => {
  it("'About me (pasted from my CV):' then a title with 'and' in it is the background, without the note", async () => {
    const p = await plan(
      "About me (pasted from my CV): Sound and lighting technician with 7 years in touring theatre. Rigged two West End transfers. Former stagehand at the Lyceum.",
      none,
    );
    expect(p.calls.map((c) => c.name)).toEqual(["save_background"]);
    expect(JSON.stringify(p.calls[0]?.args)).not.toMatch(/pasted/i);
  });
  it("a French wish said with 'je vise' sets the target, no fit check", async () => {
    expect(
      await named("Fleuriste depuis 7 ans, je vise un poste d'acheteuse dans une jardinerie", none),
    ).toEqual(["set_dream_job"]);
  });
});

describe("an application told by the material sent", () => {
  it("'fired off my showreel to <studio> for the <role> job on friday' is logged", async () => {
    const p = await plan("fired off my showreel to Blue Zoo for the junior compositor job on friday", none);
    expect(p.calls.map((c) => [c.name, c.args.company, c.args.position])).toEqual([
      ["add_application", "Blue Zoo", "junior compositor"],
    ]);
  });
  it("'sent my cv to <company> for the <role> position yesterday' keeps the role without its noun", async () => {
    const p = await plan("sent my cv to Acme for the warehouse supervisor position yesterday", none);
    expect(p.calls.map((c) => [c.name, c.args.company, c.args.position])).toEqual([
      ["add_application", "Acme", "warehouse supervisor"],
    ]);
  });
  it("sending a CV to a person for a read is no application", async () => {
    expect(await named("sent my cv to my brother for a proofread", none)).not.toContain("add_application");
  });
});
