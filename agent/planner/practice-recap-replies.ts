/** The reply to "how did I do?" after a practice answer: its score and two main points, said again. */
import type { ToolResults } from "../tools/results.ts";

const clip = (text: string) => (text.length > 100 ? `${text.slice(0, 97).trimEnd()}...` : text);

export const PRACTICE_RECAP_REPLIES: {
  practice_recap: (r: ToolResults["practice_recap"]) => string;
} = {
  practice_recap: (r) =>
    "needs" in r
      ? 'You have not answered a practice question yet. Say "quiz me" for one, answer it, and I will score it.'
      : `Your last answer${r.text ? ` ("${clip(r.text)}")` : ""} scored ${Math.round(r.score)}/100.${
          r.points.length
            ? ` The two main points: ${r.points.map((p) => p.replace(/[.]+$/, "")).join("; ")}.`
            : ""
        } Say "next question" to go on.`,
};
