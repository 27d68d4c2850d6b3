import { describe, expect, it } from "vitest";
import type { ApplicationFacts } from "../../data/repositories/application-records.ts";
import { analyticsOfFacts, median, weekStart } from "./analytics.ts";

let n = 0;
const fact = (f: Partial<ApplicationFacts>): ApplicationFacts => ({
  id: `a${n++}`,
  status: "applied",
  appliedOn: "2026-11-02",
  source: null,
  furthestStatus: "applied",
  firstResponseOn: null,
  analysisReadiness: null,
  analysisVerdict: null,
  ...f,
});

const options = { today: "2026-11-22", followUpDays: 7 };

describe("computeAnalytics", () => {
  const facts: ApplicationFacts[] = [
    fact({ status: "saved", appliedOn: null, furthestStatus: "saved" }),
    // Silent for 20 days.
    fact({ appliedOn: "2026-11-02" }),
    // Applied 3 days ago: still inside the waiting window.
    fact({ appliedOn: "2026-11-19" }),
    // Interviewed then rejected: counts as interviewed, answered after 4 days.
    fact({
      status: "rejected",
      appliedOn: "2026-11-03",
      furthestStatus: "technical_interview",
      firstResponseOn: "2026-11-07",
    }),
    // Rejected without an interview after 10 days.
    fact({
      status: "rejected",
      appliedOn: "2026-11-04",
      furthestStatus: "applied",
      firstResponseOn: "2026-11-14",
    }),
    // Offer after 2 days' wait for the first answer.
    fact({
      status: "offer",
      appliedOn: "2026-11-10",
      furthestStatus: "offer",
      firstResponseOn: "2026-11-12",
    }),
    fact({ status: "ghosted", appliedOn: "2026-11-01", furthestStatus: "applied" }),
  ];
  const a = analyticsOfFacts(facts, options);

  it("counts statuses, sent applications and answers", () => {
    expect(a.total).toBe(7);
    expect(a.submitted).toBe(6);
    expect(a.countsByStatus.rejected).toBe(2);
    expect(a.countsByStatus.saved).toBe(1);
    expect(a.countsByStatus.accepted).toBe(0);
    expect(a.responded).toBe(3);
    expect(a.awaitingResponse).toBe(1);
  });

  it("computes rates over sent applications", () => {
    expect(a.responseRate).toBeCloseTo(3 / 6);
    expect(a.interviewRate).toBeCloseTo(2 / 6);
    expect(a.offerRate).toBeCloseTo(1 / 6);
  });

  it("builds a funnel where a later stage implies the earlier ones", () => {
    expect(a.funnel.map((s) => [s.status, s.count])).toEqual([
      ["applied", 6],
      ["phone_screen", 2],
      ["technical_interview", 2],
      ["final_interview", 1],
      ["offer", 1],
      ["accepted", 0],
    ]);
    expect(a.funnel[1].conversionFromPrevious).toBeCloseTo(2 / 6);
    expect(a.funnel[0].conversionFromPrevious).toBeNull();
  });

  it("takes the median days to the first answer", () => {
    expect(a.medianDaysToFirstResponse).toBe(4);
  });

  it("counts applications per week with empty weeks filled in", () => {
    expect(a.applicationsPerWeek).toEqual([
      { weekStart: "2026-10-26", count: 1 },
      { weekStart: "2026-11-02", count: 3 },
      { weekStart: "2026-11-09", count: 1 },
      { weekStart: "2026-11-16", count: 1 },
    ]);
    expect(a.averagePerWeek).toBeCloseTo(1.5);
  });

  it("describes the numbers in words", () => {
    expect(a.insights[0]).toContain("6 sent, 3 answered (50%)");
    expect(a.insights.join(" ")).toContain("4 days");
  });

  it("is empty but well-formed without applications", () => {
    const empty = analyticsOfFacts([], options);
    expect(empty.responseRate).toBeNull();
    expect(empty.medianDaysToFirstResponse).toBeNull();
    expect(empty.applicationsPerWeek).toEqual([]);
    expect(empty.insights[0]).toMatch(/No applications/);
  });
});

describe("what distinguishes answered applications", () => {
  it("states a difference only when both groups are big enough", () => {
    const facts = [
      ...Array.from({ length: 4 }, () =>
        fact({
          source: "Referral",
          firstResponseOn: "2026-11-05",
          status: "phone_screen",
          furthestStatus: "phone_screen",
          analysisReadiness: 80,
          analysisVerdict: "FIT",
        }),
      ),
      ...Array.from({ length: 6 }, () =>
        fact({ source: "LinkedIn", analysisReadiness: 40, analysisVerdict: "UNFIT" }),
      ),
      fact({
        source: "LinkedIn",
        firstResponseOn: "2026-11-05",
        status: "rejected",
        analysisReadiness: 45,
        analysisVerdict: "UNFIT",
      }),
    ];
    const a = analyticsOfFacts(facts, options);
    const source = a.factors.find((f) => f.factor === "source")!;
    expect(source.groups).toEqual([
      { label: "linkedin", submitted: 7, responded: 1, responseRate: 1 / 7 },
      { label: "referral", submitted: 4, responded: 4, responseRate: 1 },
    ]);
    expect(source.finding).toMatch(/"referral" got answers 100% \(4\/4\), "linkedin" 14% \(1\/7\)/);
    const readiness = a.factors.find((f) => f.factor === "analysis_readiness")!;
    expect(readiness.finding).toMatch(/readiness 70\+/);

    const few = analyticsOfFacts(facts.slice(2), options);
    expect(few.factors.find((f) => f.factor === "source")!.finding).toBeNull();
  });
});

describe("helpers", () => {
  it("finds the Monday of a week and the median", () => {
    expect(weekStart("2026-11-22")).toBe("2026-11-16");
    expect(weekStart("2026-11-16")).toBe("2026-11-16");
    expect(median([5, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
