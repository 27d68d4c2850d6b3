/**
 * Everything in a resume that may be a skill the person wrote, before the learned filter
 * decides: the extractor's skills (taxonomy names and unrecognised list items), their spans
 * grown over a version written with them ("Oracle 10g", "SQL Server 2008 R2", "Windows
 * 95/98/XP": the person wrote the version as part of the name), and the short items of
 * every list-like line that no found skill covers ("Requirement analysis", "Tiles") as
 * unrecognised skills under their own words. The filter (filter.ts) keeps what looks like a
 * skill; nothing here is mapped to a known tool it is not.
 */
import { getTaxonomy } from "../../../data/taxonomy/index.ts";
import { KIND_OF_SOFTWARE_HEAD, normalizeKey, slugify } from "../../../data/taxonomy/normalize.ts";
import type { Skill } from "../../../data/taxonomy/types.ts";
import { looksLikeInstruction } from "../../jobs/signals.ts";
import { ownProductOf, productOfNamedItem } from "../own-product.ts";
import type { ExtractedSkill, SkillSpanHit } from "../types.ts";
import { withAcronym } from "./acronym.ts";
import { isItemShaped, isNameShaped, isPhraseInText } from "./name-shape.ts";
import { nounPhraseAround } from "./noun-phrase.ts";
import {
  type Item,
  isKeywordBlock,
  isListLine,
  isStuffed,
  itemsOf,
  type LineInfo,
  lineFinder,
  lineInfos,
  lineText,
  spansByLine,
} from "./resume-lines.ts";
import { productWithoutVendor } from "./vendor-tail.ts";

export type { LineInfo } from "./resume-lines.ts";

export interface SkillCandidate {
  /** The skill as judged: its spans on lines that are evidence of how it was written. */
  skill: ExtractedSkill;
  /** The skill as reported when kept: every span the extractor found. */
  output: ExtractedSkill;
  /** A list item no extractor found (not in the taxonomy). */
  fromItem: boolean;
  /** A vendor's product of a kind the taxonomy knows ("Manhattan WMS"): judged like a known tool. */
  ofKnownKind?: boolean;
  /** The line of each span (same order as skill.spans). */
  lines: LineInfo[];
  /** The section kind of each span. */
  sections: (string | undefined)[];
}

/**
 * A bullet a PDF export left as a character standing alone: a symbol or a private-use glyph
 * ("♦", "~", U+F0B7), a letter of another script (a Wingdings bullet read as "Ⴙ"), or Word's
 * "o" bullet at the start of a line. Trimmed from the start of an item; an item with one
 * inside is no name (two items the export ran together).
 */
/** A version written after a name: "8", "2.7", "10g", "2008 R2", "95/98/NT", "XP". */
const VERSION_AFTER =
  /^[ -]?(?:v(?:er(?:sion)?)?\.?\s?)?(?:\d+(?:\.\d+)*[a-z]{0,2}|xp|nt|vista|r2)(?:(?:\s?\/\s?|\s)(?:\d+(?:\.\d+)*[a-z]{0,2}|xp|nt|vista|r2|me))*(?![\p{L}\p{N}])/iu;
const MINOR_AFTER = /^(?:\.\d+)+(?![\p{L}\p{N}])/u;
/** A number that is a duration or amount, not a version ("Java 5 years", "Excel 10+"). */
const NOT_VERSION_NEXT = /^\s*(?:\+|%|years?|yrs?|months?|mos?|yr\b|-\s*\d)/i;

export type SectionAt = (offset: number) => string | undefined;

/**
 * The candidates of one resume: the extractor's skills plus uncovered list items. `placed`
 * are skills reported in other fields (soft skills, spoken languages): not judged here, but
 * an item that is one of them is no unrecognised skill too ("negotiation" is the soft skill
 * Negotiation, not also a tool named "negotiation"); an item that only contains one
 * ("Subcontractor Supervision") still is.
 */
