/**
 * trial17 §2: a support agent's Hinglish intro ("hello ji, main 3 saal se … mein hoon <Company>
 * mein, …") saved "ji" and "mein" as skills and the skills list then showed "ji — validated by your
 * experience". Romanised Hindi's function words and a place said with its postposition ("<Company>
 * mein" = at <Company>) are no skills. Own sentences, not the trial's.
 */
import { describe, expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";

const skillsSaved = async (text: string) => {
  const p = await planText(text, {}, { ownSkills: [] });
  const save = p.calls.find((c) => c.name === "save_background");
  return { save, skills: ((save?.args.skills as { name: string }[] | undefined) ?? []).map((s) => s.name) };
};

describe("a Hinglish intro saves the job, not its function words", () => {
  it.each([
    ["namaste ji, main 4 saal se cashier hoon Reliance Fresh mein, ab data entry mein jaana hai", "Cashier"],
    ["hello ji main 6 saal se security guard hoon ek mall mein", "Security Guard"],
    ["ji main 2 saal se waiter hoon Barbeque Nation mein, billing bhi karta hoon", "Waiter"],
  ])("%s", async (text, title) => {
    const { save, skills } = await skillsSaved(text);
    expect(save).toBeDefined();
    expect(JSON.stringify(save?.args.roles)).toContain(title);
    for (const word of ["ji", "mein", "hai", "bhi"])
      expect(skills.map((s) => s.toLowerCase())).not.toContain(word);
    expect(skills.some((s) => /\bmein\b/i.test(s))).toBe(false);
  });

  it("a skill named in the same intro is still saved", async () => {
    const { skills } = await skillsSaved(
      "hello ji main 5 saal se receptionist hoon ek hotel mein, customer service aur billing karta hoon",
    );
    expect(skills).toContain("Customer Service");
  });
});
