/**
 * Tools the taxonomy does not know, kept under the name the person wrote. In a skills list
 * ("Tools: WinMerge, Sentry, Git") an item the taxonomy cannot place is still a skill of the
 * person's: it is reported as an unrecognised skill (id = the slug of its name, the same id
 * the profile service gives a skill it does not know) instead of being dropped — and never as
 * the nearest known tool: "MySQL Workbench" is not MySQL, "Apache Camel" is not Apache HTTP
 * Server. Only list items count (a skills section, one item between separators), so prose
 * never turns into skills.
 */
import type { Taxonomy } from "../../data/taxonomy/index.ts";
import { slugify, tokenize } from "../../data/taxonomy/normalize.ts";
import { isGeneral } from "./context.ts";
import type { Candidate } from "./matcher.ts";
import { QUALIFIER_WORDS } from "./own-product.ts";
import type { ExtractedSkill } from "./types.ts";

export interface UnlistedSkill extends ExtractedSkill {
  unrecognised: true;
}

/** Between list items. "/" is not one ("PL/SQL", "CI/CD"), nor a single space. */
const ITEM_SPLIT = /[,;|\t\u2022\u25aa\u25cf\u27a2\uf0a7\uf0b7\uf0d8·]|\s{2,}|\s[-–]\s|\s+(?:and|&)\s+/g;
const MAX_ITEM_WORDS = 4;
const MAX_ITEM_CHARS = 40;

/** Words that make an item a phrase, a sentence or a note rather than a name. */
const NOT_NAME_WORDS = new Set(
  (
    "a an the i we my our me us was were is are be been have has had will can to for with from by in at " +
    "using used use including which that this who where when etc also such like other others " +
    "year years yr yrs month months experience beginner intermediate advanced expert proficient " +
    "proficiency fluent native basic basics good excellent strong knowledge familiar familiarity " +
    "exposure working understanding level less than more"
  ).split(" "),
);

/** A heading or field word left in a list line ("SKILLS", "Languages", "Others"). */
const HEADING_WORDS = new Set(
  (
    "skills skill technical key core tools tool technologies technology software hardware platforms " +
    "environment environments frameworks languages language others miscellaneous web ide ides " +
    "education experience projects project certifications certification achievements awards " +
    "hobbies interests personal references summary objective declaration strengths details " +
    "operating systems system packages methodologies additional information"
  ).split(" "),
);

