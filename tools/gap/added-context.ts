/**
 * What the person adds in chat for a reanalysis ("I also have 3 years of Spark and Airflow",
 * "2 years of Kubernetes and I'm an expert in Terraform"): every skill named, each with the
 * years and level of its own clause. Skills are read from the whole message, so an ambiguous
 * name (Spark, Go, R) is judged with all the words around it, and with the job's own
 * requirements as context: "Spark" in a message answering a Spark posting is Apache Spark.
 */

import type { SkillExtractor } from "../jobs/types.ts";
import { levelForYears } from "../jobs/years.ts";
import type { ExtractedSkill } from "../skills/types.ts";
import { CARDINAL_WORD_PATTERN, parseNumberWord } from "../text/number-words.ts";
import type { SkillAddition } from "./ports.ts";

const STATED_LEVEL: [RegExp, SkillAddition["proficiency"]][] = [
  [/\b(expert|mastered|deep expertise)\b/i, "expert"],
  [/\b(advanced|strong|proficient|very good)\b/i, "advanced"],
  [/\b(intermediate|good|solid|working knowledge|comfortable)\b/i, "intermediate"],
  [/\b(beginner|basic|some|a bit|learning|familiar)\b/i, "beginner"],
];
const YEARS = new RegExp(`(\\d{1,2}(?:\\.\\d)?|${CARDINAL_WORD_PATTERN})\\s*\\+?\\s*(?:years?|yrs)`, "i");

/**
 * Where a clause ends: a sentence mark, or "and"/"but"/"plus" (or a comma) that opens a new
 * statement — a subject ("and I'm an expert in…") or its own years ("and 2 years of Airflow").
 * A plain list ("Spark and Airflow") stays one clause, so its skills share the years.
 */
const CLAUSE_BREAK = new RegExp(
  `[.!?;]+\\s*|,?\\s+(?:and|but|plus)\\s+(?=(?:i\\b|i'm|i've|i'd|im\\b|ive\\b|my\\b|also\\b|(?:about\\s+|around\\s+|over\\s+)?(?:\\d|${CARDINAL_WORD_PATTERN})\\S*\\s*\\+?\\s*(?:years?|yrs)))|,\\s+(?=(?:i\\b|i'm|i've|my\\b))`,
  "gi",
);

function clauses(message: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let start = 0;
  for (const m of message.matchAll(CLAUSE_BREAK)) {
    const end = m.index ?? 0;
    if (end > start) out.push({ start, end, text: message.slice(start, end) });
    start = end + m[0].length;
  }
  if (start < message.length) out.push({ start, end: message.length, text: message.slice(start) });
  return out;
}

export interface KnownSkill {
  id: string;
  name: string;
  aliases?: string[];
  type: ExtractedSkill["type"];
  category: ExtractedSkill["category"];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Names of the job's requirements the extractor left out as ambiguous, found as whole words
 * in a clause that says something about experience (years or a level): "3 years of Spark"
 * answering a Spark posting. One-letter names must be written in capitals ("R", "C").
 */
function fromJobContext(message: string, known: KnownSkill[], have: Set<string>): ExtractedSkill[] {
  const out: ExtractedSkill[] = [];
  for (const skill of known) {
    if (have.has(skill.id)) continue;
    for (const name of [skill.name, ...(skill.aliases ?? [])]) {
      const short = name.length === 1;
      const re = new RegExp(`(?<![\\w+#.])${escapeRegExp(name)}(?![\\w+#])`, short ? "g" : "gi");
      const m = re.exec(message);
      if (!m) continue;
      const clause = clauses(message).find((c) => m.index >= c.start && m.index < c.end);
      if (!clause || !(YEARS.test(clause.text) || STATED_LEVEL.some(([p]) => p.test(clause.text)))) continue;
      out.push({
        id: skill.id,
        name: skill.name,
        type: skill.type,
        category: skill.category,
        spans: [{ start: m.index, end: m.index + m[0].length, text: m[0] }],
      });
      break;
    }
  }
  return out;
}

/** Skills, years and stated levels in a chat message, one addition per skill named. */
export function parseContext(
  message: string,
  extract: SkillExtractor,
  known: KnownSkill[] = [],
): SkillAddition[] {
  const found = extract(message);
  const all = [...found, ...fromJobContext(message, known, new Set(found.map((s) => s.id)))];
  const parts = clauses(message);
  const out: SkillAddition[] = [];
  const ordered = [...all].sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
  for (const skill of ordered) {
    if (out.some((o) => o.skillId === skill.id)) continue;
    const at = skill.spans[0]?.start ?? 0;
    const clause = parts.find((c) => at >= c.start && at < c.end) ?? { text: message };
    const years = YEARS.exec(clause.text);
    const y = years ? parseNumberWord(years[1]!) : undefined;
    const stated = STATED_LEVEL.map(([p, level]) => [p.exec(clause.text)?.[0], level] as const).find(
      ([m]) => m,
    );
    const proficiency = stated?.[1] ?? (y !== undefined ? levelForYears(y) : "intermediate");
    out.push({
      skillId: skill.id,
      name: skill.name,
      proficiency,
      proficiencyReason: stated
        ? `stated: "${stated[0]}"`
        : y !== undefined
          ? `stated: ${y} year(s)`
          : "said in chat",
      proficiencyStated: stated !== undefined || y !== undefined,
      ...(y !== undefined ? { years: y } : {}),
      evidence: clause.text.trim().slice(0, 200),
    });
  }
  return out;
}
