/**
 * A skill the taxonomy does not know is matched by its name as the person wrote it: "Outreach"
 * listed under Skills and used in a job ("using Salesforce and Outreach") is that job's
 * evidence for it. The extractor takes such names from list items only (prose never turns
 * into new skills); here a name already taken is found again inside jobs and projects.
 */
import type { FoundSkill } from "../skills-port.ts";

const WORD_CHAR = /[\p{L}\p{N}+#]/u;
/** Just before a sentence's first word: a line start, a bullet, or the end of the last sentence. */
const SENTENCE_START = /(?:\n\s*(?:[-*\u2022\u25aa\u25cf]\s*)?|[.!?:]\s+)$/;

/**
 * A name written in a sentence as it is in the list: same case, whole words. A name that is
 * one capitalised word ("Outreach") could be any word opening a sentence, so it does not
 * count there; a lowercase name ("negotiation") is a word, not a name, and is not matched.
 */
function mentions(text: string, name: string, from: number, to: number): [number, number][] {
  if (!/[A-Z0-9+#]/.test(name)) return [];
  const plainWord = /^[A-Z][a-z]+$/.test(name);
  const out: [number, number][] = [];
  for (
    let at = text.indexOf(name, from);
    at >= 0 && at + name.length <= to;
    at = text.indexOf(name, at + 1)
  ) {
    const end = at + name.length;
    if (WORD_CHAR.test(text[at - 1] ?? "") || WORD_CHAR.test(text[end] ?? "")) continue;
    const before = (at < 8 ? "\n" : "") + text.slice(Math.max(0, at - 8), at);
    if (plainWord && SENTENCE_START.test(before)) continue;
    out.push([at, end]);
  }
  return out;
}

/** `found` with each unrecognised skill's further mentions inside `ranges` (jobs, projects). */
export function withNameMentions(
  text: string,
  found: FoundSkill[],
  ranges: { start: number; end: number }[],
): FoundSkill[] {
  return found.map((skill) => {
    if (!skill.unrecognised) return skill;
    const spans = [...skill.spans];
    for (const r of ranges)
      for (const [start, end] of mentions(text, skill.name, r.start, r.end))
        if (!spans.some((s) => s.start < end && s.end > start))
          spans.push({ start, end, text: text.slice(start, end) });
    spans.sort((a, b) => a.start - b.start);
    return spans.length === skill.spans.length ? skill : { ...skill, spans };
  });
}