const MONTHS = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)$/i;
const isVersion = (w: string) => /^(?:v?\d+(?:\.\d+)*[a-z]?|r\d|x|xp|nt|i|ii|iii)$/i.test(w);
const looksLikeName = (w: string) => /[A-Z]/.test(w) || /\d/.test(w) || /[.+#]/.test(w);

interface Item {
  text: string;
  start: number;
  end: number;
}

/**
 * Quote marks around or before an item ("‘grep", "“Jena”", a PDF's curly quotes) are not part of
 * the name: trimmed from both ends of every item, here and in the resume filter's items.
 */
export const EDGE_QUOTES = "'\"\u2018\u2019\u201a\u201c\u201d\u201e\u00ab\u00bb`";

/** The list items of one line, each trimmed of bullets, quotes, labels ("Tools:") and notes ("(3 years)"). */
function itemsOf(line: string, offset: number): Item[] {
  const out: Item[] = [];
  const masked = line
    .replace(/\([^()]*\)|\[[^\]]*\]/g, (m) => " ".repeat(m.length))
    // "R & D", "M & A", "P & L": two letters joined by "&" are one word, not two items.
    .replace(/(?<![\p{L}\p{N}])[A-Z]\s*&\s*[A-Z](?![\p{L}\p{N}+#])/gu, (m) => "\u0001".repeat(m.length));
  let from = 0;
  const push = (a: number, b: number) => {
    let s = a;
    let e = b;
    // A note whose bracket the line break left open ("Excel (Less" | "than 1 year)"): the name
    // is what stands before the "("; what stands before a lone ")" is the note's tail.
    const open = masked.indexOf("(", s);
    if (open >= 0 && open < e) e = open;
    const close = masked.lastIndexOf(")", e - 1);
    if (close >= s) s = close + 1;
    const seg = masked.slice(s, e);
    // "Languages: Java" -> "Java"; "SKILLS C++" -> "C++" (a heading that lost its line break)
    const colon = seg.lastIndexOf(":");
    if (colon >= 0 && seg.slice(0, colon).trim().split(/\s+/).length <= 4) s += colon + 1;
    while (
      s < e &&
      (EDGE_QUOTES.includes(masked[s]!) ||
        (/[\s\-–*>.:\d)]/.test(masked[s]!) && !/\d[A-Za-z]/.test(masked.slice(s, s + 2))))
    )
      s++;
    while (e > s && (/[\s.:*]/.test(masked[e - 1]!) || EDGE_QUOTES.includes(masked[e - 1]!))) e--;
    let text = masked.slice(s, e);
    const words = text.split(/\s+/);
    while (
      words.length > 1 &&
      HEADING_WORDS.has(words[0]!.toLowerCase()) &&
      words[0] === words[0]!.toUpperCase()
    ) {
      const w = words.shift()!;
      s = masked.indexOf(words[0]!, s + w.length);
      text = masked.slice(s, e);
    }
    if (text.trim()) out.push({ text: line.slice(s, e), start: offset + s, end: offset + e });
  };
  for (const m of masked.matchAll(ITEM_SPLIT)) {
    push(from, m.index ?? 0);
    from = (m.index ?? 0) + m[0].length;
  }
  push(from, masked.length);
  return out;
}

function isNameLike(item: string, inList: boolean): boolean {
  if (item.length > MAX_ITEM_CHARS || /[@:!?=<>"]|https?:\/\/|www\./i.test(item)) return false;
  const words = item.split(/\s+/);
  if (words.length > MAX_ITEM_WORDS) return false;
  if (!/\p{L}/u.test(item) || /^[\d.]+(?:\s|$)/.test(item)) return false;
  if (words.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()) || /^[a-z]{3,}ed$/i.test(w))) return false;
  if (words.every((w) => HEADING_WORDS.has(w.toLowerCase()) || QUALIFIER_WORDS.has(w.toLowerCase())))
    return false;
  if (words.some((w) => MONTHS.test(w) || /^[a-z]{4,}ing$/i.test(w))) return false;
  // A lowercase word is a name only among other names ("git, pnpm, docker").
  return words.some(looksLikeName) || (inList && words.length === 1 && item.length >= 3);
}

/**
 * "LinkedIn Sales Navigator" between a list's separators is one product, not LinkedIn, Sales
 * and Navigator: written as one capitalised name whose every part is known only by a spelling
 * that is also an ordinary word (it needed context), a field among them ("Sales"). An item
 * holding a name that stands alone ("Java J2EE Hibernate", "Excel Word PowerPoint", "Build Tool
 * Ant", "SOA Restful Web Service") is a list the writer left unseparated and stays the known names.
 */
function isOneProductName(item: string, inner: Candidate[], inList: boolean): boolean {
  if (!inList || inner.length < 2 || !isNameLike(item, inList)) return false;
  const words = item.split(/\s+/);
  return words.every((w) => /^[A-Z0-9]/.test(w)) && inner.every((c) => c.ambiguous) && inner.some(isGeneral);
}

export interface UnlistedInput {
  text: string;
  taxonomy: Taxonomy;
  accepted: Candidate[];
  /** Whether the text at this offset is a skills section. */
  inSkillsSection: (offset: number) => boolean;
  sectionAt: (offset: number) => string | undefined;
}

/**
 * Unrecognised list items, and the accepted candidates they absorb (the "MySQL" inside
 * "MySQL Workbench" is not a skill of its own).
 */
export function findUnlistedSkills(input: UnlistedInput): {
  skills: UnlistedSkill[];
  /** Items the taxonomy knows whole as another skill than the name inside them. */
  known: { id: string; start: number; end: number }[];
  absorbed: Set<Candidate>;
} {
  const { text, taxonomy, accepted } = input;
  const bySlug = new Map<string, UnlistedSkill>();
  const absorbed = new Set<Candidate>();
  const known: { id: string; start: number; end: number }[] = [];
  const add = (name: string, start: number, end: number) => {
    let id = slugify(name);
    if (!id) return;
    if (taxonomy.get(id)) id = `${id}-unlisted`;
    let entry = bySlug.get(id);
    if (!entry) {
      entry = { id, name, type: "technical", category: "tool", spans: [], unrecognised: true };
      bySlug.set(id, entry);
    }
    const section = input.sectionAt(start);
    entry.spans.push({ start, end, text: text.slice(start, end), ...(section ? { section } : {}) });
  };

  const lines = skillsLines(text, input, accepted);
  lines.forEach((line, i) => {
    // An item is read as a name only beside names we know: a line of the skills block with no
    // known tool in it is usually an address, a summary or a heading the block swept up. A list
    // written one item a line has its known names on the lines beside it instead.
    const oneItemList = line.items.length === 1 && inOneItemList(lines, i);
    if (line.known === 0 && !line.noted && !oneItemList) return;
    const inList = line.items.length >= 3 || line.known >= 2 || line.noted || oneItemList;
    for (const item of line.items) {
      if (!input.inSkillsSection(item.start)) continue;
      const inner = accepted.filter((c) => c.start >= item.start && c.end <= item.end);
      const whole = taxonomy.lookup(item.text);
      if (whole) {
        // "Final Cut Studio" is the taxonomy's Apple Final Cut Studio (a spelling it knows for
        // lookup only), not the Final Cut Pro whose short name "Final Cut" opens it.
        if (inner.length === 1 && inner[0]!.skill.id !== whole.id) {
          known.push({ id: whole.id, start: item.start, end: item.end });
          absorbed.add(inner[0]!);
        }
        // The whole item is a spelling the taxonomy knows that the extractor does not find in
        // free text (kept for lookup only: Linguist's "Rexx"; a name that is also a word:
        // "LaTeX"; a spacing the matcher does not join: "Cold Fusion"). Between a skills list's
        // separators, beside a known tool, it is that skill; it used to be dropped altogether.
        else if (inner.length === 0 && isNameLike(item.text.trim(), inList))
          known.push({ id: whole.id, start: item.start, end: item.end });
        continue;
      }
      const rest = tokenize(item.text)
        .map((t) => ({ ...t, start: t.start + item.start, end: t.end + item.start }))
        .filter((t) => !inner.some((c) => t.start >= c.start && t.end <= c.end))
        .filter((t) => !isVersion(t.text) && !QUALIFIER_WORDS.has(t.key));
      if (rest.length === 0) {
        if (isOneProductName(item.text.trim(), inner, inList)) {
          add(item.text.trim(), item.start, item.end);
          for (const c of inner) absorbed.add(c);
        }
        continue;
      }
      if (inner.length === 0) {
        if (isNameLike(item.text.trim(), inList)) add(item.text.trim(), item.start, item.end);
        continue;
      }
      // A known name plus a product word ("MySQL Workbench", "Apache Camel") is another product.
      // Several known names with a stray word ("Java Struts Foo") are left to the known names:
      // without separators the stray word is as often a verb or a place as a tool.
      if (
        inner.length === 1 &&
        rest.some((t) => /^[A-Z0-9]/.test(t.text)) &&
        isNameLike(item.text.trim(), inList)
      ) {
        add(item.text.trim(), item.start, item.end);
        absorbed.add(inner[0]!);
      }
    }
  });
  return { skills: [...bySlug.values()], known, absorbed };
}

/** Last words of a sub-heading inside a skills block ("Core Qualifications", "Functional Skill Set"). */
const SUBHEADING_LAST = new Set([
  ...HEADING_WORDS,
  "set",
  "qualifications",
  "competencies",
  "expertise",
  "areas",
]);
const isSubheading = (item: string) =>
  /:\s*$/.test(item) || SUBHEADING_LAST.has(item.trim().split(/\s+/).at(-1)!.toLowerCase());

interface SkillsLine {
  /** Index of the line in the text. */
  index: number;
  items: Item[];
  /** Known technical names accepted on the line. */
  known: number;
  /** Items written with how long each was used: a skills list by its format (DURATION_NOTE). */
  noted: boolean;
}

/**
 * How long a skill was used, written after each item of a job board's skills line ("(3 years)",
 * "(Less than 1 year)", a note the line break cut: "(Less"): two on a line make it a list of
 * skills by its format, whether or not it names a tool the taxonomy knows.
 */
const DURATION_NOTE = /\((?:less\s+than\s+)?\d+\+?\s*(?:years?|yrs?|months?)\)|\(less(?:\s+than)?\s*$/gi;

/** The lines of skills sections that hold list items, with their known names counted. */
function skillsLines(text: string, input: UnlistedInput, accepted: Candidate[]): SkillsLine[] {
  const out: SkillsLine[] = [];
  let offset = 0;
  text.split("\n").forEach((line, index) => {
    const lineStart = offset;
    offset += line.length + 1;
    if (!input.inSkillsSection(lineStart) && !input.inSkillsSection(lineStart + Math.min(line.length, 40)))
      return;
    const items = itemsOf(line, lineStart);
    if (items.length === 0) return;
    const known = accepted.filter(
      (c) => c.start >= lineStart && c.end <= offset && c.skill.type === "technical",
    ).length;
    const noted = (line.match(DURATION_NOTE) ?? []).length >= 2;
    out.push({ index, items, known, noted });
  });
  return out;
}

/**
 * Whether a line of one item is part of a list written one item a line: the line right above
 * or below it is one item too, and it or the line beyond it names a known tool ("Flickr" between
 * "WordPress" and "Hootsuite").
 */
function inOneItemList(lines: SkillsLine[], i: number): boolean {
  if (isSubheading(lines[i]!.items[0]!.text)) return false;
  const lone = (j: number, step: number) =>
    lines[j]?.items.length === 1 && lines[j]!.index === lines[i]!.index + step * Math.abs(j - i);
  for (const step of [-1, 1]) {
    const j = i + step;
    if (!lone(j, step)) continue;
    if (lines[j]!.known > 0) return true;
    if (lone(j + step, step) && lines[j + step]!.known > 0) return true;
  }
  return false;
}
