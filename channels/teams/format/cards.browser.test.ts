/**
 * The Teams cards checked by the Adaptive Cards SDK itself (the `adaptivecards` package,
 * the renderer Microsoft ships): each card parses as version 1.5 without warnings, passes
 * `validateProperties()`, renders in headless Chromium with every button present, and is
 * screenshotted for people to look at (TEAMS_CARD_SCREENSHOTS=<dir>, default a temp dir).
 * Emoji need a colour emoji font (fonts-noto-color-emoji) to show in the screenshots.
 */
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReplyPart } from "../../../contract/conversation.ts";
import { browserUnavailableReason, launchBrowser } from "../../../test-support/browser.ts";
import { partCard } from "../../core/cards/from-parts.ts";
import { TEAMS_LIMITS } from "../adapter.ts";
import { adaptiveCard } from "./cards.ts";

const require = createRequire(import.meta.url);
const SDK = require.resolve("adaptivecards/dist/adaptivecards.min.js");
const CSS = require.resolve("adaptivecards/dist/adaptivecards.css");
// Teams renders TextBlock markdown itself; the JS renderer does it with markdown-it when present.
const MARKDOWN = require.resolve("markdown-it/dist/markdown-it.min.js");
const OUT = process.env.TEAMS_CARD_SCREENSHOTS ?? path.join(tmpdir(), "careercraft-teams-cards");
const ROADMAP = "0b7e9c1e-3f7a-4c55-9d7e-1a2b3c4d5e6f";

const parts: Record<string, ReplyPart> = {
  "score-card": {
    type: "scoreCard",
    jobTitle: "Data Engineer",
    verdict: "UNFIT",
    confidence: 0.72,
    scores: [
      { key: "skills", label: "Skills", value: 58, explanation: "" },
      { key: "experience", label: "Experience", value: 71, explanation: "" },
      { key: "education", label: "Education", value: 90, explanation: "" },
      { key: "seniority", label: "Seniority", value: null, explanation: "" },
    ] as never,
  },
  gaps: {
    type: "gapList",
    gaps: [
      {
        skill: "Apache Kafka",
        kind: "required",
        severity: "critical",
        priority: 1,
        reason: "named in 4 of 5 postings",
      },
      {
        skill: "Airflow",
        kind: "required",
        severity: "high",
        priority: 2,
        reason: "orchestration is the core of the job",
      },
      {
        skill: "dbt",
        kind: "preferred",
        severity: "medium",
        priority: 3,
        reason: "asked for by most analytics teams",
      },
    ],
  },
  roadmap: {
    type: "roadmap",
    roadmapId: ROADMAP,
    title: "Roadmap to Data Engineer",
    weeks: [1, 2].map((week) => ({
      week,
      title: week === 1 ? "Streaming basics" : "Orchestration",
      hours: 8,
      items: [
        {
          id: `kafka-${week}`,
          text: "Kafka quickstart",
          done: week === 1,
          url: "https://kafka.apache.org/quickstart",
        },
        { id: `project-${week}`, text: "Build a small pipeline and document it", done: false },
      ],
      checkpoint: "Explain partitions and consumer groups",
    })),
  },
  questions: {
    type: "list",
    title: "Interview questions",
    items: ["How would you make a daily batch job idempotent?", "When is a streaming pipeline worth it?"].map(
      (text, i) => ({
        text,
        detail: "data engineering",
        id: `q-${i}`,
        actions: [{ label: "Bookmark", action: { type: "bookmark_question", questionId: `q-${i}` } }],
      }),
    ),
  },
};

const reason = browserUnavailableReason();
let browser: Browser;

beforeAll(async () => {
  if (reason) return;
  mkdirSync(OUT, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function check(json: unknown) {
  const page = await browser.newPage();
  try {
    await page.addScriptTag({ path: SDK });
    return await page.evaluate((payload) => {
      // biome-ignore lint/suspicious/noExplicitAny: the SDK's UMD global in the page
      const AC = (window as any).AdaptiveCards;
      const card = new AC.AdaptiveCard();
      const context = new AC.SerializationContext();
      card.parse(payload, context);
      const events: string[] = [];
      for (let i = 0; i < context.eventCount; i++) events.push(context.getEventAt(i).message);
      return [
        ...events,
        ...card.validateProperties().validationEvents.map((x: { message: string }) => x.message),
      ];
    }, json);
  } finally {
    await page.close();
  }
}

describe.skipIf(reason !== undefined)("Teams Adaptive Cards", () => {
  it("the SDK's checks catch a broken card (an unknown element, an action without its data)", async () => {
    const problems = await check({
      type: "AdaptiveCard",
      version: "1.5",
      body: [{ type: "Fancy", text: "x" }, { type: "FactSet" }],
      actions: [{ type: "Action.OpenUrl", title: "Go" }],
    });
    expect(problems.length).toBeGreaterThan(0);
  });

  it.each(Object.keys(parts))("%s: valid 1.5, renders with its buttons, screenshotted", async (name) => {
    const card = partCard(parts[name]!, TEAMS_LIMITS);
    expect(card).toBeDefined();
    const json = adaptiveCard(card!, "29:owner");
    const page = await browser.newPage({ viewport: { width: 520, height: 200 } });
    try {
      await page.addStyleTag({ path: CSS });
      await page.addScriptTag({ path: MARKDOWN });
      await page.addScriptTag({ path: SDK });
      const result = await page.evaluate((payload) => {
        // biome-ignore lint/suspicious/noExplicitAny: the SDK's UMD global in the page
        const AC = (window as any).AdaptiveCards;
        const card = new AC.AdaptiveCard();
        const context = new AC.SerializationContext();
        card.parse(payload, context);
        const events: string[] = [];
        for (let i = 0; i < context.eventCount; i++) events.push(context.getEventAt(i).message);
        const issues = card.validateProperties().validationEvents.map((x: { message: string }) => x.message);
        const root = document.createElement("div");
        root.style.cssText = "width:480px;padding:12px;font-family:sans-serif;background:#fff";
        root.appendChild(card.render());
        document.body.appendChild(root);
        return {
          version: card.version.toString(),
          events,
          issues,
          buttons: [...root.querySelectorAll("button")].map((b) => b.textContent?.trim() ?? ""),
          height: root.getBoundingClientRect().height,
        };
      }, json);
      expect(result.events).toEqual([]);
      expect(result.issues).toEqual([]);
      expect(result.version).toBe("1.5");
      const expected = card!.elements.flatMap((e) =>
        e.kind === "row" && e.button ? [e.button] : e.kind === "buttons" ? e.buttons : [],
      );
      expect(result.buttons).toEqual(expected.map((b) => b.label));
      await page.setViewportSize({ width: 520, height: Math.ceil(result.height) + 30 });
      await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
    } finally {
      await page.close();
    }
  });
});
