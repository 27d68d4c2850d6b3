/**
 * A deterministic stand-in for the conversation core, for channel tests that are about
 * the channel (framing, auth, limits, disconnects), not the agent. It emits the same
 * event shapes the real agent does: progress, text deltas, and reply parts including a
 * score card with all 11 scores, gaps, a roadmap and quick replies.
 */
import type {
  Converse,
  Identity,
  Inbound,
  ReplyEvent,
  RoadmapPart,
  ScoreCardPart,
} from "../contract/conversation.ts";
import { CareerCraftError } from "../data/errors.ts";

export interface ScriptedConverseLog {
  turns: { identity: Identity; threadId: string; inbound: Inbound }[];
  aborted: number;
  finished: number;
}

const SCORE_LABELS: [ScoreCardPart["scores"][number]["key"], string, number | null][] = [
  ["skills", "Skills", 72],
  ["experience", "Experience", 64],
  ["education", "Education", 80],
  ["cultureFit", "Culture fit", 55],
  ["location", "Location", 100],
  ["salary", "Salary", null],
  ["technicalSkills", "Technical skills", 70],
  ["softSkills", "Soft skills", 48],
  ["domainKnowledge", "Domain knowledge", 38],
  ["readiness", "Readiness", 61],
  ["confidence", "Confidence", 77],
];

export const SCRIPTED_SCORE_CARD: ScoreCardPart = {
  type: "scoreCard",
  analysisId: "an_1",
  jobTitle: "Backend Engineer",
  verdict: "FIT",
  confidence: 0.77,
  scores: SCORE_LABELS.map(([key, label, value]) => ({
    key,
    label,
    value,
    explanation:
      value === null
        ? "The posting names no salary, so this is not scored."
        : `${label} scored ${value} from your profile.`,
  })),
};

export function scriptedRoadmap(doneItems: Set<string>): RoadmapPart {
  const item = (id: string, text: string) => ({ id, text, done: doneItems.has(id) });
  return {
    type: "roadmap",
    roadmapId: "rm_1",
    title: "4-week plan to Backend Engineer",
    weeks: [
      {
        week: 1,
        title: "Docker basics",
        hours: 5,
        items: [item("w1a", "Docker fundamentals course"), item("w1b", "Containerise a small API")],
        checkpoint: "A running container",
      },
      {
        week: 2,
        title: "Kubernetes",
        hours: 5,
        items: [item("w2a", "Kubernetes tutorial"), item("w2b", "Deploy to a local cluster")],
      },
      { week: 3, title: "System design", hours: 5, items: [item("w3a", "Read about caching")] },
      { week: 4, title: "Portfolio", hours: 5, items: [item("w4a", "Write a project README")] },
    ],
  };
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });

