/**
 * Reply parts as neutral cards, sized to a platform's limits: the score card, the gap
 * list, the roadmap with a button per item (ticks it by id), lists with their item
 * buttons (bookmark a question, answer a reminder) and quick replies. Charts and files
 * are not cards: the kit uploads them (reply/writer.ts).
 */
import type {
  ActionButton,
  GapListPart,
  InboundAction,
  ListPart,
  QuickRepliesPart,
  ReplyPart,
  RoadmapPart,
  ScoreCardPart,
} from "../../../contract/conversation.ts";
import type { PlatformLimits } from "../adapter.ts";
import { encodeAction } from "./actions.ts";
import type { Card, CardButton, CardElement } from "./card.ts";

export type CardLimits = Pick<
  PlatformLimits,
  "maxButtons" | "maxElementChars" | "maxButtonLabel" | "maxActionChars"
>;

/** Weeks drawn in full; later weeks are summarised (the web widget folds them the same way). */
const VISIBLE_WEEKS = 4;
const MAX_GAPS = 8;
const MAX_LIST_ITEMS = 15;

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

function button(
  label: string,
  action: InboundAction,
  limits: CardLimits,
  style?: CardButton["style"],
): CardButton | undefined {
  const value = encodeAction(action);
  // A button whose ids cannot fit the platform's field is left off rather than cut (a cut id is wrong).
  if (value.length > limits.maxActionChars) return undefined;
  return { label: clip(label, limits.maxButtonLabel), action, value, ...(style ? { style } : {}) };
}

/** Ten blocks for a 0..100 score: readable in any client, no images needed. */
export function bar(value: number): string {
  const filled = Math.round(Math.max(0, Math.min(100, value)) / 10);
  return "▰".repeat(filled) + "▱".repeat(10 - filled);
}

/**
 * What an unscored score lacks, from its explanation ("Not enough data: you have not said what
 * you value in a workplace."): the card says it, not a bare "n/a (not enough data)" that leaves
 * the person guessing which side is missing.
 */
function whatIsMissing(explanation: string): string {
  const reason = explanation.replace(/^\s*(?:not enough data|not scored)\s*:?\s*/i, "").trim();
  const first = reason.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? reason;
  return first.replace(/[.!?]$/, "") || "not enough data";
}

export function scoreCardCard(part: ScoreCardPart, limits: CardLimits): Card {
  const confidence = Math.round(Math.max(0, Math.min(1, part.confidence)) * 100);
  const title = `${part.verdict === "FIT" ? "FIT" : "UNFIT"}${part.jobTitle ? ` for ${part.jobTitle}` : ""}`;
  return {
    fallback: `${title} (confidence ${confidence}%)`,
    title,
    subtitle: `Confidence ${confidence}%`,
    tone: part.verdict === "FIT" ? "good" : "bad",
    elements: [
      {
        kind: "fields",
        fields: part.scores.map((s) => ({
          label: s.label,
          value:
            typeof s.value === "number"
              ? `${bar(s.value)} ${Math.round(s.value)}`
              : clip(`n/a — ${whatIsMissing(s.explanation)}`, limits.maxElementChars),
        })),
      },
      {
        kind: "note",
        text: clip('Ask "why?" or "explain my skills score" for the evidence.', limits.maxElementChars),
      },
    ],
  };
}

const SEVERITY_MARK = { critical: "🔴", high: "🟠", medium: "🟡", low: "⚪" } as const;

export function gapListCard(part: GapListPart, limits: CardLimits): Card {
  const gaps = [...part.gaps].sort((a, b) => a.priority - b.priority);
  const shown = gaps.slice(0, MAX_GAPS);
  const elements: CardElement[] = shown.map((g) => ({
    kind: "row",
    text: clip(
      `${SEVERITY_MARK[g.severity]} **${g.skill}** (${g.kind}, ${g.severity}) — ${g.reason}`,
      limits.maxElementChars,
    ),
  }));
  if (gaps.length > shown.length)
    elements.push({ kind: "note", text: `${gaps.length - shown.length} smaller gaps not shown.` });
  return {
    fallback: `Gaps to close: ${gaps.map((g) => g.skill).join(", ")}`,
    title: gaps.length ? `Gaps to close (${gaps.length})` : "No gaps found",
    elements: elements.length ? elements : [{ kind: "text", text: "Nothing is missing for this job." }],
  };
}

/**
 * The weeks a card draws in full: all of a short plan; of a long one, VISIBLE_WEEKS from the
 * week the reply is about (`focusWeek`, else the first), the weeks before and after folded.
 * "show week 2" answered "Week 2 of 8" over a card of weeks 1-4 (a new user's trial, issue 12).
 */
export function weekWindow<W extends { week: number }>(part: {
  weeks: W[];
  focusWeek?: number;
}): { before: W[]; shown: W[]; after: W[] } {
  if (part.weeks.length <= VISIBLE_WEEKS + 2) return { before: [], shown: part.weeks, after: [] };
  const at = part.weeks.findIndex((w) => w.week === part.focusWeek);
  const start = Math.max(0, Math.min(at, part.weeks.length - VISIBLE_WEEKS));
  return {
    before: part.weeks.slice(0, start),
    shown: part.weeks.slice(start, start + VISIBLE_WEEKS),
    after: part.weeks.slice(start + VISIBLE_WEEKS),
  };
}

