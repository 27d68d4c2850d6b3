/**
 * remove_bookmark for a bookmark named in words or by its place ("the one about conflict",
 * "my 2nd bookmark"): the bookmarks service resolves it (the same resolver the CLI and REST
 * use); when the words fit several, nothing is removed and each one is offered as a quick reply
 * that removes it by its place.
 */
import { removeDescribedBookmark } from "../../tools/interviews/bookmark-described.ts";
import { interviewsFor } from "../../tools/interviews/service.ts";
import type { ToolArgs } from "./schemas.ts";
import type { ToolContext, ToolOutput } from "./types.ts";

const ORDINALS = ["1st", "2nd", "3rd"];
const placeWord = (n: number) => ORDINALS[n - 1] ?? `${n}th`;
const clip = (text: string, n = 60) => (text.length > n ? `${text.slice(0, n - 1).trimEnd()}…` : text);

export async function removeDescribed(
  ctx: ToolContext,
  args: ToolArgs<"remove_bookmark">,
): Promise<ToolOutput<"remove_bookmark">> {
  const ic = await interviewsFor(ctx.db, ctx.config);
  const found = await removeDescribedBookmark(ic, await ic.asker(ctx.userId), {
    ...(args.about !== undefined ? { about: args.about } : {}),
    ...(args.position !== undefined ? { position: args.position } : {}),
  });
  if ("question" in found)
    return { result: { questionId: found.question.id, text: found.question.text, removed: true } };
  const choices = found.choices.map((q) => ({ questionId: q.id, text: q.text, place: q.place }));
  return {
    result: { removed: false, about: args.about ?? "", choices },
    parts: [
      {
        type: "quickReplies",
        options: choices.map((c) => ({
          id: `remove-bookmark-${c.questionId}`,
          label: clip(c.text),
          text: `remove my ${placeWord(c.place)} bookmark`,
        })),
      },
    ],
  };
}
