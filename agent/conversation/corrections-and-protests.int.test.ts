/**
 * Issue 12 (chat15u), new-user trial 14 §4 and §12: corrections and protests saved garbage.
 * Through the real conversation on the offline planner, on each database (messages written for
 * this test in the trial's situations, not copied):
 * - a protest that the person already does the work ("X is literally my job") keeps the dream job
 *   and records the skill;
 * - an employer corrected on a role changes the employer, not the title;
 * - the person's name is corrected (English, Spanish);
 * - "my X isn't just listed, i …" files no project named by the sentence;
 * - "or similar" is never a skill; a level said after a list applies to each item;
 * - certificates listed in Spanish are certificates, whole, and the language level is no skill.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 400_000 });

describeEachDatabase("corrections and protests in chat (chat15u)", (getDb) => {
  const bed = offlineChatBed(getDb, "chat15u-corrections");
  const stored = bed.profileOf;

  it("a protest keeps the dream job; the employer and the name are corrected where they belong", async () => {
    const p = await bed.person();
    await p.say("I worked as a field sales lead at Northwind Mid-Market from 2019 to 2024");
    await p.say("I want to become a customer success manager");
    const protest = await p.say(
      "client support is literally my job, i'm on calls with clients all day and they renew",
    );
    expect(protest.tools).not.toContain("set_dream_job");
    expect((await stored(p.who)).skills.map((s) => s.name.toLowerCase())).toContain("client support");
    const employer = await p.say("change the employer of my field sales lead role to Northwind Logistics");
    expect(employer.tools).toEqual(["correct_profile_entry"]);
    const jobs = (await stored(p.who)).experience;
    expect(jobs.map((j) => [j.title?.toLowerCase(), j.company])).toEqual([
      ["field sales lead", "Northwind Logistics"],
    ]);
    const named = await p.say("my name is Dana Okafor btw, not DANA OKAFOR lol");
    expect(named.tools).toEqual(["set_name"]);
    expect(named.text).toMatch(/Dana Okafor/);
    expect((await stored(p.who)).contact.name).toBe("Dana Okafor");
    await p.say("y mi nombre completo es Dana Okafor Ruiz, no Ventas jaja");
    expect((await stored(p.who)).contact.name).toBe("Dana Okafor Ruiz");
    // The job wanted is still the one set.
    const fit = await p.say("am I a fit?");
    expect(fit.text + JSON.stringify(fit.parts)).toMatch(/customer success/i);
  });

  it("a sentence is never a project's name; 'or similar' is never a skill; a level after a list counts", async () => {
    const p = await bed.person();
    await p.say("I worked as a graphic designer at Pixelworks from 2018 to 2024");
    await p.say("and my mentoring isnt just listed, i coached 4 juniors and built our review checklist");
    const after = await stored(p.who);
    expect(after.projects.map((x) => x.name)).toEqual([]);
    await p.say(
      "i don't need to be an expert in figma AND sketch, the ad says 'or similar'. i've used penpot and framer on client work",
    );
    const skills = (await stored(p.who)).skills.map((s) => s.name.toLowerCase());
    expect(skills).not.toContain("or similar");
    expect(skills.some((s) => s.includes("similar"))).toBe(false);
    await p.say("add client onboarding, renewals and QBRs as skills, advanced");
    const levels = (await stored(p.who)).skills
      .filter((s) => /onboarding|renewals|qbrs/i.test(s.name))
      .map((s) => s.proficiency);
    expect(levels).toEqual(["advanced", "advanced", "advanced"]);
  });

  it("certificates listed in Spanish are saved whole, and 'B2' is a language level, not a skill", async () => {
    const p = await bed.person();
    await p.say("I worked as a nurse at Hospital Central from 2015 to 2024");
    await p.say("tengo también los certificados de BLS y de Triaje Avanzado, y hablo francés B2");
    const after = await stored(p.who);
    expect(after.certifications.map((c) => c.name)).toEqual(
      expect.arrayContaining([expect.stringMatching(/BLS|Basic Life Support/), "Triaje Avanzado"]),
    );
    const skills = after.skills.map((s) => s.name.toLowerCase());
    expect(skills).not.toContain("b2");
    expect(skills).not.toContain("triaje");
  });
});

describeEachDatabase("undo of a profile change (chat15u)", (getDb) => {
  const bed = offlineChatBed(getDb, "chat15u-undo");
  const stored = bed.profileOf;

  it("a skill, a project and the name just saved are taken back by 'undo'; a second undo has nothing", async () => {
    const p = await bed.person();
    await p.say("I worked as a barista at Bean There from 2020 to 2024");
    await p.say("add latte art and stock rotation to my skills");
    expect((await stored(p.who)).skills.map((s) => s.name.toLowerCase())).toEqual(
      expect.arrayContaining(["latte art", "stock rotation"]),
    );
    const undone = await p.say("undo");
    expect(undone.tools).toEqual(["remove_skill", "remove_skill"]);
    const left = (await stored(p.who)).skills.map((s) => s.name.toLowerCase());
    expect(left).not.toContain("latte art");
    expect(left).not.toContain("stock rotation");
    expect((await p.say("undo")).tools).toEqual([]);

    await p.say(
      "add project: Rota Planner, a shift planning sheet I built in Google Sheets for the cafe team",
    );
    expect((await stored(p.who)).projects).toHaveLength(1);
    await p.say("undo that");
    expect((await stored(p.who)).projects).toHaveLength(0);

    await p.say("my name is Robin Ash");
    await p.say("my name is Robin Ashdown");
    expect((await stored(p.who)).contact.name).toBe("Robin Ashdown");
    await p.say("undo");
    expect((await stored(p.who)).contact.name).toBe("Robin Ash");
  });
});
