/**
 * The skills and certificates in a background told in chat: a list after a lead-in ("I'm good
 * with grill and sauté", "sé usar Excel"), tools named bare beside the job ("figma illustrator
 * photoshop"), and a certificate held ("I have my food handler card"). Split from
 * background-said.ts, which reads the jobs held and plans the save.
 */
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { normalizeKey } from "../../data/taxonomy/normalize.ts";
import { type ExtractedSkill, extractSkills } from "../../tools/skills/extract.ts";
import { namesOnlyTime } from "../../tools/text/stated-duration.ts";
import { CERTIFICATE_HELD, SKILLS_SAID, TARGET_SAID } from "./background-phrases.ts";
import { skillAmount } from "./skill-amounts.ts";
import { skillWordsInEnglish } from "./skill-words-translated.ts";
import type { Level } from "./slots.ts";

/** A first-person word or a verb that starts the next clause, ending a list of skills. */
const NEXT_CLAUSE =
  /^(?:i|i'?m|im|my|and i|but|tengo|soy|estoy|y tengo|j'?ai|je|et j'?ai|ich|und ich|eu|tenho|e tenho|main|mera|meri|mujhe|no|sin|sans|ohne|sem|wat|what|how|where|qu[eé]|que|was|wie|o que|como)\b/i;

const ARTICLES = /^(?:the|my|el|la|los|las|le|les|l'|der|die|das|den|o|a|os|as|un|una|une|ein|eine)\s+/i;

/** A level word after the name, as Spanish, French and Portuguese put it (in English words by then). */
const LEVEL_AFTER = /^(.+?)\s+(expert|advanced|intermediate|basic)$/i;
const LEVELS_AFTER: Record<string, Level> = {
  expert: "expert",
  advanced: "advanced",
  intermediate: "intermediate",
  basic: "beginner",
};

export function skillsSaid(text: string): { name: string; proficiency?: Level }[] {
  const out: { name: string; proficiency?: Level }[] = [];
  for (const [pattern, level] of SKILLS_SAID) {
    const list = pattern.exec(text)?.[1];
    if (!list) continue;
    for (const piece of list.split(/\s*,\s*|\s+(?:and|y|e|et|und|aur|&)\s+/i)) {
      if (NEXT_CLAUSE.test(piece.trim())) break;
      // "Excel avanzado", "Word básico": a level word of another language after the name (conv12r).
      const item = piece.replace(ARTICLES, "");
      const english = skillWordsInEnglish(item);
      const after = english !== item ? LEVEL_AFTER.exec(english) : null;
      const said = skillAmount(after ? after[1]! : english);
      const name = said.name;
      const own = said.level ?? (after ? LEVELS_AFTER[after[2]!.toLowerCase()] : undefined);
      const words = name.split(/\s+/).filter(Boolean);
      if (words.length === 0 || words.length > 3) break;
      if (namesOnlyTime(name)) continue;
      const known = getTaxonomy().byNormalizedKey(normalizeKey(name));
      const proficiency = own ?? level;
      out.push({ name: known?.name ?? name, ...(proficiency ? { proficiency } : {}) });
    }
    if (out.length) break;
  }
  return out
    .filter((s, i) => out.findIndex((o) => o.name.toLowerCase() === s.name.toLowerCase()) === i)
    .slice(0, 15);
}

/**
 * Tools named bare beside the job held, with no lead-in ("graphic designer here, 3 yrs, figma
 * illustrator photoshop": lead26 trial). Only names the skill extractor takes on their own
 * (tools, languages, frameworks); what comes from the job's own words or the target's clause is
 * left out ("UX design" is where they want to go, not what they have).
 */
export function toolsNamed(text: string, held: string[]): { name: string }[] {
  const cut = TARGET_SAID.map((p) => p.exec(text)?.index).filter((i) => i !== undefined);
  const own = text.slice(0, cut.length ? Math.min(...cut) : text.length);
  const specific = (s: ExtractedSkill) =>
    s.type === "technical" && !s.unrecognised && s.category !== "methodology";
  const names: string[] = [];
  for (const whole of own.split(/[.,;!?()]+/)) {
    // The job's own words are no skill ("graphic designer" is not Graphic Design held).
    // "… Tableau and Excel at a logistics company": where they were used is no part of the list
    // (Excel, a name that needs a neighbour, was lost: new-user trial 2026-12-06).
    const piece = held
      .reduce((left, phrase) => left.replace(phrase, " "), whole)
      .replace(/\s+(?:at|for|in|with|from)\s+(?:a|an|the|my|our)\s+[^,]*$/i, "");
    const found = extractSkills(piece).filter(specific);
    // "figma illustrator photoshop" is a list written without commas: read as one, names that
    // need a neighbour ("illustrator", "excel") get theirs.
    const words = piece.trim().split(/\s+/).filter(Boolean);
    const listed = words.length <= 8 ? extractSkills(words.join(", ")).filter(specific) : [];
    const covered = listed.reduce(
      (n, s) => n + s.spans.reduce((k, x) => k + x.text.split(/\s+/).length, 0),
      0,
    );
    const asList = found.length > 0 && words.length - covered <= 1;
    for (const s of asList ? listed : found) names.push(s.name);
  }
  // "(QuickBooks, Xero, reconciliations, month-end close)" after the job: a list in brackets
  // with a tool in it is what they do there, every item (as "I know …" lists are read).
  for (const group of own.matchAll(/\(([^()]{3,300})\)/g)) {
    const items = group[1]!.split(/\s*,\s*|\s+(?:and|with)\s+/).map((i) => i.trim());
    const known = (i: string) => getTaxonomy().byNormalizedKey(normalizeKey(i)) !== undefined;
    if (!extractSkills(group[1]!).some(specific) && items.filter(known).length * 2 < items.length) continue;
    for (const item of items) {
      if (item.split(/\s+/).length > 4 || !/\p{L}{2}/u.test(item)) continue;
      names.push(getTaxonomy().byNormalizedKey(normalizeKey(item))?.name ?? item);
    }
  }
  return [...new Set(names)].slice(0, 15).map((name) => ({ name }));
}

export function certificatesSaid(text: string): string[] {
  for (const pattern of CERTIFICATE_HELD) {
    const name = pattern.exec(text)?.[1]?.trim();
    if (name && name.split(/\s+/).length <= 6) return [name.charAt(0).toUpperCase() + name.slice(1)];
  }
  return [];
}
