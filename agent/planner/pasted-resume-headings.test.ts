/**
 * A resume pasted with no contact details and no "here is my resume", laid out with section
 * headings and dates, is read as a resume (conv12n: one headed by a name in capitals was saved
 * as a certification named after the person). Text written for this test.
 */
import { describe, expect, it } from "vitest";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { understand } from "./understand.ts";

const RESUME = [
  "LUCIA FERREIRA",
  "PROFILE",
  "Pastry cook who opens the bakery six days a week.",
  "EXPERIENCE",
  "Pão Dourado Bakery - Pastry Cook (2020-2025)",
  "- Baked 400 croissants before 7am daily",
  "EDUCATION",
  "Culinary certificate, Escola de Hotelaria, 2019",
  "SKILLS: lamination, sourdough, food safety",
].join("\n");

describe("a pasted resume laid out with headings", () => {
  it("is read as a resume", async () => {
    const p = await understand(RESUME, {
      focus: { hasProfile: true },
      attachments: [],
      available: new Set(TOOL_NAMES),
    });
    expect(p.calls).toEqual([{ name: "read_resume", args: { text: RESUME } }]);
  });

  it("a question that names two sections is not", async () => {
    const text =
      "what should go first on mine:\nexperience\nor education? I graduated in 2024 and have one internship, so I'm not sure what recruiters read first";
    const p = await understand(text, {
      focus: { hasProfile: true },
      attachments: [],
      available: new Set(TOOL_NAMES),
    });
    expect(p.calls.map((c) => c.name)).not.toContain("read_resume");
  });
});