export function resumeSkillCandidates(
  text: string,
  found: ExtractedSkill[],
  sectionAt: SectionAt,
  placed: ExtractedSkill[] = [],
): SkillCandidate[] {
  const lines = lineInfos(text);
  // A line addressed to an AI or a keyword-stuffed line (the same item written twice) is
  // no evidence of how the person wrote a skill: the filter judges each skill by its other
  // spans (a skill found only there keeps one span, as the extractor found it), and no
  // list item is taken from such a line.
  const noEvidenceLines = lines.filter((l) => isStuffed(text, l) || looksLikeInstruction(lineText(text, l)));
  const noEvidence = new Set(noEvidenceLines);
  const inNoEvidence = (sp: SkillSpanHit) =>
    noEvidenceLines.some((l) => sp.start >= l.start && sp.start <= l.end);
  // A skill written only in such lines is no skill of theirs: an unrecognised name always, a
  // known one when those lines are keyword blocks: short items only, one written three times or
  // more ("http" in a repeated block read as TCP/IP moved the analysis). Not every stuffed
  // line: a resume pasted as one paragraph repeats names too and must keep its known skills.
  // Such a skill does not hide the person's own list items either.
  const blocks = lines.filter((l) => isKeywordBlock(text, l));
  const inBlock = (sp: SkillSpanHit) => blocks.some((l) => sp.start >= l.start && sp.start <= l.end);
  const onlyInNoEvidence = (s: ExtractedSkill) =>
    s.spans.every(inNoEvidence) && (s.unrecognised || s.spans.every(inBlock));
  const evidenced = found.filter((s) => !onlyInNoEvidence(s));
  const grownAll = evidenced.map((s) => ({ ...s, spans: s.spans.map((sp) => withVersion(text, sp)) }));
  const grown = grownAll.map((s) => {
    const real = s.spans.filter((sp) => !inNoEvidence(sp));
    return { ...s, spans: real.length > 0 ? real : s.spans.slice(0, 1) };
  });
  const covered = grownAll.flatMap((s) => s.spans);
  const lineAt = lineFinder(lines);
  const coveredOn = spansByLine(covered, lines, lineAt, (sp) => sp);
  for (const line of lines) {
    const onLine = coveredOn.get(line);
    line.known = onLine
      ? itemsOf(text, line).filter((it) => onLine.some((c) => c.start < it.end && c.end > it.start)).length
      : 0;
  }
  // "SAP Fiori", "Final Cut Studio": the known name opening such an item is not the skill.
  const products = ownProductItems(text, lines, lineAt, grownAll, noEvidence);
  // Every name inside a product's list item is part of that product ("Retail" of "Oracle Retail").
  const productItems = [...products.values()]
    .filter((p) => p.item.inList && p.product !== "vendor")
    .map((p) => p.item);
  const notProduct = (sp: SkillSpanHit) =>
    !products.has(sp.start) && !productItems.some((it) => sp.start >= it.start && sp.end <= it.end);
  const pairs = grown
    .map((s, i) => ({ judged: { ...s, spans: s.spans.filter(notProduct) }, all: grownAll[i]! }))
    .map((p) => ({ ...p, all: { ...p.all, spans: p.all.spans.filter(notProduct) } }))
    .filter((p) => p.judged.spans.length > 0 && p.all.spans.length > 0);
  const lineOf = (offset: number) => lines[lineAt(offset)]!;
  const out: SkillCandidate[] = pairs.map(({ judged: skill, all }) => ({
    skill,
    output: withItems(text, all, lineOf, noEvidence),
    fromItem: false,
    ...(skill.unrecognised && skill.spans.some(namesOwnProduct) ? { ofKnownKind: true } : {}),
    lines: skill.spans.map((sp) => lineOf(sp.start)),
    sections: skill.spans.map((sp) => sp.section ?? sectionAt(sp.start)),
  }));

  const bySlug = new Map<string, SkillCandidate>();
  const known = new Set(evidenced.map((s) => s.id));
  const placedSpans = placed.flatMap((s) => s.spans);
  const addItem = (item: Item, line: LineInfo, whole: Skill | undefined, ofKnownKind: boolean) => {
    const id = whole?.id ?? slugify(item.text);
    if (!id || (known.has(id) && !whole)) return;
    const section = sectionAt(item.start);
    const span: SkillSpanHit = { ...item, ...(section ? { section } : {}) };
    let c = bySlug.get(id);
    if (!c) {
      const skill: ExtractedSkill = whole
        ? { id, name: whole.name, type: whole.type, category: whole.category, spans: [] }
        : { id, name: item.text, type: "technical", category: "tool", spans: [], unrecognised: true };
      c = {
        skill,
        output: skill,
        fromItem: !whole,
        ...(ofKnownKind ? { ofKnownKind } : {}),
        lines: [],
        sections: [],
      };
      bySlug.set(id, c);
      out.push(c);
    }
    if (c.skill.spans.some((sp) => sp.start === span.start)) return;
    c.skill.spans.push(span);
    c.lines.push(line);
    c.sections.push(section);
  };
  for (const line of lines) {
    if (line.items < 2 || noEvidence.has(line)) continue;
    const onLine = coveredOn.get(line) ?? [];
    for (const item of itemsOf(text, line)) {
      const inside = onLine.filter((c) => c.start < item.end && c.end > item.start);
      const named = products.get(item.start)?.product;
      const product = named === "vendor" ? undefined : named;
      const ofKnownKind =
        product === "own" ||
        (inside.length === 1 &&
          inside[0]!.end === item.end &&
          inside[0]!.start > item.start &&
          namesOwnProduct(item));
      if (inside.length > 0 && !ofKnownKind && !product) continue;
      if (placedSpans.some((c) => c.start <= item.start && c.end >= item.end)) continue;
      if (!isItemShaped(item.text)) continue;
      // "Pro Tools" under a skills heading is Avid Pro Tools (vendor-tail.ts).
      const vendorless = sectionAt(item.start) === "skills" ? productWithoutVendor(item.text) : undefined;
      addItem(item, line, product && product !== "own" ? product : vendorless, ofKnownKind);
    }
  }
  // Products named inside a sentence ("Used Final Cut Studio to edit ..."): the words the
  // product was written as, judged as a list item naming it would be.
  for (const { product, item, line } of products.values())
    if (!item.inList && product !== "own" && product !== "vendor") addItem(item, line, product, false);
  for (const c of out) c.skill.spans.sort((a, b) => a.start - b.start);
  return out;
}

