/**
 * conv19u: backgrounds said in Spanish, French, German or Portuguese are saved under the role
 * data's title (the project's title words read them in English: translate-title.ts), never the
 * words as said nor a wish; a workplace said with its article ("en un hotel de …") is no skill;
 * "trabajé"/"j'ai été" end the job. Every message is written for this test, none is a dev or
 * blind line.
 */
import { describe, expect, it } from "vitest";
import { PROFILE_ONLY, planText } from "../../test-support/planner-turn.ts";

interface Role {
  title: string;
  months?: number;
  current?: boolean;
}
const loaded = (text: string) => planText(text, PROFILE_ONLY, { ownSkills: ["Scheduling"] });
const empty = (text: string) => planText(text, {}, { ownSkills: [] });
const saved = (plan: Awaited<ReturnType<typeof planText>>) => {
  const call = plan.calls.find((c) => c.name === "save_background");
  return call
    ? {
        roles: call.args.roles as Role[],
        skills: (call.args.skills as { name: string }[]).map((s) => s.name),
        unread: (call.args.unread as string[] | undefined) ?? [],
      }
    : undefined;
};

describe("a job with its years, said in another language, saved under the English title", () => {
  it.each([
    ["ich arbeite als Pflegehelferin seit 5 Jahren", /^Nursing Assistant$/, 60, true],
    ["j'ai été aide-soignante pendant 7 ans en maison de retraite", /^Nursing Assistant$/, 84, false],
    ["trabajé 4 años de cocinero en un restaurante del centro", /Cook$/, 48, false],
    ["trabalhei como garçom por 3 anos", /^Waiter$/, 36, false],
  ])("%s (profile loaded)", async (text, title, months, current) => {
    const got = saved(await loaded(text));
    expect(got?.roles).toHaveLength(1);
    expect(got?.roles[0]?.title).toMatch(title);
    expect(got?.roles[0]?.months).toBe(months);
    expect(got?.roles[0]?.current ?? true).toBe(current);
  });
});

describe("the job held now, said in another language without its years", () => {
  it("is saved under the English title on an empty profile", async () => {
    const got = saved(await empty("ich arbeite als Pflegehelfer in einem Heim"));
    expect(got?.roles.map((r) => r.title)).toEqual(["Nursing Assistant"]);
  });
  it("is acknowledged by its English title on a loaded one, never set as the target", async () => {
    const plan = await loaded("ich arbeite als Pflegehelferin");
    expect(plan.calls.map((c) => c.name)).not.toContain("set_dream_job");
    expect(plan.says.find((s) => s.kind === "current_role")?.detail).toBe("Nursing Assistant");
  });
});

describe("a workplace said with its article is no skill", () => {
  it.each([
    "soy barman desde hace 5 años en un hotel de Benidorm, cócteles y Excel",
    "je suis serveuse depuis 6 ans dans un restaurant de Bordeaux, service en salle et caisse",
    "I've been a bartender for 5 years at a hotel in Brighton, cocktails and Excel",
  ])("%s", async (text) => {
    const got = saved(await empty(text));
    expect(got?.roles).toHaveLength(1);
    const said = [...(got?.skills ?? []), ...(got?.unread ?? [])].join(" | ");
    expect(said).not.toMatch(/Benidorm|Bordeaux|Brighton|hotel|restaurant/i);
  });
});
