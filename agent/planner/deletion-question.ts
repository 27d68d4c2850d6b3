/**
 * A question about deleting asked while the conversation waits for the yes: "what exactly gets
 * deleted?", "will I lose my applications too?", "¿se borra también mi CV?", "kann ich das
 * rückgängig machen?". Answered in words (everything, for good; export first if wanted) and the
 * yes stays awaited, so "ok go ahead" afterwards deletes. Before, the question was read as some
 * other request (a resume upload, the help list), the wait ended, and the yes found nothing.
 */
import type { Outcome } from "./types.ts";

/** A question: a question mark, or a question word first, in the chat's languages. */
const ASKS =
  /\?\s*$|^[¿]|^(?:what|which|does|do|will|would|is|are|can|could|how|and|qu[eé]|cu[aá]l\w*|se|est-ce|quoi|qu'est|was|wird|werden|ist|kann|o que|vai|kya)\b/iu;
/** Words about what deleting takes, keeps or undoes. */
const ABOUT_DELETING =
  /(?<![\p{L}])(?:delet\w*|remov\w*|eras\w*|wipe\w*|gone|lose|lost|includ\w*|keep\w*|kept|too|also|exactly|undo\w*|back|recover\w*|restor\w*|borr\w*|elimin\w*|incluy\w*|pierd\w*|tambi[eé]n|supprim\w*|effac\w*|inclu\w*|perd\w*|aussi|l[oö]sch\w*|gel[oö]sch\w*|verlier\w*|auch|r[uü]ckg[aä]ngig|apag\w*|exclu\w*|perc\w*|tamb[eé]m|hat\w*|mit\w*|bhi)(?![\p{L}])/iu;

export const asksAboutDeletion = (raw: string): boolean =>
  raw.trim().split(/\s+/).length <= 16 && ASKS.test(raw.trim()) && ABOUT_DELETING.test(raw);

/** What deleting takes, said while the yes stays awaited, with the three ways on as quick replies. */
export const deletionScope: Outcome = {
  calls: [],
  say: {
    kind: "delete_scope",
    choices: [
      { label: "Yes, delete everything", text: "yes" },
      { label: "Export my data first", text: "export my data" },
      { label: "Cancel", text: "cancel" },
    ],
  },
  awaiting: "delete_confirmation",
};
