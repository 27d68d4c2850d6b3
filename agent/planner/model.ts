/**
 * The offline planner as a LangChain chat model: on a person's message it plans tool
 * calls (or answers directly); after the tools ran it writes the reply from their
 * results. No network, no randomness: the same conversation gives the same replies.
 */

import type { CallbackManagerForLLMRun } from "@langchain/core/callbacks/manager";
import {
  BaseChatModel,
  type BaseChatModelCallOptions,
  type BindToolsInput,
} from "@langchain/core/language_models/chat_models";
import {
  type AIMessage,
  AIMessageChunk,
  type BaseMessage,
  HumanMessage,
  ToolMessage,
} from "@langchain/core/messages";
import { ChatGenerationChunk, type ChatResult } from "@langchain/core/outputs";
import { type Focus, mergeFocus } from "../graph/focus.ts";
import type { PlannerMeta } from "../graph/model-node.ts";
import { TOOL_NAMES, type ToolName } from "../tools/schemas.ts";
import { ASK_TARGET_HINT } from "./background-words.ts";
import { joinReply, replyPieces, tidy } from "./compose.ts";
import { focusAfter } from "./dialogue.ts";
import { type AdviceSource, groundedAdvice } from "./grounded-advice.ts";
import { withPersonNames } from "./person-names.ts";
import { sayText } from "./replies-say.ts";
import { ASK_FIT_HINT, toolReply } from "./replies-tools.ts";
import { asAgentCall, savedToldBackground } from "./told-background-call.ts";
import { understand } from "./understand.ts";

export interface PlannerCallOptions extends BaseChatModelCallOptions {
  tools?: BindToolsInput[];
  focus?: Focus;
  /** Reads the facts career advice is grounded in (the person's data); without it advice stays general. */
  advice?: AdviceSource;
  /** The person's tracked companies; without it only the conversation's focus names applications. */
  trackedCompanies?: () => Promise<string[]>;
  /** The names of the person's skills; without it a removal names a skill the taxonomy knows. */
  profileSkills?: () => Promise<string[]>;
}

/** How a channel's attachment list is written into the person's message. */
export const ATTACHMENT_NOTE = /\n*\[Attached files?: (.+?) — [^\]]*\]\s*$/;

export function attachmentNote(filenames: string[]): string {
  return filenames.length
    ? `\n\n[Attached file${filenames.length > 1 ? "s" : ""}: ${filenames.join(", ")} — call read_resume with the file name to read it]`
    : "";
}

function toolName(t: BindToolsInput): string | undefined {
  const x = t as { name?: string; function?: { name?: string } };
  return x.name ?? x.function?.name;
}

function contentText(m: BaseMessage): string {
  return typeof m.content === "string"
    ? m.content
    : m.content.map((c) => (c.type === "text" ? String((c as { text?: string }).text ?? "") : "")).join("");
}

const NEXT_STEPS: Partial<Record<ToolName, PlannerMeta["quickReplies"]>> = {
  read_resume: [
    { label: "Show my skills", text: "Show my skills" },
    { label: "Set a target job", text: "I want to be a " },
  ],
  set_dream_job: [{ label: "Am I a fit?", text: "Am I a fit?" }],
  save_background: [
    { label: "Set a target job", text: "I want to be a " },
    { label: "What jobs fit me?", text: "what career paths fit me?" },
    { label: "Show my profile", text: "show my profile" },
  ],
  analyze_fit: [
    { label: "Why?", text: "Why?" },
    { label: "Make a roadmap", text: "Make me a roadmap" },
  ],
  reanalyze: [{ label: "Make a roadmap", text: "Make me a roadmap" }],
  create_roadmap: [{ label: "Finished week 1", text: "Finished week 1" }],
  practice_question: [
    { label: "Skip", text: "skip" },
    { label: "Stop", text: "stop" },
  ],
};

/** After an empty roadmap (every gap closed) the next steps are practice and applying. */
const NOTHING_TO_PLAN: PlannerMeta["quickReplies"] = [
  { label: "Practise a question", text: "Give me an interview question" },
  { label: "Track an application", text: "I applied to " },
];

/**
 * The step a tool's reply proposes, which a bare "yes, do it" / "ok run it" takes (the first
 * quick reply is not always one: after a roadmap it is a progress report, not a proposal).
 */
const PROPOSED: Partial<Record<ToolName, string>> = {
  set_dream_job: "am I a fit?",
  analyze_fit: "make me a roadmap",
  reanalyze: "make me a roadmap",
};

/**
 * "show my skills and delete it": after the list, which one to remove, its first items as
 * quick replies (each a whole request that works when tapped).
 */
