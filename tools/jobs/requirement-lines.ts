/**
 * The ad's requirement sentences as written (JobPosting.requirementLines), which tools/gap
 * types and finds evidence for: its requirements and nice-to-have sections, and asks in the
 * prose when it has no requirements section. An inline list of asks is one line per item
 * (ask-list.ts); each line says which of the ad's skills it names, so what it asks besides
 * them is known (posting-asks.ts).
 */
import { askListItems } from "./ask-list.ts";
import { credentialDocument } from "./credential-document.ts";
import { withLicenceCondition } from "./licence-lines.ts";
import type { Segment } from "./segments.ts";
import type { ExtractedSkill, RequirementLine } from "./types.ts";

/** An ask in prose: "experience in", "degree", "fluent", "you have"... */
const ASK_CUE =
  /\b(experience[ds]?|degree|bachelor|master|phd|diploma|licen[cs]ed?|certifi\w+|fluent|fluency|native|speak\w*|knowledge|skills?|proficien\w*|background|ability|able to|familiar\w*|years?|qualifi\w+|you (have|are|bring)|we expect|must|required)\b/i;

/** A sentence about speaking a language ("you will work while speaking Swedish", "Fluency in English"). */
const SPOKEN_ASK = /\b(speak\w*|fluen(?:t|cy)\w*|native speaker|mother tongue)\b/i;
const NEGATED = /\b(not|no need|don't|do not|without)\b/i;

/** Requirement lines kept of one ad: real ads' lists run to 30-odd items. */
const MAX_LINES = 40;
/** Unmarked prose sentences kept on top of them, for the ask classifier to judge. */
const MAX_UNMARKED = 30;

/**
 * The ad's requirement sentences: its requirements and nice-to-have sections, and asks in
 * the prose when it has no requirements section (many real ads are one flattened paragraph).
 * There a sentence with an ask cue is an ask; a list item without one ("Relevant academic
 * education", "Commercial insight") is kept `unmarked`, and the ask classifier decides (a list
 * whose heading was not read is a run of such items; prose without a cue is the company's).
 */
export function findRequirementLines(segments: Segment[], extracted: ExtractedSkill[]): RequirementLine[] {
  const hasSection = segments.some((s) => s.section === "requirements" || s.section === "preferred");
  const out: RequirementLine[] = [];
  let marked = 0;
  let unmarked = 0;
  const addOne = (line: RequirementLine) => {
    if (line.unmarked ? unmarked++ >= MAX_UNMARKED : marked++ >= MAX_LINES) return;
    out.push({ ...line, text: line.text.slice(0, 600) });
  };
  // An inline list of asks is one line per item (ask-list.ts): "7+ years in product marketing,
  // …, data-driven (SQL a plus)" is not a nice-to-have as a whole because one item is.
  // An item naming a credential by its document ("food handler card") is a licence to hold.
  const typed = (line: RequirementLine): RequirementLine => {
    const licence = line.licence ?? credentialDocument(line.text);
    return licence ? { ...line, licence } : withLicenceCondition(line);
  };
  // The skills a line names, by where they were found (the line's offset in the ad).
  const named = (at: number, length: number): Pick<RequirementLine, "skills"> => {
    const ids = extracted
      .filter((x) => x.spans.some((span) => span.start >= at && span.start < at + length))
      .map((x) => x.id);
    return ids.length > 0 ? { skills: [...new Set(ids)].sort() } : {};
  };
  let at = 0;
  // A paragraph of asks is one line per sentence ("Minimum 5 years managing stores. Lean Six
  // Sigma preferred."), and a sentence that is an inline list one line per item.
  const add = (line: RequirementLine) => {
    for (const sentence of sentencesOf(line.text)) {
      const items = askListItems(sentence.text) ?? [{ start: 0, text: sentence.text }];
      for (const item of items) {
        const start = at + sentence.start + item.start;
        addOne(typed({ ...line, text: item.text, ...named(start, item.text.length) }));
      }
    }
  };
  for (const s of segments) {
    const text = s.text.trim();
    at = s.start + (s.text.length - s.text.trimStart().length);
    if (text.length < 4) continue;
    // A job board's "Technologies" tag line is read tag by tag into skill requirements
    // (addTagSkills); as a sentence it would become an ask whose words are the bare tags. What
    // follows an inline "Technologies:" heading is the ad's own lines, read as asks.
    if (s.metaLabel === "technologies") continue;
    if (s.section === "requirements" || s.section === "technologies")
      add({ text, kind: "required", underAskHeading: true });
    else if (s.section === "preferred") add({ text, kind: "preferred", underAskHeading: true });
    else if (s.section === "intro" && !hasSection && ASK_CUE.test(text)) add({ text, kind: "required" });
    else if (s.section === "intro" && !hasSection && s.listItem)
      add({ text, kind: "required", unmarked: true });
    else if (s.section === "intro" && hasSection && /\b(must|required|essential|fluent)\b/i.test(text))
      add({ text, kind: "required" });
    else if (
      s.section !== "benefits" &&
      s.section !== "company" &&
      SPOKEN_ASK.test(text) &&
      !NEGATED.test(text)
    )
      add({ text, kind: "required" });
  }
  return out;
}

/** Sentences of a paragraph, with offsets: cut after a full stop before a capital (not "e.g. X", not in brackets). */
function sentencesOf(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let from = 0;
  for (const m of text.matchAll(
    /(?<!\b(?:e\.g|i\.e|etc|incl|approx|vs|min|no|St|Dr|Mr|Ms))[.!?]\s+(?=[A-Z])/g,
  )) {
    // Not inside a bracket: "( e.g . RabbitMQ )" is one aside of one ask.
    const before = text.slice(0, m.index!);
    if ((before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0)) continue;
    const end = m.index! + 1;
    out.push({ start: from, text: text.slice(from, end) });
    from = m.index! + m[0].length;
  }
  out.push({ start: from, text: text.slice(from) });
  return out.filter((s) => s.text.trim().length > 0);
}