export function roadmapCard(part: RoadmapPart, limits: CardLimits): Card {
  const items = part.weeks.flatMap((w) => w.items);
  const done = items.filter((i) => i.done).length;
  const { before, shown, after } = weekWindow(part);
  let buttons = 0;
  const elements: CardElement[] = [
    {
      kind: "text",
      text: `${bar(items.length ? (done / items.length) * 100 : 0)} ${done} of ${items.length} done`,
    },
  ];
  const folded = (weeks: typeof part.weeks, hint: string) =>
    weeks.length
      ? [
          {
            kind: "note" as const,
            text: clip(
              `Weeks ${weeks[0]!.week}–${weeks.at(-1)!.week}: ${weeks.map((w) => w.title).join("; ")}. ${hint}`,
              limits.maxElementChars,
            ),
          },
        ]
      : [];
  elements.push(...folded(before, 'Say "show week 1" to see them.'));
  for (const week of shown) {
    elements.push({ kind: "divider" });
    elements.push({
      kind: "text",
      text: clip(`**Week ${week.week}** — ${week.title} · ${week.hours} h`, limits.maxElementChars),
    });
    for (const item of week.items) {
      const label = item.url ? `[${item.text}](${item.url})` : item.text;
      const text = clip(`${item.done ? "✅" : "⬜"} ${label}`, limits.maxElementChars);
      const press =
        part.roadmapId && buttons < limits.maxButtons
          ? button(
              item.done ? "Undo" : "Done",
              { type: "roadmap_item", roadmapId: part.roadmapId, itemId: item.id, done: !item.done },
              limits,
              item.done ? undefined : "primary",
            )
          : undefined;
      if (press) buttons++;
      elements.push({ kind: "row", text, ...(press ? { button: press } : {}) });
    }
    if (week.checkpoint)
      elements.push({ kind: "note", text: clip(`Checkpoint: ${week.checkpoint}`, limits.maxElementChars) });
  }
  elements.push(...folded(after, 'Say "show my roadmap" later to tick them.'));
  if (items.length > 0 && buttons < items.length && buttons >= limits.maxButtons)
    elements.push({
      kind: "note",
      text: 'More items than buttons fit here: say "finished week 3" to tick a whole week.',
    });
  return {
    fallback: `${part.title}: ${done} of ${items.length} done`,
    title: part.title,
    subtitle: `${part.weeks.length} weeks · ${done} of ${items.length} done`,
    elements,
  };
}

export function listCard(part: ListPart, limits: CardLimits): Card {
  let buttons = 0;
  const items = part.items.slice(0, MAX_LIST_ITEMS);
  const elements: CardElement[] = items.map((item) => {
    const label = item.url ? `[${item.text}](${item.url})` : item.text;
    const text = clip(item.detail ? `${label} — _${item.detail}_` : label, limits.maxElementChars);
    const first = item.actions?.[0];
    const press =
      first && buttons < limits.maxButtons
        ? button(first.label, first.action, limits, first.style)
        : undefined;
    if (press) buttons++;
    return { kind: "row", text, ...(press ? { button: press } : {}) };
  });
  // A list of one item with several answers (a reminder) shows them all as a row of buttons.
  if (part.items.length === 1 && (part.items[0]!.actions?.length ?? 0) > 1) {
    const all = actionButtons(part.items[0]!.actions!, limits);
    elements[0] = { kind: "row", text: (elements[0] as { text: string }).text };
    if (all.length) elements.push({ kind: "buttons", buttons: all });
  }
  if (part.items.length > items.length)
    elements.push({ kind: "note", text: `${part.items.length - items.length} more not shown.` });
  return {
    fallback: `${part.title ? `${part.title}: ` : ""}${part.items.map((i) => i.text).join("; ")}`.slice(
      0,
      300,
    ),
    ...(part.title ? { title: part.title } : {}),
    elements,
  };
}

function actionButtons(actions: ActionButton[], limits: CardLimits): CardButton[] {
  return actions
    .slice(0, limits.maxButtons)
    .map((a) => button(a.label, a.action, limits, a.style))
    .filter((b): b is CardButton => b !== undefined);
}

/**
 * Quick replies as buttons. A chip that starts a sentence for the person to finish
 * ("I want to be a ") cannot fill a chat box: it becomes a hint instead.
 */
export function quickRepliesCard(part: QuickRepliesPart, limits: CardLimits): Card | undefined {
  const sendable = part.options.filter((o) => !/\s$/.test(o.text));
  const starters = part.options.filter((o) => /\s$/.test(o.text));
  const buttons = sendable
    .slice(0, limits.maxButtons)
    .map((o) =>
      button(o.label, { type: "quick_reply", replyId: o.id ?? slug(o.label), text: o.text }, limits),
    )
    .filter((b): b is CardButton => b !== undefined);
  const elements: CardElement[] = [];
  if (buttons.length) elements.push({ kind: "buttons", buttons });
  if (starters.length)
    elements.push({
      kind: "note",
      text: `Or type: ${starters.map((o) => `"${o.text.trim()} …"`).join(", ")}`,
    });
  if (!elements.length) return undefined;
  return { fallback: `Suggestions: ${part.options.map((o) => o.label).join(", ")}`, elements };
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40) || "reply";

/** The card for a part, or undefined for parts that are uploaded (charts, files) or plain text. */
export function partCard(part: ReplyPart, limits: CardLimits): Card | undefined {
  switch (part.type) {
    case "scoreCard":
      return scoreCardCard(part, limits);
    case "gapList":
      return gapListCard(part, limits);
    case "roadmap":
      return roadmapCard(part, limits);
    case "list":
      return listCard(part, limits);
    case "quickReplies":
      return quickRepliesCard(part, limits);
    case "text":
    case "chart":
    case "file":
      return undefined;
  }
}
