import { describe, expect, it } from "vitest";
import { extractSkills } from "./extract.ts";

const ids = (text: string) => extractSkills(text).map((s) => s.id);

/**
 * trial13 (finding 14): "Built a REST API in Go" followed by more of the sentence gave no Go, because
 * "go for" / "go from" read the name as the verb. After "in", "with" or "using" the name is the
 * object of the preposition, a noun: the language. Content words after it still make the
 * ordinary phrase ("go live", "go to market").
 */
describe("a name that is also a word, as the object of a preposition", () => {
  it("reads the language when the sentence goes on after it", () => {
    expect(ids("Wrote a small billing API in Go for the warehouse crew")).toContain("go");
    expect(ids("Rebuilt the ticket importer in Go from the old Perl scripts")).toContain("go");
    expect(ids("Put together the stock dashboard in Excel for the store managers")).toContain("excel");
  });

  it("keeps the ordinary phrases", () => {
    expect(ids("Always ready to go for the extra mile when a client calls")).not.toContain("go");
    expect(ids("Supported the finance team in Go Live activities for the new ledger")).not.toContain("go");
    expect(ids("Took part in Go To Market planning for two product launches")).not.toContain("go");
    expect(ids("Helped the interns excel in their first review cycle")).not.toContain("excel");
  });
});
