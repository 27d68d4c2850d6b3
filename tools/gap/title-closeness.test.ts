import { describe, expect, it } from "vitest";
import { shippedEmbedder } from "./evidence.ts";
import { heldTitleWeights, titleCloseness, titleWordCoverage } from "./title-closeness.ts";

describe("title closeness", () => {
  it("reads a shared trade as close and a shared rank word as not", () => {
    expect(titleWordCoverage("QA Engineer", "Senior QA Manager")).toBeGreaterThan(0.7);
    expect(titleWordCoverage("Quality Assurance Analyst", "QA Manager")).toBeGreaterThan(0.7);
    expect(titleWordCoverage("Network Manager", "QA Manager")).toBe(0);
    expect(titleWordCoverage("Operations Manager", "Operations Center Shift Manager")).toBeGreaterThan(0.85);
    // The job title as a phrase of the held title beats its words scattered through it.
    expect(titleWordCoverage("Project Manager", "Operations Project Manager")).toBe(1);
    expect(titleWordCoverage("Operations Manager", "Operations Project Manager")).toBeLessThan(1);
  });

  it("ranks the trade the person held above a title that only shares 'manager'", () => {
    // The embedder alone put "Network Manager" closer to "QA Manager" than any QA title.
    const embedder = shippedEmbedder();
    const qa = titleCloseness(embedder, ["Software Tester", "QA Engineer"], ["Test Manager", "QA Manager"]);
    const network = titleCloseness(embedder, ["Network Administrator", "Network Manager"], ["QA Manager"]);
    expect(qa).toBeGreaterThan(network);
  });

  it("weighs every held title by how long and how lately it was held, not only the closest", () => {
    // Four recent QA roles and one short project-management role years before them: the
    // person is a QA engineer, though their closest title to "Project Manager" is very close.
    const embedder = shippedEmbedder();
    const held = [
      { title: "Senior QA Engineer", start: "2019-03", current: true },
      { title: "QA Lead", start: "2017-01", end: "2019-02" },
      { title: "Software Test Engineer", start: "2014-06", end: "2016-12" },
      { title: "QA Analyst", start: "2012-05", end: "2014-05" },
      { title: "Test / Project Management", start: "2010-01", end: "2012-04" },
    ];
    const qa = titleCloseness(embedder, ["QA Engineer", "Software Tester"], held);
    const project = titleCloseness(embedder, ["Project Manager"], held);
    expect(qa).toBeGreaterThan(project + 0.1);
    // One title held, or the same title everywhere: the closeness of that title.
    expect(titleCloseness(embedder, ["Project Manager"], [{ title: "Project Manager", start: "2010" }])).toBe(
      1,
    );
  });

  it("counts a recent long role above an old short one", () => {
    const w = heldTitleWeights([
      { title: "A", start: "2016-01", end: "2023-12" },
      { title: "B", start: "2012-01", end: "2013-01" },
      "Headline",
    ]);
    expect(w[0]).toBeGreaterThan(5 * w[1]!);
    expect(w[2]).toBe(w[0]);
    // "Now" is the profile's latest date when given (a current role without a title included);
    // the same title again without dates is the dated role read twice.
    const asOf = 2026 * 12;
    const later = heldTitleWeights([{ title: "A", start: "2016-01", end: "2023-12" }, { title: "A" }], asOf);
    expect(later[0]).toBeLessThan(w[0]!);
    expect(later[1]).toBe(0);
  });

  it("is 0 without a title on either side", () => {
    expect(titleCloseness(shippedEmbedder(), [], ["Teacher"])).toBe(0);
    expect(titleCloseness(shippedEmbedder(), ["Teacher"], [])).toBe(0);
  });
});
