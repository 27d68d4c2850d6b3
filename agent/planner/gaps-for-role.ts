/**
 * "what am I missing for operations manager?", "which skills do I lack to become a nurse?":
 * a question about the gaps that names the role. The answer is the analysis of that role,
 * so the role becomes the target first (trial, issue 12: it was read as a search for
 * interview questions, a skills listing or a roadmap, and the named role was dropped).
 * The intent model reads the kind of request; this reads the slot, a role after a gap
 * question's lead-in, which the model does not extract.
 */
import { rolePhrase } from "../../tools/jobs/role-lead-ins.ts";
import { normalize } from "./normalize.ts";
import { statesRoleInOtherLanguage } from "./plans/analysis-plans.ts";
import { cleanPhrase, originalCase } from "./slots.ts";
import { call, calls, type Outcome, type PlanContext } from "./types.ts";

/** The question asks what is missing or needed ("what … missing", "which skills do I lack"). */
const ASKS_GAPS =
  /^(?:(?:so|and|ok|okay|hey|hi|then)[\s,]+)?(?:what|wat|which|wht)\b.{0,40}?\b(?:missing|lack(?:ing)?|need(?:ed)?|gaps?|short of)\b/;
/**
 * The same question in the other languages the chat reads: "¿qué habilidades me faltan …",
 * "o que me falta …", "qu'est-ce qui me manque …", "quelles compétences me faut-il …", "was
 * fehlt mir …", "welche Fähigkeiten brauche ich …". Its role comes after that language's
 * lead-in ("para ser", "pour devenir", "um … zu werden"), read by the role service.
 */
const ASKS_GAPS_ABROAD =
  /^[¿¡\s]*(?:(?:y|e|et|und|pues|bueno|alors|also)[\s,]+)?(?:(?:qu[ée]|o que|que|quais|cu[áa]les)\s+(?:\p{L}+\s+){0,2}?(?:me\s+)?(?:falta|faltan|faltam|necesito|necessito|preciso|debo|devo)\b|qu['’]est-ce qui me manque|que me manque|quelles?\s+(?:\p{L}+\s+)?(?:me manque|me manquent|me faut|dois-je|faut-il)|de quoi ai-je besoin|was fehlt mir|welche\s+(?:\p{L}+\s+)?(?:fehl(?:t|en) mir|brauche ich|muss ich)|was brauche ich|was muss ich)/iu;

/** The role after the lead-in: "for", "to be/become", "to work as", "as". */
const ROLE_AFTER =
  /\b(?:for|4|to (?:be|become|work as|get into|move into|land|get hired as)|as|in order to (?:be|become))\s+(?:(?:a|an|the)\s+)?(?:(?:job|role|position|career) as\s+(?:a|an)?\s*)?(.+?)(?:\s+(?:role|job|position|jobs|roles|positions))?[\s?.!]*$/;
/** Words that name something other than a role: the job in focus, an interview, the roadmap, … */
const NOT_A_ROLE =
  /^(?:it|this|that|them|there|one|me|my|your|our|his|her|their|this one|that one)\b|\b(?:interviews?|week|roadmap|plan|applications?|resume|cv|profile|exams?|tests?|certifications?|certs?|courses?|degree|visa|promotion|raise|next step|next steps|analysis|score)\b|\b(?:and|or|but|then)\b/;

/** The role a gap question names, as typed, or undefined when it names none. */
export function roleOfGapQuestion(raw: string): string | undefined {
  const t = normalize(raw).trim();
  const lead = ASKS_GAPS.exec(t);
  if (!lead) return undefined;
  // "what is missing for me to become …": the role comes after "for me".
  const rest = t.slice(lead[0].length).replace(/\bfor me\b/, "");
  // "for this job, list it": a comma ends the role, and a pointing word before it names none (conv15u).
  const said = (ROLE_AFTER.exec(rest)?.[1] ?? "").split(/\s*[,;:]\s*|\s+[-–—]\s+/)[0]!;
  const role = cleanPhrase(said).trim();
  if (!role || role.split(/\s+/).length > 6 || NOT_A_ROLE.test(role) || NOT_A_ROLE.test(said.trim()))
    return undefined;
  return originalCase(role, raw);
}

const words = (s: string) =>
  s
    .toLowerCase()
    .match(/[a-z0-9+#]+/g)
    ?.join(" ") ?? "";

/**
 * The plan for a gap question naming a role: that role set as the target, then analysed;
 * when it is the target already, only analysed (the analysis lists what is missing).
 */
export function gapQuestionPlan(raw: string, context: PlanContext): Outcome | undefined {
  const { focus } = context;
  const role = roleOfGapQuestion(raw);
  if (!role) return gapQuestionAbroad(raw, context);
  const same = focus.jobTitle && words(focus.jobTitle) === words(role);
  return same
    ? calls(call("analyze_fit"))
    : calls(call("set_dream_job", { text: role }), call("analyze_fit"));
}

/**
 * A gap question in another language naming a role: the role set (its service reads the
 * title in English words, or says to give it in English), then analysed; the target itself
 * named is only analysed. The rebuilt model read "¿qué habilidades me faltan para ser analista
 * de datos?" as a career-paths question, and the named role was dropped (CI, issue 12).
 */
function gapQuestionAbroad(raw: string, context: PlanContext): Outcome | undefined {
  if (raw.includes("\n") || !ASKS_GAPS_ABROAD.test(raw.trim()) || !rolePhrase(raw).language) return undefined;
  const target = statesRoleInOtherLanguage({ raw, t: normalize(raw) }, context);
  return target ? calls(...target.calls, call("analyze_fit")) : calls(call("analyze_fit"));
}
