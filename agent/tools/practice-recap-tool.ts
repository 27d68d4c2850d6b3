/**
 * practice_recap: "how did I do?" after a practice answer repeats that answer's score and its
 * two main points (tools/interviews/practice-recap.ts, the same read the CLI and REST can use).
 */
import { lastPracticeRecap } from "../../tools/interviews/practice-recap.ts";
import { interviewsFor } from "../../tools/interviews/service.ts";
import { defineTool } from "./types.ts";

export const practiceRecapTool = defineTool({
  name: "practice_recap",
  description: "Repeat the score and main points of the person's latest practice answer.",
  async run(args, ctx) {
    const ic = await interviewsFor(ctx.db, ctx.config);
    const recap = await lastPracticeRecap(ic, await ic.asker(ctx.userId), args.questionId);
    if (!recap) return { result: { needs: "answer" as const } };
    return {
      result: {
        questionId: recap.questionId,
        text: recap.questionText,
        score: recap.score,
        points: recap.points,
      },
    };
  },
});