export function createScriptedConverse(options: { deltaDelayMs?: number } = {}): {
  converse: Converse;
  log: ScriptedConverseLog;
} {
  const log: ScriptedConverseLog = { turns: [], aborted: 0, finished: 0 };
  const done = new Map<string, Set<string>>();
  const delay = options.deltaDelayMs ?? 5;

  const converse: Converse = (identity, threadId, inbound, opts) => {
    log.turns.push({ identity, threadId, inbound });
    const signal = opts?.signal;
    const doneItems = done.get(threadId) ?? new Set<string>();
    done.set(threadId, doneItems);

    async function* words(text: string): AsyncGenerator<ReplyEvent> {
      for (const word of text.split(/(?<= )/)) {
        if (delay > 0) await sleep(delay, signal);
        yield { type: "text_delta", text: word };
      }
    }

    async function* run(): AsyncGenerator<ReplyEvent> {
      const text = inbound.text.toLowerCase();
      try {
        if (text.includes("fail please"))
          throw new CareerCraftError("provider", "The model provider is unavailable right now.");
        if (inbound.attachments.length > 0) {
          const file = inbound.attachments[0]!;
          yield { type: "progress", stage: "resume", message: `Reading ${file.filename}…` };
          yield* words(
            `I read ${file.filename} (${file.bytes.length} bytes, ${file.mimeType}). Found 12 skills and 3 jobs.`,
          );
        } else if (text.includes("slow")) {
          for (let i = 0; i < 400 && !signal?.aborted; i++) {
            await sleep(25, signal);
            if (signal?.aborted) break;
            yield { type: "text_delta", text: `${i} ` };
          }
        } else if (inbound.action?.type === "roadmap_item") {
          // Buttons carry ids: the item is found by its id, never by its text.
          const { itemId } = inbound.action;
          const item = scriptedRoadmap(doneItems)
            .weeks.flatMap((w) => w.items)
            .find((i) => i.id === itemId);
          if (item) doneItems.add(item.id);
          yield* words(item ? `Nice work! Marked "${item.text}" as done.` : "I can't find that item.");
          yield { type: "part", part: scriptedRoadmap(doneItems) };
        } else if (inbound.action?.type === "bookmark_question") {
          yield* words(`Saved question ${inbound.action.questionId} to your bookmarks.`);
        } else if (text.includes("interview questions")) {
          yield* words("Two questions to practise.");
          yield {
            type: "part",
            part: {
              type: "list",
              title: "Interview questions",
              items: ["q_1", "q_2"].map((id, i) => ({
                id,
                text: i === 0 ? "Tell me about a time you scaled a service." : "How do you test an API?",
                actions: [
                  { label: "Bookmark", action: { type: "bookmark_question" as const, questionId: id } },
                ],
              })),
            },
          };
        } else if (text.includes("chart")) {
          // Markup in replies and charts must stay inert: the widget shows it, never runs it.
          yield* words(
            'Here is <img src=x onerror="window.__pwned=1"> your funnel, see [the guide](javascript:alert(1)).',
          );
          const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><script>window.__pwned=2</script><rect width="120" height="20" fill="#4f46e5"/><text x="4" y="45">Applied 12</text></svg>`;
          yield {
            type: "part",
            part: {
              type: "chart",
              title: "Application funnel",
              svg,
              alt: "Applied 12, interviews 3, offers 1",
            },
          };
          yield {
            type: "part",
            part: {
              type: "list",
              title: "Applications",
              items: [
                { text: "Acme — Backend Engineer", detail: "applied", url: "https://example.com/jobs/1" },
              ],
            },
          };
          yield {
            type: "part",
            part: {
              type: "file",
              filename: "careercraft-export.json",
              mimeType: "application/json",
              content: Buffer.from('{"ok":true}').toString("base64"),
            },
          };
        } else if (text.includes("roadmap")) {
          yield* words("Here is a 4-week plan.");
          yield { type: "part", part: scriptedRoadmap(doneItems) };
        } else if (text.includes("job")) {
          yield {
            type: "progress",
            stage: "analysis",
            message: "Comparing your profile with the job…",
            metrics: { step: 1, of: 2 },
          };
          yield { type: "tool_call", name: "analyze_fit", args: {} };
          yield {
            type: "progress",
            stage: "analysis",
            message: "Scoring 11 dimensions…",
            metrics: { step: 2, of: 2 },
          };
          yield* words("You are a **FIT** for Backend Engineer.");
          yield { type: "part", part: SCRIPTED_SCORE_CARD };
          yield {
            type: "part",
            part: {
              type: "gapList",
              gaps: [
                {
                  skill: "Kubernetes",
                  kind: "required",
                  severity: "critical",
                  priority: 1,
                  reason: "Required, not in your profile.",
                },
                {
                  skill: "GraphQL",
                  kind: "preferred",
                  severity: "low",
                  priority: 3,
                  reason: "Nice to have.",
                },
                {
                  skill: "Terraform",
                  kind: "required",
                  severity: "high",
                  priority: 2,
                  reason: "Required; you know a related tool.",
                },
              ],
            },
          };
          yield {
            type: "part",
            part: {
              type: "quickReplies",
              options: [
                { id: "make-roadmap", label: "Make a roadmap", text: "Make me a roadmap" },
                { id: "why", label: "Why?", text: "Why am I fit?" },
              ],
            },
          };
        } else {
          yield* words("Hello! I can read your resume, compare you with a job, and plan a roadmap.");
        }
        yield { type: "turn_end" };
      } finally {
        if (signal?.aborted) log.aborted++;
        else log.finished++;
      }
    }
    return run();
  };
  return { converse, log };
}
