/**
 * Asks for a kind of technology rather than one product: "an object-oriented language", "any
 * modern programming language", "a scripting language", "a major cloud provider". The skill
 * extractor finds product names; a kind said with its head noun ("language", "provider") is no
 * spelling of any node, so the ask was lost (an ad asking "an object-oriented language" asked
 * nothing), or read as another thing ("any modern language" as ESCO's modern languages, a
 * subject of foreign-language degrees). The kind is read from the taxonomy itself: the words
 * before the head noun name a concept node ("object-oriented" -> Object-Oriented Programming,
 * "scripting" -> Scripting, "cloud" -> Cloud Computing), and a language with only a vague
 * adjective is Programming. The ask is then met by any member of the kind (tools/gap
 * category-members.ts, the taxonomy's children): a category ask is met by evidence of any member.
 */
import type { SkillCategory } from "../../data/taxonomy/types.ts";
import type { ExtractedSkill } from "./types.ts";

export interface CategoryLookup {
  lookup(
    term: string,
  ): { id: string; name: string; type: ExtractedSkill["type"]; category: SkillCategory } | undefined | null;
  childrenOf?(id: string): ReadonlyArray<{ category: SkillCategory }>;
}

/**
 * Words that say how current or common the kind is, not which kind: "any modern language",
 * "a mainstream programming language", "a major cloud provider".
 */
const VAGUE =
  /^(?:a|an|any|one|some|other|at|least|the|modern|major|mainstream|popular|leading|common|public|general[- ]purpose|high[- ]level|strongly[- ]typed|typed|compiled|current|relevant|similar|such|as|of|more|or|and|programming|coding)$/i;
/** A kind said by its head noun: the languages of programming, the providers of a cloud. */
const KIND_PHRASE = /\b((?:[A-Za-z][\w+#-]*\s+){1,4})(languages?|providers?|vendors?)\b/g;
/** ESCO's modern languages (a subject of foreign-language degrees): an ad's "any modern language" is a programming one. */
const SPOKEN_SUBJECT = "modern-languages";
/** A kind node: a concept, whose members (children) are the products. */
const KIND_CATEGORIES = new Set<SkillCategory>(["concept", "methodology"]);

function kindOf(words: string[], head: string, graph: CategoryLookup) {
  const said = words.filter((w) => !VAGUE.test(w)).join(" ");
  const language = /^languages?$/i.test(head);
  if (said.length === 0) {
    // Only "a/any/one ... language" or a "programming language" is a programming ask: "a degree
    // in modern languages" and "the languages" are not.
    const programming =
      words.some((w) => /^(?:programming|coding)$/i.test(w)) ||
      (/^language$/i.test(head) && /^(?:a|an|any|one)$/i.test(words[0] ?? ""));
    return language && programming ? graph.lookup("programming") : undefined;
  }
  const node = (language ? graph.lookup(`${said} programming`) : undefined) ?? graph.lookup(said);
  if (!node || !KIND_CATEGORIES.has(node.category)) return undefined;
  // A provider or vendor is a platform: "a cloud provider", not "database vendors".
  return language || providesPlatforms(node.id, graph) ? node : undefined;
}

/** The kind's members are mostly platforms (cloud providers): the kinds a "provider" names. */
function providesPlatforms(id: string, graph: CategoryLookup): boolean {
  const children = graph.childrenOf?.(id) ?? [];
  const platforms = children.filter((c) => c.category === "cloud_platform").length;
  return platforms * 2 > children.length;
}

/**
 * The extracted skills with the kinds the ad asks by head noun added (span = the phrase), and
 * ESCO's modern languages dropped where the phrase is a programming language ask.
 */
export function withCategoryAsks(
  text: string,
  extracted: ExtractedSkill[],
  graph: CategoryLookup | undefined,
): ExtractedSkill[] {
  if (!graph) return extracted;
  const byId = new Map(extracted.map((s) => [s.id, s]));
  const programmingSpans: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(KIND_PHRASE)) {
    // Only the words right before the head noun: "experience with an object-oriented language".
    const words = [...m[1]!.matchAll(/\S+/g)];
    const cut = words.findLastIndex((w) => /^(?:with|in|of|using|a|an|any|one)$/i.test(w[0]));
    if (cut < 0) continue;
    // The determiner stays as the first word: "any" + "modern" + "language".
    const from = /^(?:a|an|any|one)$/i.test(words[cut]![0]) ? cut : cut + 1;
    const tail = words.slice(from).map((w) => w[0]);
    if (tail.length === 0) continue;
    const node = kindOf(tail, m[2]!, graph);
    if (!node) continue;
    const start = m.index! + words[from]!.index!;
    const span = { start, end: m.index! + m[0].length, text: text.slice(start, m.index! + m[0].length) };
    if (/^languages?$/i.test(m[2]!)) programmingSpans.push(span);
    const prev = byId.get(node.id);
    if (prev?.spans.some((s) => s.start <= span.start && s.end >= span.start)) continue;
    byId.set(node.id, {
      id: node.id,
      name: node.name,
      type: node.type,
      category: node.category,
      spans: [...(prev?.spans ?? []), span],
    });
  }
  const spoken = byId.get(SPOKEN_SUBJECT);
  if (spoken) {
    const kept = spoken.spans.filter(
      (s) => !programmingSpans.some((p) => s.start < p.end && s.end > p.start),
    );
    if (kept.length === 0) byId.delete(SPOKEN_SUBJECT);
    else byId.set(SPOKEN_SUBJECT, { ...spoken, spans: kept });
  }
  return [...byId.values()];
}
