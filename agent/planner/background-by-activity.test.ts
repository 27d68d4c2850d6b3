/**
 * conv18u: a background told as what was done, with no job title (the largest kind of miss left
 * across the dev splits). Every message is written for this test, none is a dev or blind line.
 * The job is named from the activity where the role data has a title for it, else the activity
 * is the entry's title; the years and what follows are kept. The agent calls it as
 * add_profile_entry's background form (told-background-call.ts), the outside sets' convention.
 * Also: a Hinglish intro's job between "se" and "(mein) hoon" (trial17 §2).
 */
import { describe, expect, it } from "vitest";
import { EVERY_TOOL, PROFILE_ONLY, plannerWith, planText } from "../../test-support/planner-turn.ts";
import { asAgentCall } from "./told-background-call.ts";

const loaded = plannerWith({
  focus: PROFILE_ONLY,
  tracked: [],
  ownSkills: ["Customer Service", "Scheduling"],
});

interface Role {
  title: string;
  months?: number;
}
const savedRoles = async (text: string): Promise<Role[] | undefined> => {
  const plan = await loaded(text);
  const save = plan.calls.find((c) => c.name === "save_background");
  return save ? (save.args.roles as Role[]) : undefined;
};

describe("the job named from what was done, by the role data", () => {
  it.each([
    [
      "spent 15 years fixing elevators, hydraulic controls, door operators",
      /^Elevator (?:Mechanic|Repairer)/,
      180,
    ],
    ["restored old pianos for 9 yrs, tuning and regulation, some action rebuilding", /^Piano/, 108],
    ["baked bread 8 years at a village bakery, sourdough, laminated doughs", /Baker$/, 96],
    ["welded pipe for 10 yrs, TIG and stick, some rigging", /Welder$/, 120],
  ])("%s", async (text, title, months) => {
    const roles = await savedRoles(text);
    expect(roles).toHaveLength(1);
    expect(roles?.[0]?.title).toMatch(title);
    expect(roles?.[0]?.months).toBe(months);
  });
});

describe("the activity kept as the entry's title when the role data has none, in five languages", () => {
  it.each([
    ["sin cv: 6 años reparando bicicletas, frenos, cambios y ruedas", /bicicletas/i, 72],
    ["potière depuis 8 ans, tournage, émaillage, cuisson au four à bois", /^Potière$/, 96],
    ["seit 11 Jahren Orgeln restauriert, Intonation, Holzarbeiten", /Orgeln/, 132],
    ["sem currículo. 4 anos consertando celulares, troca de tela, solda de placas", /celulares/i, 48],
    ["main 4 saal se mobile repair mein hoon, screen badalna, soldering", /^Mobile Repair$/, 48],
  ])("%s", async (text, title, months) => {
    const roles = await savedRoles(text);
    expect(roles).toHaveLength(1);
    expect(roles?.[0]?.title).toMatch(title);
    expect(roles?.[0]?.months).toBe(months);
  });

  it("an opening that announces the work needs no length", async () => {
    const roles = await savedRoles(
      "what I've done: ran a food truck, catering for weddings, bookkeeping in QuickBooks",
    );
    expect(roles?.[0]?.title).toMatch(/food truck/i);
  });
});

describe("what is not a background told by activity", () => {
  it.each([
    "I did 6 years of overnight stocking, never again",
    "spent 3 years in Lisbon, loved it",
    "took care of my kids for 5 years, now back",
    "repaired boats 10 years, want to become a marine surveyor",
    "10 yrs doing payroll, ADP and Gusto. add it",
    "no cv yet, 6 years doing that, good with people and the till",
    // The years of using a tool the taxonomy knows name no job, nor does a question without its mark.
    "been using photoshop for about 9 years, all sorts of retouching",
    "why is sql flagged, ive worked with sql for 6 years at two banks",
    "I know Figma and Miro really well, used them for 4 yrs at Lumen",
  ])("%s", async (text) => {
    expect(await savedRoles(text)).toBeUndefined();
  });
});

describe("the agent's call for a told background: add_profile_entry with the background", () => {
  it("carries the roles, skills and years read", async () => {
    const text = "built timber frames 11 years, joinery, CAD, crane signalling";
    const plan = await loaded(text);
    const calls = plan.calls.map((c) => asAgentCall(c, text, EVERY_TOOL));
    expect(calls.map((c) => c.name)).toEqual(["add_profile_entry"]);
    expect(calls[0]?.args).toMatchObject({ kind: "experience", text });
    const background = calls[0]?.args.background as { roles: Role[] };
    expect(background.roles[0]?.months).toBe(132);
  });

  it("one entry said in a sentence stays a plain entry", async () => {
    const text = "add experience: dock worker at Port of Tacoma 2015-2019";
    const plan = await loaded(text);
    const calls = plan.calls.map((c) => asAgentCall(c, text, EVERY_TOOL));
    expect(calls.map((c) => c.name)).toEqual(["add_profile_entry"]);
    expect(calls[0]?.args.background).toBeUndefined();
  });
});

describe("Hinglish: the job between 'se' and '(mein) hoon' (trial17 §2)", () => {
  it("reads the job, the years and the employer; Hindi words are no skills", async () => {
    const plan = await planText(
      "namaste ji, main 2 saal se tech support mein hoon Concentrix mein, tickets close karta hoon",
      {},
      { ownSkills: [], tracked: [] },
    );
    const save = plan.calls.find((c) => c.name === "save_background");
    const roles = save?.args.roles as (Role & { company?: string })[];
    expect(roles?.[0]).toMatchObject({ title: "Tech Support", months: 24, company: "Concentrix" });
    const skills = ((save?.args.skills ?? []) as { name: string }[]).map((s) => s.name.toLowerCase());
    for (const word of ["ji", "mein", "hoon", "se"]) expect(skills).not.toContain(word);
  });

  it("the field wished for ('ab X mein jaana chahta hoon') is the target, beside the job saved", async () => {
    const plan = await planText(
      "main 5 saal se data entry mein hoon, ab data analysis mein jaana chahti hoon",
      {},
      { ownSkills: [], tracked: [] },
    );
    expect(plan.calls.map((c) => c.name)).toEqual(["save_background", "set_dream_job"]);
    expect(plan.calls[1]?.args).toEqual({ text: "Data Analysis" });
  });

  it("a past job with 'tha'", async () => {
    const plan = await planText(
      "main 3 saal se ek hotel mein receptionist tha",
      {},
      { ownSkills: [], tracked: [] },
    );
    const roles = plan.calls.find((c) => c.name === "save_background")?.args.roles as Role[];
    expect(roles?.[0]).toMatchObject({ title: "Receptionist", months: 36 });
  });
});
