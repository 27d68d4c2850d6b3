/**
 * conv12p (a blind6 class; messages written for this test): "als <Titel> wieder einsteigen / anfangen"
 * kept the verb of starting in the title ("Lohnbuchhalterin wieder einsteigen"), so the title was
 * not translated and the target was refused.
 */
import { expect, it } from "vitest";
import { rolePhrase } from "./role-lead-ins.ts";
import { translateTitle } from "./translate-title.ts";

it.each([
  ["Ich möchte als Lohnbuchhalterin wieder einsteigen", "Lohnbuchhalterin"],
  ["ich will als Buchhalter anfangen", "Buchhalter"],
])("'%s' names the title '%s'", (text, title) => {
  expect(rolePhrase(text).phrase).toBe(title);
});

it("the title alone is translated", () => {
  expect(translateTitle(rolePhrase("Ich möchte als Lohnbuchhalterin wieder einsteigen").phrase, "de")).toBe(
    "payroll accountant",
  );
});
