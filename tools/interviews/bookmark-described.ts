/**
 * A bookmark named the way people name it, not by id: "the one about conflict", "the bookmark
 * on teamwork", "my 2nd bookmark". One resolver for the chat tool, the CLI and the REST route,
 * so a description picks the same question everywhere. Several questions fitting the words is
 * an answer of its own (the caller asks which), never a guess.
 */

import { CareerCraftError } from "../../data/errors.ts";
import type { InterviewQuestion } from "../../data/questions/types.ts";
import { type Asker, type BookmarkDeps, listBookmarks, removeBookmark } from "./bookmarks.ts";

export interface BookmarkDescription {
  /** 1-based place in the bookmarks as listed (newest first); -1 is the last. */
  position?: number;
  /** Words from the question or its topic ("conflict", "teamwork"). */
  about?: string;
}

export type DescribedBookmark =
  | { question: InterviewQuestion & { bookmarkedAt: string } }
  /** Each with its place in the bookmarks, so "the 2nd bookmark" picks it when asked back. */
  | { choices: (InterviewQuestion & { bookmarkedAt: string; place: number })[] };

/** Words that describe no question: the description's own frame ("the one about", "question"). */
const FRAME = new Set(
  "the a an one ones about on of re regarding with that this my bookmark bookmarks bookmarked saved question questions q".split(
    " ",
  ),
);

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** One word of a description found among a question's words: same stem, either way round ("team" ~ "teamwork"). */
function stemMatch(said: string, word: string): boolean {
  if (said === word) return true;
  const [short, long] = said.length <= word.length ? [said, word] : [word, said];
  return short.length >= 4 && long.startsWith(short);
}

/** How many of the described words a question carries in its text or its topics. */
function wordsMet(question: InterviewQuestion, described: string[]): number {
  const own = [...wordsOf(question.text), ...question.skills.flatMap((s) => wordsOf(s.replace(/-/g, " ")))];
  return described.filter((d) => own.some((w) => stemMatch(d, w))).length;
}

/**
 * The bookmark a description points at, or the bookmarks it fits equally (most described words
 * met wins). Nothing fitting, or a position past the end, is a clear not_found naming what was said.
 */
export async function findDescribedBookmark(
  deps: BookmarkDeps,
  asker: Asker,
  description: BookmarkDescription,
): Promise<DescribedBookmark> {
  const marks = await listBookmarks(deps, asker);
  if (marks.length === 0) throw new CareerCraftError("not_found", "You have no bookmarked questions.");
  if (description.position !== undefined) {
    const at = description.position < 0 ? marks.length + description.position : description.position - 1;
    const question = marks[at];
    if (!question)
      throw new CareerCraftError(
        "not_found",
        `You have ${marks.length} bookmarked question${marks.length === 1 ? "" : "s"}, so there is no number ${description.position}.`,
      );
    return { question };
  }
  const described = wordsOf(description.about ?? "").filter((w) => !FRAME.has(w));
  if (described.length === 0)
    throw new CareerCraftError(
      "validation",
      "Say which bookmark: its place (the 2nd) or words from the question.",
    );
  const scored = marks.map((q, i) => ({ q: { ...q, place: i + 1 }, met: wordsMet(q, described) }));
  const best = Math.max(...scored.map((s) => s.met));
  const fitting = best > 0 ? scored.filter((s) => s.met === best).map((s) => s.q) : [];
  if (fitting.length === 0)
    throw new CareerCraftError(
      "not_found",
      `None of your ${marks.length} bookmarked questions is about "${description.about?.trim()}".`,
    );
  if (fitting.length > 1) return { choices: fitting };
  const { place: _place, ...question } = fitting[0]!;
  return { question };
}

/** Takes the described bookmark away, or hands back the ones it could be (nothing removed then). */
export async function removeDescribedBookmark(
  deps: BookmarkDeps,
  asker: Asker,
  description: BookmarkDescription,
): Promise<DescribedBookmark> {
  const found = await findDescribedBookmark(deps, asker, description);
  if ("question" in found) await removeBookmark(deps, asker, found.question.id);
  return found;
}
