import { describe, expect, it } from "vitest";
import { dotinText } from "./reference-texts.ts";

describe("dotinText", () => {
  it("strips the label tags and decodes entities, keeping the text as written", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<cv>\n<label type="Name">Asha K</label>\nSkills: <label type="Tech Tools">C&amp;C++</label> &lt;3 years\n</cv>\n`;
    expect(dotinText(xml)).toBe("Asha K\nSkills: C&C++ <3 years");
  });
});