function pickFromListed(
  picking: NonNullable<Focus["picking"]>,
  results: { message: ToolMessage; parsed: Record<string, unknown> }[],
): { question: string; choices: NonNullable<PlannerMeta["quickReplies"]> } | undefined {
  const listed = (tool: string, key: string, field: string) =>
    (
      (results.find((r) => r.message.name === tool)?.parsed[key] as Record<string, unknown>[] | undefined) ??
      []
    )
      .map((x) => x[field])
      .filter((v): v is string => typeof v === "string" && v.length > 0);
  const [names, question, text] =
    picking === "remove_skill"
      ? [
          listed("show_skills", "skills", "name"),
          "Which skill should I remove?",
          (n: string) => `remove ${n} from my skills`,
        ]
      : [
          listed("list_applications", "applications", "company"),
          "Which application should I delete?",
          (n: string) => `delete my ${n} application`,
        ];
  if (names.length === 0) return undefined;
  const choices = [...new Set(names)].slice(0, 4).map((n) => ({ label: n, text: text(n) }));
  return { question, choices };
}

let callCounter = 0;

export class OfflinePlanner extends BaseChatModel<PlannerCallOptions, AIMessageChunk> {
  static override lc_name() {
    return "CareerCraftOfflinePlanner";
  }

  override _llmType(): string {
    return "careercraft-offline-planner";
  }

  override bindTools(tools: BindToolsInput[], kwargs?: Partial<PlannerCallOptions>) {
    return this.withConfig({ tools, ...kwargs } as Partial<PlannerCallOptions>);
  }

  /** The planner's decision for this point of the conversation, all at once. */
  async respond(messages: BaseMessage[], options: PlannerCallOptions): Promise<AIMessageChunk> {
    const { blocks, toolCallChunks, meta } = await this.decide(messages, options);
    return new AIMessageChunk({
      content: joinReply([...blocks]),
      tool_call_chunks: toolCallChunks,
      response_metadata: { careercraft: meta },
    });
  }

  /**
   * What to do and say. `blocks` is lazy: each block of the reply (one per request or tool
   * result) is written when it is read, so a stream can send the first before the next exists.
   */
  private async decide(
    messages: BaseMessage[],
    options: PlannerCallOptions,
  ): Promise<{
    blocks: Iterable<string>;
    toolCallChunks: AIMessageChunk["tool_call_chunks"];
    meta: PlannerMeta;
  }> {
    const focus = options.focus ?? {};
    const last = messages.at(-1);
    if (last && ToolMessage.isInstance(last)) return this.afterTools(messages, focus);
    const human = [...messages].reverse().find((m) => HumanMessage.isInstance(m));
    const raw = human ? contentText(human) : "";
    const note = raw.match(ATTACHMENT_NOTE);
    const text = note ? raw.slice(0, note.index) : raw;
    const attachments = note ? note[1].split(", ").filter(Boolean) : [];
    const bound = (options.tools ?? [])
      .map(toolName)
      .filter((n): n is ToolName => TOOL_NAMES.includes(n as ToolName));
    // The person's own names are read only when this message could use them (person-names.ts).
    const context = await withPersonNames(
      text,
      { focus, attachments, available: new Set(bound) },
      { trackedCompanies: options.trackedCompanies, skills: options.profileSkills },
    );
    const plan = await understand(text, context);
    const seed = `${text}|${messages.length}`;
    const meta: PlannerMeta = {};
    if (plan.awaiting !== undefined) meta.awaiting = plan.awaiting;
    if (plan.languageNoted)
      meta.focus = { languagesNoted: [...(focus.languagesNoted ?? []), plan.languageNoted] };
    if (plan.lastIntent) meta.focus = { ...meta.focus, lastIntent: plan.lastIntent };
    if (plan.language && plan.language !== focus.language)
      meta.focus = { ...meta.focus, language: plan.language };
    if (plan.remember) meta.focus = { ...meta.focus, ...plan.remember };
    // Asking back (a clarify, or "which one did you mean?") offers its choices as quick replies.
    const choices = plan.says.find((s) => s.choices?.length)?.choices;
    if (choices?.length) meta.quickReplies = choices;
    const grounded = await groundedAdvice(plan.says, options.advice, text);
    if (grounded.choices.length && !meta.quickReplies) meta.quickReplies = grounded.choices;
    return {
      blocks: (function* () {
        for (const s of plan.says) yield grounded.texts.get(s) ?? sayText(s, focus, seed);
      })(),
      toolCallChunks: plan.calls.map((planned, index) => {
        // A told background is called as add_profile_entry's background form (told-background-call.ts).
        const c = asAgentCall(planned, text, context.available);
        return {
          type: "tool_call_chunk" as const,
          name: c.name,
          args: JSON.stringify(c.args),
          id: `call_${Date.now().toString(36)}_${(callCounter++).toString(36)}`,
          index,
        };
      }),
      meta,
    };
  }

