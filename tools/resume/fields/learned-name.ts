/**
 * The person's name from the learned labeller when the line rules' reading is weaker: the
 * labeller's full name over a rule name that ran on into the next field or sits later in a
 * banner line.
 */
import type { LabelledSpan } from "../labeller/index.ts";
import { isKnownName } from "../skills-port.ts";
import { matchHeading } from "../text/headings.ts";
import { BULLET_RE } from "../text/normalize.ts";
import type { Scored } from "../types.ts";
import { findDateRanges } from "./dates.ts";
import { clean, LEARNED_CONFIDENCE, words } from "./learned-entries.ts";
import { withoutDocumentWords } from "./person-name.ts";

/**
 * The name: the rules' reading when it is a line of its own (the line break bounds it).
 * Otherwise the labeller's, when the rules found none, when they read the labeller's name
 * plus the next field's words ("Tiffany Padberg April"), or when the labeller's full name
 * comes before the rules' reading in the text (a banner line such as "Editor Resume
 * Template Emory Wiza Francis Road ..." where the rules settle on a later phrase).
 */
export function learnedName(
  spans: LabelledSpan[],
  rule: Scored<string> | undefined,
  lines: string[],
): Scored<string> | undefined {
  const tagged = spans.find((s) => s.field === "NAME" && s.token < 80 && inHeaderBlock(s.start, lines));
  if (!tagged) return rule;
  // The labeller may take the document's name on the name's line in ("Lebenslauf Jonas Weber").
  const name = withoutDocumentWords(clean(tagged.text));
  // A tool or a field of work written at the top ("Active Directory", "Spring Framework") is no person.
  if (!name || isKnownName(name)) return rule;
  // Standing in for the rules (none found, or one read later), the labeller's name must read
  // as a person's: a beam-trained model tags a capitalised run at the top that the resume
  // also writes in lower case ("Education Sales", "Elementary Computer Literacy").
  const proper = properNouns(name, lines);
  if (!rule) return proper ? { value: name, confidence: LEARNED_CONFIDENCE } : undefined;
  const r = words(rule.value).join(" ");
  const n = words(name).join(" ");
  if (r === n || lines.some((l) => words(l).join(" ") === r)) return rule;
  const text = lines.join("\n");
  const ruleAt = text.indexOf(rule.value);
  if (r.startsWith(`${n} `) && n.includes(" ") && ranOn(rule.value, name, ruleAt, text, lines))
    return { value: name, confidence: rule.confidence };
  if (proper && n.includes(" ") && ruleAt > tagged.start)
    return { value: name, confidence: LEARNED_CONFIDENCE };
  return rule;
}

/** Sections whose lines are someone's entries, duties or lists, never the person's name line. */
const ENTRY_SECTIONS = new Set([
  "experience",
  "education",
  "projects",
  "skills",
  "certifications",
  "languages",
]);

/**
 * Whether the text at `offset` stands where a name is written: not on a bullet line, and above
 * every heading of entries (a pasted Spanish CV's duty "• Triaje Manchester" under EXPERIENCIA
 * was read as the person). A name under "Personal details" or a summary stays possible.
 */
function inHeaderBlock(offset: number, lines: string[]): boolean {
  let at = 0;
  for (const line of lines) {
    if (offset < at + line.length + 1) return !BULLET_RE.test(line) && !/^[•▪●■◆◦○►▶➢➤✓✔❖]/.test(line);
    const kind = line.length <= 60 ? matchHeading(line.replace(/[:\s]+$/, "")) : null;
    if (kind && ENTRY_SECTIONS.has(kind)) return false;
    at += line.length + 1;
  }
  return true;
}

/**
 * Whether the rules' reading is the labeller's name run on into the next field: the words it
 * adds open a date ("Tiffany Padberg April 2017") or are not proper nouns. Added words that
 * read as a name too are the rest of a long name the labeller cut short ("Everett Kayce Dovie"
 * of five names, a beam-trained model's habit on a resume written as one paragraph).
 */
function ranOn(ruleName: string, name: string, ruleAt: number, text: string, lines: string[]): boolean {
  const extra = ruleName.split(/\s+/).slice(name.split(/\s+/).length).join(" ");
  if (!properNouns(extra, lines)) return true;
  if (ruleAt < 0) return false;
  const from = text.indexOf(extra, ruleAt);
  return findDateRanges(text.slice(from, from + extra.length + 20), { singles: true }).some(
    (d) => d.index === 0,
  );
}

/**
 * Every word of `name` is capitalised and the resume never writes it in lower case (e-mail
 * addresses and links aside, which spell names in lower case): a name is proper nouns.
 */
function properNouns(name: string, lines: string[]): boolean {
  const nameWords = name.match(/[\p{L}]+/gu) ?? [];
  if (nameWords.length === 0 || nameWords.some((w) => w[0] === w[0]!.toLowerCase())) return false;
  // Looked for, not collected: the first word the resume writes in lower case that is one of
  // the name's ends the scan (a set of every such word cost a pass and an array per word).
  const wanted = new Set(nameWords.map((w) => w.toLowerCase()));
  for (const t of lines.join(" ").split(/\s+/)) {
    if (/[@/]|www\./i.test(t)) continue;
    for (const [w] of t.matchAll(/[\p{L}]+/gu))
      if (w[0] !== w[0]!.toUpperCase() && wanted.has(w)) return false;
  }
  return true;
}
