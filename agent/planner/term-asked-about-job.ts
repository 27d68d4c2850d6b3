/**
 * "whats ADDIE? is it hard to learn", "what is SCORM?", "what does Epic mean" asked while a job
 * or its analysis is in focus: a question about a term, answered honestly from the skill data
 * (O*NET / ESCO via the taxonomy), never invented. The trial (F2.5) got "Which gap do you
 * mean?" with no options. The reply says what the skill data holds of the term (its kind, what
 * it is part of, what is related) and whether it is one of the person's gaps for the job, with
 * quick replies; a term the data does not hold is said so, with the gaps offered instead.
 * The question is read here; what the skill data holds of the term is the skills service's
 * (tools/skills/term-lookup.ts), so the planner reads no taxonomy.
 */
import { lookUpTerm } from "../../tools/skills/term-lookup.ts";
import type { Focus } from "../graph/focus.ts";
import type { Outcome } from "./types.ts";
import { listWords } from "./variety.ts";

/** The term of "what's X", "whats X?", "what is X", "what does X mean / stand for", "X?? what's that". */
const ASKS_TERM =
  /^(?:(?:so|and|ok|wait|hmm|um|sorry)[,\s]+)?(?:what(?:'s|s|\s+is|\s+are|\s+does)|wat(?:s|\s+is)|wht\s+is|qu[eé]\s+es|c'est\s+quoi|qu'est-ce\s+que|was\s+ist|o\s+que\s+[eé])\s+(?:an?\s+|the\s+)?["'“‘]?([\p{L}\p{N}][\p{L}\p{N}+#./& -]{0,30}?)["'”’]?(?:\s+(?:mean|stand\s+for|exactly|anyway))?\s*(?:\?+|[.!]|$)(.*)$/iu;
/** Words after "what's" that are no term: the conversation's own things ("meine größte Lücke", trial19 §6). */
const NOT_TERM =
  /^(?:my|your|our|meine?|mi|mis|mon|ma|mes|minha|meu|mera|meri|mere|deine?|tu|tus|ton|ta|tes|sua|seu|this|that|it|next|up|new|the (?:plan|score|gap|job|deal)|a good|better|best|wrong|the difference|happening|going on|the point|the salary|the pay|the verdict|a fit|the matter|left|missing|needed|required|the rule)\b/i;
/** The rest of the message may only ask about learning it or say little. */
const REST_OK =
  /^(?:\s*(?:is\s+it|how)\s+(?:hard|difficult|easy|long)\b.*|\s*(?:and\s+)?(?:do\s+i\s+need\s+it|is\s+it\s+important|lol|haha|\?+)?\s*)$/i;

export function termAskedAboutJob(raw: string, focus: Focus): Outcome | undefined {
  if (!focus.jobTitle || raw.includes("\n")) return undefined;
  const m = ASKS_TERM.exec(raw.trim());
  const term = m?.[1]?.trim();
  if (!term || !m || NOT_TERM.test(term) || term.split(/\s+/).length > 3 || !REST_OK.test(m[2] ?? ""))
    return undefined;
  // What the data holds of it is the skill service's (tools/skills/term-lookup.ts).
  const gaps = focus.gaps ?? [];
  const found = lookUpTerm(term, gaps);
  if (!found) return undefined;
  const { skill, gap: isGap } = found;
  const job = focus.jobTitle;
  const lines: string[] = [];
  if (skill)
    lines.push(
      `${skill.name} is ${skill.kind} in my skill data (O*NET / ESCO)${skill.listedWith.length ? `, listed with ${listWords(skill.listedWith, 3)}` : ""}. I have no longer description of it, so I won't make one up.`,
    );
  else
    lines.push(
      `"${term}" isn't in my skill data (O*NET / ESCO), so I can't tell you what it is or how hard it is to learn without guessing — and I won't guess.`,
    );
  if (isGap)
    lines.push(
      `It is one of your gaps for ${job}: ask why it's a gap, or how to learn it, for a first step and the time it takes.`,
    );
  else if (focus.analysisId && gaps.length)
    lines.push(`It isn't one of the gaps I matched for ${job}; those are ${listWords(gaps.slice(0, 3), 3)}.`);
  else
    lines.push(`If the ${job} posting asks for it, its wording there is the best guide to what they mean.`);
  const name = isGap ?? skill?.name;
  const choices = name
    ? [
        ...(isGap ? [{ label: `Why is ${name} a gap?`, text: `why is ${name} a gap?` }] : []),
        { label: `How do I learn ${name}?`, text: `how do I learn ${name}?` },
      ]
    : gaps.slice(0, 3).map((g) => ({ label: `Why is ${g} a gap?`, text: `why is ${g} a gap?` }));
  return {
    calls: [],
    say: { kind: "role_work", detail: lines.join(" "), ...(choices.length ? { choices } : {}) },
  };
}