interface ProductItem {
  /** "vendor": the opening word is only the vendor of the product named after it ("Oracle Linux"). */
  product: Skill | "own" | "vendor";
  /** The words that name the product, from the known tool's start. */
  item: Item & { inList: boolean };
  line: LineInfo;
}

/** Capitalised words right after a name, then the end of the name: a separator, a lower-case word, the line's end. */
const PRODUCT_WORDS_AFTER = /^((?:[ \t]+\p{Lu}[\p{L}\p{N}+#.-]*){1,2})(?=$|[ \t]+\p{Ll}|[ \t]*[,;:()|/.!?])/u;

/**
 * The known tools that open another product's name ("SAP Fiori", "Final Cut Studio";
 * own-product.ts), by the start of that tool's span: the taxonomy's skill for the whole name,
 * or "own" (kept under the person's words), with the words that name it. In a list-like line
 * the name is the item the tool opens; in running text, the tool and the one or two
 * capitalised words after it that no other found skill covers, up to a separator or a
 * lower-case word, when the taxonomy knows the whole name ("Used Final Cut Studio to edit").
 */
function ownProductItems(
  text: string,
  lines: LineInfo[],
  lineAt: (offset: number) => number,
  found: ExtractedSkill[],
  noEvidence: Set<LineInfo>,
): Map<number, ProductItem> {
  const out = new Map<number, ProductItem>();
  const taxonomy = getTaxonomy();
  const spans = found.flatMap((s) => s.spans.map((sp) => ({ sp, skill: s })));
  const spansOn = spansByLine(spans, lines, lineAt, (x) => x.sp);
  const lineOf = (offset: number) => lines[lineAt(offset)];
  for (const line of lines) {
    if (line.items < 2 || noEvidence.has(line)) continue;
    const onLine = spansOn.get(line) ?? [];
    for (const item of itemsOf(text, line)) {
      const inside = onLine.filter(({ sp }) => sp.start < item.end && sp.end > item.start);
      // The name opening the item (the longest, where names found there overlap).
      const opening = inside
        .filter(({ sp }) => sp.start === item.start)
        .sort((a, b) => b.sp.end - a.sp.end)[0];
      if (!opening) continue;
      const { sp, skill } = opening;
      const known = skill.unrecognised ? undefined : taxonomy.get(skill.id);
      if (!known || sp.end >= item.end) continue;
      const rest = text.slice(sp.end, item.end);
      // An item holding other names as well ("Oracle Linux") is one product only when the
      // taxonomy knows it whole or a vendor's word opens it (own-product.ts).
      const product =
        inside.length === 1
          ? ownProductOf(item.text, known, rest)
          : !/\s/.test(sp.text.trim()) && inside.every((o) => o.sp.end <= item.end)
            ? productOfNamedItem(item.text, sp.text.trim(), known, rest)
            : undefined;
      if (product) out.set(sp.start, { product, item: { ...item, inList: true }, line });
    }
  }
  for (const { sp, skill } of spans) {
    if (out.has(sp.start) || skill.unrecognised) continue;
    const known = taxonomy.get(skill.id);
    const line = lineOf(sp.start);
    const words = PRODUCT_WORDS_AFTER.exec(text.slice(sp.end, Math.min(line?.end ?? sp.end, sp.end + 60)));
    if (!known || !line || noEvidence.has(line) || !words) continue;
    const end = sp.end + words[1]!.length;
    if ((spansOn.get(line) ?? []).some((o) => o.sp !== sp && o.sp.start < end && o.sp.end > sp.end)) continue;
    const name = text.slice(sp.start, end);
    // Only a name the taxonomy knows whole: capitalised words after a tool in a sentence may
    // open the next sentence of a PDF line ("Python Developed APIs").
    const product = ownProductOf(name, known, words[1]!);
    if (product && product !== "own")
      out.set(sp.start, { product, item: { text: name, start: sp.start, end, inList: false }, line });
  }
  return out;
}

function withVersion(text: string, span: SkillSpanHit): SkillSpanHit {
  const after = text.slice(span.end, span.end + 40);
  // A name matched with part of its version ("Python 3" of "Python 3.8") takes the rest.
  const m = MINOR_AFTER.exec(after) ?? VERSION_AFTER.exec(after);
  if (!m || m[0].trim() === "" || NOT_VERSION_NEXT.test(after.slice(m[0].length))) return span;
  // "Java 2008-2012" is a date range after a name, not a version.
  if (/^[ -]?(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d/.test(after)) return span;
  const end = span.end + m[0].length;
  return { ...span, end, text: text.slice(span.start, end) };
}

/**
 * The reported skill keeps the whole list item it was written in as its surface form:
 * "Digital Platform Management" is reported as Management written "Digital Platform
 * Management", "DSLR Cameras" as Cameras written so, never the bare word the taxonomy knows.
 * Only items of list-like lines shorter than a wall of text (where ". " ends sentences, not
 * items) and shaped like a name; the judged spans stay as found, so the filter's features
 * do not change.
 */
function withItems(
  text: string,
  skill: ExtractedSkill,
  lineOf: (offset: number) => LineInfo,
  noEvidence: Set<LineInfo>,
): ExtractedSkill {
  let changed = false;
  const spans = skill.spans.map((found) => {
    const line = lineOf(found.start);
    if (noEvidence.has(line)) return found;
    const sp = withNamedItem(text, found, line);
    if (sp === found) return found;
    changed = true;
    return sp;
  });
  // A name and its bracketed acronym, both found, are one surface form written once.
  return changed
    ? {
        ...skill,
        spans: spans.filter(
          (sp, i) => spans.findIndex((o) => o.start === sp.start && o.end === sp.end) === i,
        ),
      }
    : skill;
}

/**
 * The words a found span was written in: the list item or phrase holding it (withItems), with
 * its bracketed acronym or the words its acronym stands for ("Software Development Life Cycle
 * (SDLC)"; acronym.ts).
 */
function withNamedItem(text: string, sp: SkillSpanHit, line: LineInfo): SkillSpanHit {
  const grown = withListItem(text, sp, line);
  const named = withAcronym(text, line.start, grown);
  return named.start === sp.start && named.end === sp.end ? sp : named;
}

/** The list item or phrase holding a found span (withItems). */
function withListItem(text: string, sp: SkillSpanHit, line: LineInfo): SkillSpanHit {
  // In a list, the widest name-shaped item holding the span: with "and"/"&" inside it, else
  // without. In running text, the short phrase between separators that holds it, when that
  // phrase is a name ("sales forecasting" of "..., sales forecasting and budgeting"), not a
  // clause.
  const item = (isListLine(text, line) ? [true, false] : [false])
    .map((wide) => itemsOf(text, line, wide).find((it) => it.start <= sp.start && it.end >= sp.end))
    .find((it) => it && isNameShaped(it.text) && (isListLine(text, line) || isPhraseInText(it.text)));
  // Else, in a sentence, the noun phrase the name stands in ("digital photography").
  const phrase = item ?? grownInSentence(text, line, sp);
  if (!phrase || (phrase.start === sp.start && phrase.end === sp.end)) return sp;
  if (!item) return { ...sp, start: phrase.start, end: phrase.end, text: phrase.text };
  if (sp.end === item.end && sp.start > item.start && namesOwnProduct(item)) return sp;
  return { ...sp, start: item.start, end: item.end, text: item.text };
}

function grownInSentence(text: string, line: LineInfo, sp: SkillSpanHit): Item | undefined {
  const piece = itemsOf(text, line).find((it) => it.start <= sp.start && it.end >= sp.end);
  return piece && nounPhraseAround(piece, sp);
}

/**
 * "Manhattan WMS", "Korber WMS", "Acme CRM": an unknown name before the acronym of a kind of
 * product is that vendor's product, a tool of its own — kept under its own words as an
 * unrecognised skill (the kind is still reported as written, "WMS"), never made the kind, nor
 * another vendor's product. Only a capitalised name no found skill covers, before an acronym
 * that ends the item; "SAP systems" (a known name, then a generic word) stays SAP.
 */
function namesOwnProduct(item: { text: string }): boolean {
  const m = /^((?:[A-Z][\p{L}\d&'-]*\s+){1,3})([A-Z]{2,5})$/u.exec(item.text.trim());
  if (!m || /(?:ing|ed|i[sz]e)\s/.test(m[1]!)) return false;
  const taxonomy = getTaxonomy();
  const kind = taxonomy.byNormalizedKey(normalizeKey(m[2]!));
  return (
    !!kind &&
    kind.extractable !== false &&
    isKindOfProduct(kind, m[2]!) &&
    !taxonomy.byNormalizedKey(normalizeKey(m[1]!))
  );
}

/** The acronym is short for a kind of product: a spelling of the skill spells it out and ends so. */
function isKindOfProduct(kind: { name: string; aliases?: string[] }, acronym: string): boolean {
  const letters = acronym.toLowerCase();
  return [kind.name, ...(kind.aliases ?? [])].some((n) => {
    const long = n.replace(new RegExp(`\\s+${acronym}$`, "i"), "").trim();
    const words = long.split(/\s+/);
    return (
      words.length === letters.length &&
      words.map((w) => w[0]?.toLowerCase()).join("") === letters &&
      KIND_OF_SOFTWARE_HEAD.test(long)
    );
  });
}