  private afterTools(
    messages: BaseMessage[],
    focus: Focus,
  ): { blocks: Iterable<string>; toolCallChunks: []; meta: PlannerMeta } {
    let i = messages.length - 1;
    while (i >= 0 && ToolMessage.isInstance(messages[i])) i--;
    const caller = messages[i] as AIMessage;
    const argsById = new Map((caller.tool_calls ?? []).map((c) => [c.id, c.args]));
    const results = (messages.slice(i + 1) as ToolMessage[]).map((r) => {
      let parsed: Record<string, unknown>;
      try {
        parsed = JSON.parse(String(r.content));
      } catch {
        parsed = { summary: "Done." };
      }
      return { message: r, parsed };
    });
    const seed = `${results.map((r) => r.message.content).join("|")}|${messages.length}`;
    const lastOk = results.findLast((r) => !r.parsed.error && !r.parsed.needs && !r.parsed.skipped)?.message
      .name as ToolName | undefined;
    const meta: PlannerMeta = {};
    let state: NonNullable<PlannerMeta["focus"]> = {};
    for (const r of results.filter((r) => !r.parsed.skipped))
      state = {
        ...state,
        ...focusAfter(
          r.message.name ?? "",
          r.parsed,
          argsById.get(r.message.tool_call_id) ?? {},
          mergeFocus(focus, state as Partial<Focus>),
        ),
      };
    const lastParsed = results.findLast((r) => r.message.name === lastOk)?.parsed;
    const next = lastOk
      ? lastOk === "create_roadmap" && lastParsed?.weeks === 0
        ? NOTHING_TO_PLAN
        : NEXT_STEPS[lastParsed && savedToldBackground(lastOk, lastParsed) ? "save_background" : lastOk]
      : undefined;
    if (next && !focus.awaiting) meta.quickReplies = next;
    const pick = focus.picking ? pickFromListed(focus.picking, results) : undefined;
    if (focus.picking) state.picking = null;
    if (pick) meta.quickReplies = pick.choices;
    // A step that failed asking which one was meant offers its answers instead.
    const asked = results.findLast((r) => r.parsed.error && Array.isArray(r.parsed.choices))?.parsed.choices;
    if (Array.isArray(asked) && asked.length)
      meta.quickReplies = asked as NonNullable<PlannerMeta["quickReplies"]>;
    // Each step that worked replaces the proposal (or withdraws it); a failed one leaves it standing.
    if (lastOk) state.offered = (!focus.awaiting && PROPOSED[lastOk]) || null;
    if (Object.keys(state).length) meta.focus = state;
    return {
      blocks: (function* () {
        const fitToo = results.some((r) => r.message.name === "analyze_fit");
        const targetToo = results.some((r) => r.message.name === "set_dream_job");
        for (const r of results) {
          const text = toolReply(
            r.message.name ?? "",
            r.parsed,
            argsById.get(r.message.tool_call_id) ?? {},
            seed,
          );
          // "Ask 'am I a fit?'" right before the fit itself reads as if the question was not heard.
          // Likewise "what job are you aiming for?" after a background told with the target in it.
          yield r.message.name === "set_dream_job" && fitToo
            ? text.replace(ASK_FIT_HINT, "")
            : savedToldBackground(r.message.name, r.parsed) && targetToo
              ? text.replace(ASK_TARGET_HINT, "")
              : text;
        }
        if (pick) yield pick.question;
      })(),
      toolCallChunks: [],
      meta,
    };
  }

  async _generate(messages: BaseMessage[], options: this["ParsedCallOptions"]): Promise<ChatResult> {
    const message = await this.respond(messages, options);
    return { generations: [{ text: contentText(message), message }] };
  }

  /**
   * The reply streams the way a hosted model's does: each block is written in turn and
   * sent a sentence or clause at a time, and between pieces the event loop gets a turn
   * so a channel can put each one on the wire before the next is produced (without that,
   * every delta of a turn lands in the same socket write). The tool calls and metadata
   * ride on the last chunk.
   */
  override async *_streamResponseChunks(
    messages: BaseMessage[],
    options: this["ParsedCallOptions"],
    runManager?: CallbackManagerForLLMRun,
  ): AsyncGenerator<ChatGenerationChunk> {
    const { blocks, toolCallChunks, meta } = await this.decide(messages, options);
    let written = 0;
    for (const block of blocks) {
      const text = tidy(block);
      if (!text) continue;
      const pieces = replyPieces(written++ > 0 ? `\n\n${text}` : text);
      for (const piece of pieces) {
        if (options.signal?.aborted) return;
        yield new ChatGenerationChunk({ text: piece, message: new AIMessageChunk({ content: piece }) });
        await runManager?.handleLLMNewToken(piece);
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
    yield new ChatGenerationChunk({
      text: "",
      message: new AIMessageChunk({
        content: "",
        tool_call_chunks: toolCallChunks,
        response_metadata: { careercraft: meta },
      }),
    });
  }
}
