/**
 * conv19u (trial18 §3, §12, §13): a job's end said as what happened ("got laid off", "retired
 * last year") is context: the job is over, answered kindly, never said back as "not placed"; a
 * wish's words after the job ("want to move into X, designing …") are no past duty; "I'd like to
 * work part-time as X" beside a background is the target. Own sentences, none a dev or blind line.
 */
import { describe, expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";
import { jobEndedSaid } from "./job-ended-said.ts";

const empty = (text: string) => planText(text, {}, { ownSkills: [] });
interface Role {
  title: string;
  current?: boolean;
  endedMonthsAgo?: number;
  bullets?: string[];
}
const background = (plan: Awaited<ReturnType<typeof planText>>) => {
  const call = plan.calls.find((c) => c.name === "save_background");
  return call
    ? { roles: call.args.roles as Role[], unread: (call.args.unread as string[] | undefined) ?? [] }
    : undefined;
};

describe("the job's end said as what happened", () => {
  it.each([
    ["was made redundant 3 months ago", 3],
    ["me despidieron hace dos meses", 2],
    ["j'ai été licenciée l'an dernier", 12],
    ["ich wurde letztes Jahr entlassen", 12],
    ["fui demitido mês passado", 1],
    ["the warehouse... the plant closed in 2024", 24],
  ])("%s is read with how long ago", (text, months) => {
    expect(jobEndedSaid(text, new Date("2026-12-07T12:00:00Z"))?.months).toBe(months);
  });

  it("ends the job, is not said back as unread, and is answered kindly", async () => {
    const plan = await empty(
      "I've been a sports reporter at a regional paper for 11 years, covering football and cricket, got laid off last month",
    );
    const got = background(plan);
    expect(got?.roles).toHaveLength(1);
    expect(got?.roles[0]).toMatchObject({ current: false, endedMonthsAgo: 1 });
    expect(got?.unread.join(" ")).not.toMatch(/laid off/);
    expect(plan.says.map((s) => s.detail)).toContain("job_ended");
  });

  it("retired: the job ended that long ago, the wish beside it set", async () => {
    const plan = await empty(
      "I worked as a pharmacist for 25 years and retired last year. I'd like to work part-time as a pharmacy technician",
    );
    expect(background(plan)?.roles[0]).toMatchObject({ current: false, endedMonthsAgo: 12 });
    expect(plan.calls.find((c) => c.name === "set_dream_job")?.args.text).toMatch(/pharmacy technician/i);
  });
});

describe("the wish's words are no past duty", () => {
  it("a wish with what it would involve, after the job and its years", async () => {
    const plan = await empty(
      "I taught history at a secondary school for 9 years. I want to move into e-learning, building courses for companies",
    );
    const roles = background(plan)?.roles ?? [];
    expect(roles).toHaveLength(1);
    expect(roles[0]?.bullets ?? []).toEqual([]);
    expect(background(plan)?.unread ?? []).toEqual([]);
  });
});
