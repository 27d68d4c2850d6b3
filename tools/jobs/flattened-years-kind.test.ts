/**
 * Issue 13: a requirements list flattened into one line kept one "is an advantage" or "is a
 * plus" of a later bullet for every bullet before it, so "3+ years … preferably with <a
 * database>" was stored as a preferred years ask and the job asked no years (the gap side then
 * fell back to the typical years of the title). Each flattened bullet now carries its own
 * cue. The ads are written for this test, in several fields' wording.
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { extractSkills } from "../skills/extract.ts";
import { parseJobPosting } from "./parse.ts";

const parse = (text: string) =>
  parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }), getTaxonomy());

/** A title, a duty line and the asks run together on one line, as a scraped ad loses its bullets. */
const ad = (title: string, asks: string) =>
  [title, "", "What you will do", "Run the daily work of the team.", "", "Your profile", asks].join("\n");

const yearsAsk = (text: string) => parse(text).experience.find((e) => e.minYears > 0);

describe("years asked in a flattened list keep their own kind", () => {
  it("software: the years are required; only the database detail and the later bullet are wished for", () => {
    const job = parse(
      ad(
        "Backend Developer",
        "Degree in computer science or a related field 4+ years of experience as a backend developer preferably with PostgreSQL Experience running services on Kubernetes is an advantage Good Excel skills for reporting",
      ),
    );
    const years = job.experience.find((e) => e.minYears === 4);
    expect(years?.kind).toBe("required");
    // Its own bullet, not the ones after it.
    expect(years?.evidence).not.toMatch(/Kubernetes|Excel/);
    expect(job.skills.find((s) => s.skillId === "kubernetes")?.kind).toBe("preferred");
    expect(job.skills.find((s) => /excel/.test(s.skillId))?.kind).toBe("required");
    // Years of backend work are not years of Excel.
    expect(job.skills.find((s) => /excel/.test(s.skillId))?.minYears).toBeUndefined();
  });

  it("nursing: two years of acute care are required though a charting system is a plus", () => {
    const years = yearsAsk(
      ad(
        "Staff Nurse",
        "Current registration as a nurse with 2+ years of acute care experience ideally in an intensive care unit Experience charting in Epic is a plus Calm and kind under pressure",
      ),
    );
    expect(years).toMatchObject({ minYears: 2, kind: "required" });
  });

  it("trades: five years as an electrician are required though PLC work is desirable", () => {
    const years = yearsAsk(
      ad(
        "Maintenance Electrician",
        "Time-served electrician with at least 5 years of commercial experience preferably in food factories Knowledge of PLC fault finding is desirable Happy to work on a shift rota",
      ),
    );
    expect(years).toMatchObject({ minYears: 5, kind: "required" });
  });

  it("sales: three years of B2B selling are required though a CRM is nice to have", () => {
    const years = yearsAsk(
      ad(
        "Account Executive",
        "Proven closer with 3+ years in B2B sales ideally within freight or logistics Working knowledge of Salesforce would be nice to have Own car and willingness to travel",
      ),
    );
    expect(years).toMatchObject({ minYears: 3, kind: "required" });
  });

  it("a years ask wished for in its own bullet stays preferred", () => {
    expect(
      yearsAsk(
        ad(
          "Teaching Assistant",
          "Warm and patient with children of all ages Ideally 2 years of experience supporting pupils with special needs Level 3 qualification in supporting teaching and learning",
        ),
      )?.kind,
    ).toBe("preferred");
    expect(
      yearsAsk(ad("HR Advisor", "3-5 years of HR experience, ideally in a warehouse business, is a plus."))
        ?.kind,
    ).toBe("preferred");
  });
});
