/**
 * "what am I missing for operations manager?", "which skills do I lack to become a nurse?":
 * a question about the gaps that names the role. The answer is the analysis of that role,
 * so the role becomes the target first (trial, issue 12: it was read as a search for
 * interview questions, a skills listing or a roadmap, and the named role was dropped).
 * The intent model reads the kind of request; this reads the slot, a role after a gap
 * question's lead-in, which the model does not extract.
 */
import { normalize } from "./normalize.ts";
import { cleanPhrase, originalCase } from "./slots.ts";
import { call, calls, type Outcome, type PlanContext } from "./types.ts";

/** The question asks what is missing or needed ("what … missing", "which skills do I lack"). */
const ASKS_GAPS =
  /^(?:(?:so|and|ok|okay|hey|hi|then)[\s,]+)?(?:what|wat|which|wht)\b.{0,40}?\b(?:missing|lack(?:ing)?|need(?:ed)?|gaps?|short of)\b/;
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
export function gapQuestionPlan(raw: string, focus: PlanContext["focus"]): Outcome | undefined {
  const role = roleOfGapQuestion(raw);
  if (!role) return undefined;
  const same = focus.jobTitle && words(focus.jobTitle) === words(role);
  return same
    ? calls(call("analyze_fit"))
    : calls(call("set_dream_job", { text: role }), call("analyze_fit"));
}
