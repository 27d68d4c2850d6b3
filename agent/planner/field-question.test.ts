/**
 * A question about a field ("what is instructional design about", trial finding 9: it was set as
 * the target job) is answered with the work of the field's role — only a role whose title carries
 * the field's words ("counseling" is a counselor's work, never a lawyer's). Written for this test.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: { hasProfile: true } });

it.each([
  ["what is instructional design about", "Instructional Designer"],
  ["whats counseling all about?", "Counselor"],
  ["what is product management like as a career", "Product Manager"],
  ["tell me about data engineering as a field", "Data Engineer"],
  ["what's psychology about", "Psychologist"],
  // lang12: any field through O*NET's titles, not only the forms above.
  ["what is culinary arts about", "Culinary Artist"],
  ["what is nursing about", "Registered Nurse"],
  ["what's dentistry all about", "Dentist"],
  ["tell me about journalism as a career", "Journalist"],
])("'%s' tells what the work of a %s is, setting nothing", async (text, role) => {
  const out = await plan(text);
  expect(out.calls).toEqual([]);
  expect(out.says[0]?.kind).toBe("role_work");
  expect(out.says[0]?.detail).toMatch(new RegExp(`What an? ${role}`, "i"));
});

it("a field no O*NET occupation carries is said so, with no role's work guessed", async () => {
  const out = await plan("what is underwater basket weaving about");
  expect(out.calls).toEqual([]);
  expect(out.says[0]?.detail).toMatch(
    /I don't find "underwater basket weaving" among the occupations I know/,
  );
});

it.each(["what is my score about", "what's this about", "what is the weather like as a career"])(
  "'%s' is no question about a field's work",
  async (text) => {
    expect((await plan(text)).says.map((s) => s.kind)).not.toContain("role_work");
  },
);
