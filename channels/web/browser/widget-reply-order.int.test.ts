/**
 * Trial (issue 12): in the widget the score card and the gap list of an analysis showed
 * ABOVE the sentence that introduces them. The offline planner's words come after its
 * tools, and the widget drew each event where it arrived. A reply reads in order now: its
 * words first, the cards they introduce below, the quick replies last (as a reload shows it).
 */
import { describe, expect, it } from "vitest";
import { browserUnavailableReason } from "../../../test-support/browser.ts";
import { textPdf } from "../../../test-support/text-pdf.ts";
import { openWidgetOnHost, realAgentWidgetPerSuite } from "./real-agent-widget.ts";
import { openWidget, sendMessage, waitForTurnEnd, widget } from "./widget-driver.ts";

const unavailable = browserUnavailableReason();
// Invented for this test: a short resume of a school teacher.
const RESUME = [
  "Marta Lindqvist",
  "marta.lindqvist@example.com | Uppsala, Sweden",
  "Skills",
  "Curriculum design, Google Classroom, lesson planning, Microsoft Excel",
  "Experience",
  "Science Teacher, Norra Gymnasiet, 2016 - 2025",
  "Planned units for 120 students a year and built online quizzes in Google Classroom",
  "Education",
  "M.Ed. Science Education, Uppsala University, 2016",
];

/** What the last reply shows, top to bottom: "text" for words, else the card's class. */
const lastReplyOrder = (page: Parameters<typeof widget>[0]) =>
  page.evaluate(() => {
    const log = document.querySelector("careercraft-widget")!.shadowRoot!.querySelector(".log")!;
    const all = [...log.children];
    const lastUser = all.map((e) => e.classList.contains("user")).lastIndexOf(true);
    return all.slice(lastUser + 1).map((e) => {
      if (e.classList.contains("msg")) return "text";
      if (e.querySelector(".score-card")) return "scoreCard";
      if (e.querySelector(".gaps")) return "gapList";
      if (e.classList.contains("chips")) return "chips";
      return e.className;
    });
  });

describe.skipIf(Boolean(unavailable))("widget: a reply reads in order", () => {
  const bed = realAgentWidgetPerSuite();

  it("the analysis' words come before its score card and gap list, live and after a reload", {
    timeout: 150_000,
  }, async () => {
    const { page } = bed;
    await openWidgetOnHost(bed.app);
    await widget(page)
      .locator('input[type="file"]')
      .setInputFiles({
        name: "marta.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from(textPdf(RESUME)),
      });
    await expect.poll(() => widget(page).locator(".msg.user").last().textContent()).toContain("marta.pdf");
    await waitForTurnEnd(page, 60_000);

    await sendMessage(page, "am I a fit for instructional designer?", 60_000);
    const live = await lastReplyOrder(page);
    expect(live).toContain("scoreCard");
    expect(live[0]).toBe("text");
    expect(live.indexOf("text")).toBeLessThan(live.indexOf("scoreCard"));
    expect(live.lastIndexOf("text")).toBeLessThan(live.indexOf("scoreCard"));
    if (live.includes("chips")) expect(live.at(-1)).toBe("chips");

    await page.reload();
    await openWidget(page);
    await expect.poll(() => widget(page).locator(".score-card").count()).toBeGreaterThan(0);
    const replayed = (await lastReplyOrder(page)).filter((k) => k !== "chips");
    expect(replayed).toEqual(live.filter((k) => k !== "chips"));
  });
  it("an analysis with more than ten gaps shows one row of chips: 'Show more' and the next steps together", {
    timeout: 150_000,
  }, async () => {
    const { page } = bed;
    // Written for this test: a posting asking for far more than the teacher has.
    await sendMessage(
      page,
      [
        "Senior Data Platform Engineer at Larkspur Logistics",
        "Requirements:",
        "- 5+ years of Python and Scala",
        "- Apache Kafka, Apache Spark and Apache Flink in production",
        "- Airflow, dbt and Snowflake",
        "- Docker, Kubernetes and Terraform on AWS",
        "- PostgreSQL and Redis",
        "- Prometheus and Grafana monitoring",
      ].join("\n"),
      60_000,
    );
    await sendMessage(page, "am I a fit?", 60_000);
    const order = await lastReplyOrder(page);
    expect(order.filter((k) => k === "chips")).toHaveLength(1);
    expect(order.at(-1)).toBe("chips");
    const chips = await widget(page).locator(".chips").last().locator("button").allTextContents();
    expect(chips.some((c) => /^Show more/.test(c))).toBe(true);
    expect(chips.length).toBeGreaterThan(1);
  });
});
