/**
 * A skill named in quotes ('add "Power BI"') is saved without them: the quotes were kept and
 * refused as "not a skill name" (lead's new-user trial, issue 12). The service, the REST route and
 * the chat tool all read a skill's name through this schema.
 */
import { describe, expect, it } from "vitest";
import { skillInputSchema } from "./schemas.ts";

const named = (name: string) => skillInputSchema.safeParse({ name });

describe("a skill's name said in quotes", () => {
  it.each([
    ['"Power BI"', "Power BI"],
    ["'stock rotation'", "stock rotation"],
    ["“Figma”", "Figma"],
    ["« atención al público »", "atención al público"],
    ["„Buchhaltung“", "Buchhaltung"],
  ])("%s is saved as %s", (said, name) => {
    expect(named(said)).toMatchObject({ success: true, data: { name } });
  });

  it("quotes inside a name stay; quotes around nothing are still no name", () => {
    expect(named("Rock 'n' Roll")).toMatchObject({ success: true, data: { name: "Rock 'n' Roll" } });
    expect(named('""').success).toBe(false);
    expect(named('"<b>x</b>"').success).toBe(false);
  });
});
