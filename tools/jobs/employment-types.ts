/**
 * The kind of employment a person says they want: "only part-time", "je cherche un mi-temps",
 * "nur Teilzeit", "só meio período", "full-time please", "contract work only", "freelance". Kept
 * as a profile preference (lead's new-user trial, issue 12: "only part-time" was asked "What would
 * you like me to keep in mind?" and nothing was kept). Nothing is guessed: a kind said with a "no"
 * before it ("no part-time") is not wanted, and is left out.
 */
import type { EmploymentType } from "../../contract/profile.ts";
import { WORD_END, WORD_START } from "../text/word-bounds.ts";

/** Each kind's words, in the chat's languages (English first; Hindi speakers use the English words). */
const KIND_WORDS: [EmploymentType, string][] = [
  [
    "part_time",
    String.raw`part[- ]?time|part[- ]?timer|medio tiempo|media jornada|tiempo parcial|mi[- ]temps|temps partiel|teilzeit(?:stelle|job)?|meio per[ií]odo|meio expediente|tempo parcial`,
  ],
  [
    "full_time",
    String.raw`full[- ]?time|tiempo completo|jornada completa|plein temps|temps plein|vollzeit(?:stelle|job)?|tempo integral|per[ií]odo integral`,
  ],
  [
    "contract",
    // "contract" alone is also a document ("I signed the contract"): a kind only before a job word or after another kind.
    String.raw`contract(?:ing)?(?= (?:work|role|roles|job|jobs|position|positions|only|basis|gigs?))|(?<=(?:time|or|and|/)\s{0,2})contract(?:ing|s)?|contractor|freelanc\w*|free-lanc\w*|por contrato|aut[oó]nomo|ind[ée]pendant|freiberuf\w*|aut[ôo]nomo`,
  ],
  [
    "temporary",
    String.raw`temp(?:orary)? (?:work|role|roles|job|jobs|position|positions)|(?:trabajo|empleo|puesto) temporal|int[ée]rim|cdd|befristet\w*|tempor[aá]rio`,
  ],
];

/** A "no" right before the kind: "no part-time", "pas de temps partiel", "kein Teilzeit", "sem meio período". */
const REFUSED_BEFORE = String.raw`(?:no|not|never|nothing|don'?t want|no quiero|ni|sin|pas|jamais|kein\w*|nicht|sem|n[aã]o quero|nahi)\s+(?:(?:an?|un|une|de|en|à)\s+)?$`;

/** Studies after the words: "a part-time MBA" is how they study, not the job they want. */
const STUDIES = String.raw`\s+(?:mba|degree|course|courses|master'?s?|bachelor'?s?|studies|student|program(?:me)?|study|phd|diploma|certificate|mestrado|m[aá]ster|studium|[ée]tudes|formation|curso)`;

const PATTERNS: [EmploymentType, RegExp][] = KIND_WORDS.map(([kind, words]) => [
  kind,
  new RegExp(`${WORD_START}(?:${words})${WORD_END}(?!${STUDIES})`, "giu"),
]);

/** The kinds of employment a message says are wanted, in the order said (each once). */
export function employmentIn(text: string): EmploymentType[] {
  const found: { kind: EmploymentType; at: number }[] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      if (new RegExp(REFUSED_BEFORE, "iu").test(before)) continue;
      if (!found.some((f) => f.kind === kind)) found.push({ kind, at: m.index });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.kind);
}

const KIND_NAMES: Record<EmploymentType, string> = {
  part_time: "part-time",
  full_time: "full-time",
  contract: "contract",
  temporary: "temporary",
  internship: "internship",
  freelance: "freelance",
};

/** "part-time work", "full-time or contract work". */
export function employmentWords(kinds: readonly EmploymentType[]): string {
  return `${kinds.map((k) => KIND_NAMES[k]).join(" or ")} work`;
}
