import { AIMessage, HumanMessage, ToolMessage } from "@langchain/core/messages";
import { tool } from "@langchain/core/tools";
import { describe, expect, it } from "vitest";
import { TOOL_NAMES, toolSchemas } from "../tools/schemas.ts";
import { joinReply, replyPieces, tidy } from "./compose.ts";
import { loadUtterances, resolveFocus } from "./eval.ts";
import { OfflinePlanner } from "./model.ts";

/** A sentence glued to the next ("start?I'm"), a doubled stop ("role.. Ask"), a space before a stop. */
const BAD_SEAM = /[a-z)"][.!?][A-Z][a-z]|(?<!\.)\.\.(?!\.)|[a-z] [.,!?](?:\s|$)/;

const model = new OfflinePlanner({}).bindTools(
  TOOL_NAMES.map((name) =>
    tool(async () => "", { name, description: name, schema: toolSchemas[name] as never }),
  ),
);

describe("reply composition", () => {
  it("joins blocks with a blank line and tidies the seams templates leave", () => {
    expect(joinReply(["Where shall we start?", "", "  I'm your career agent. Try:\n• this  "])).toBe(
      "Where shall we start?\n\nI'm your career agent. Try:\n• this",
    );
    expect(tidy('typical for the role.. Ask "why?"')).toBe('typical for the role. Ask "why?"');
    expect(tidy("Where shall we start?I'm here.Next step")).toBe("Where shall we start? I'm here. Next step");
    // Names with dots stay as written.
    expect(tidy("ASP.NET, Node.js and a.txt are fine.")).toBe("ASP.NET, Node.js and a.txt are fine.");
  });

  it("cuts a reply into sentence and clause pieces that add up to the reply", () => {
    const text = 'Hi! I can read your resume. Where shall we start?\n\nTry:\n• "Am I a fit?" — then "why?"';
    const pieces = replyPieces(text);
    expect(pieces.join("")).toBe(text);
    expect(pieces.length).toBeGreaterThanOrEqual(5);
    expect(pieces[0]).toBe("Hi! ");
  });

  it("'hi, what can you do?' answers in two paragraphs, never 'start?I'm'", async () => {
    for (const length of [1, 2, 3, 4, 5, 6]) {
      const history = Array.from({ length }, () => new HumanMessage("hi, what can you do?"));
      const ai = await model.invoke(history, { focus: {} } as never);
      const text = String(ai.content);
      expect(text).toMatch(/[.!?]\n\n\S/);
      expect(text).not.toMatch(BAD_SEAM);
    }
  });

  it("no reply to the utterance set has a bad seam", async () => {
    for (const u of loadUtterances()) {
      const ai = await model.invoke([new HumanMessage(u.text)], { focus: resolveFocus(u.focus) } as never);
      expect(String(ai.content), u.text).not.toMatch(BAD_SEAM);
    }
  });

  it("tool replies are joined and tidied too (a strength ending in a stop, two results)", async () => {
    const caller = new AIMessage({
      content: "",
      tool_calls: [
        { id: "c1", name: "analyze_fit", args: {} },
        { id: "c2", name: "show_skills", args: {} },
      ],
    });
    const results = [
      new ToolMessage({
        tool_call_id: "c1",
        name: "analyze_fit",
        content: JSON.stringify({
          verdict: "FIT",
          readiness: 70,
          confidence: 0.8,
          jobTitle: "Data Engineer",
          topGaps: [{ skill: "Spark" }],
          strengths: ["SQL", "Experience: 3 years against 2+ typical for the role."],
        }),
      }),
      new ToolMessage({
        tool_call_id: "c2",
        name: "show_skills",
        content: JSON.stringify({ count: 1, skills: [{ name: "SQL", validated: true }] }),
      }),
    ];
    const ai = await model.invoke([new HumanMessage("am I a fit? and show my skills"), caller, ...results], {
      focus: {},
    } as never);
    const text = String(ai.content);
    expect(text).not.toMatch(BAD_SEAM);
    expect(text.split("\n\n")).toHaveLength(2);
  });
});
