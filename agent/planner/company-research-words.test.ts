/** trial13 §10: company research advice was software-flavoured for every job. */
import { describe, expect, it } from "vitest";
import { adviceWords } from "./advice-words.ts";

const facts = (position: string) => ({
  applications: [{ company: "Helvora Pharma", position, status: "phone_screen" }],
  relatedRoles: [],
  unbackedSkills: [],
  topGaps: [],
});

describe("company research words fit the job", () => {
  it("a sales role hears about what the company sells, not its engineering posts", () => {
    const text = adviceWords("company_research", facts("Medical Sales Representative")).text;
    expect(text).toMatch(/For Helvora Pharma/);
    expect(text).not.toMatch(/engineering/);
    expect(text).toMatch(/what it sells/);
  });

  it("a software role still hears about engineering posts", () => {
    expect(adviceWords("company_research", facts("Backend Engineer")).text).toMatch(/engineering posts/);
  });
});
