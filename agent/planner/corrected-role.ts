/**
 * "the Stripe role is actually data engineer, not backend", "that application was for data
 * scientist not backend engineer", "wrong job title — it's QA tester", "el puesto era analista
 * de datos, no backend": the role of an application was logged wrong. The application is
 * changed in place (change_application {position}); its day, status and history stay. Before,
 * the role was read as a new target job or another application to log (conv12n: the misses of
 * blind4). The application is the one named (tracked) or the one just logged or moved; a role
 * is taken only when the wrong one said shares a word with the role logged, or the role data
 * knows the new one — so "the job is actually fully remote" changes nothing.
 */
import { namesKnownRole } from "../../tools/jobs/target.ts";
import type { Focus } from "../graph/focus.ts";
import { withoutOpener } from "./correction-opener.ts";
import { applicationMeant, roleChangeAsked } from "./role-change-asked.ts";
import { wrongThenRight } from "./role-wrong-then-right.ts";
import { extractStatus } from "./slots.ts";
import { call, type Outcome } from "./types.ts";

/** The thing whose title is corrected, in the chat's languages. */
const ROLE_NOUN = String.raw`(?:one|role|job(?:\s+title)?|position|title|posting|application|app|opening|puesto|cargo|vaga|poste|stelle|rolle)`;
/** "is", "was" and "actually" in the chat's languages. */
const IS =
  "(?:is|was|'s|’s|era|fue|é|foi|est|était|c['’]était|ist|war|should\\s+(?:say|be|read)|needs?\\s+to\\s+(?:say|be)|deber[ií]a\\s+(?:ser|decir)|devrait\\s+(?:être|dire)|sollte\\s+\\S+\\s+(?:sein|heißen|lauten)|deveria\\s+(?:ser|dizer))";
const REALLY = "(?:actually|really|in fact|en realidad|na verdade|en fait|eigentlich|tatsächlich)";
/** "the <company> role is actually X, not Y" / "that application was for X" (company optional). */
const ROLE_IS = new RegExp(
  String.raw`^(the|that|this|my|el|la|a|o|le|die|der|das)?\s*(?:(\S+)\s+)?${ROLE_NOUN}(?:\s+(?:at|with|for|en|na|no|chez|bei)\s+(\S+))?\s+${IS}\s+(?:${REALLY}\s+)?(?:for|para|pour|für|de)?\s*(.+)$`,
  "iu",
);
/** "wrong role, it's X" / "it was for X, not Y". */
const WRONG_ROLE = new RegExp(
  String.raw`^(?:(?:wrong|incorrect)\s+${ROLE_NOUN}[\s,:;—-]+(?:it\s+(?:is|was)|it['’]?s|should\s+be)?\s*(?:for\s+|as\s+)?|it\s+was\s+for\s+)(.+)$`,
  "iu",
);
/** "it was X, not Y": a role only when the wrong one said is part of the role logged (below). */
const IT_WAS =
  /^(?:it\s+was|it['’]?s|that\s+(?:one\s+)?was|era|c['’][eé]tait|es\s+war|foi)\s+(?:(?:for|para|pra|pour|für)\s+)?(.+)$/iu;
/** The wrong role after the right one: "X, not Y" in the chat's languages. */
const NOT_WRONG = /^(.+?)[\s,;]+(?:not|no|não|nao|pas|nicht|instead of)\s+(?:an?\s+|the\s+)?(.+)$/iu;

const clean = (s: string) =>
  s
    .replace(/[\s.!?…]+$/u, "")
    .replace(/[\s.,;—-]+(?:my bad|sorry|lol|oops|perd[oó]n|desculpa|pardon)[\s.!]*$/iu, "")
    .replace(/^(?:an?|the|um|uma|une?|ein(?:e)?)\s+/iu, "")
    .replace(/\s+(?:role|job|position)$/iu, "")
    .trim();

const words = (s: string) => new Set(s.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
const sharesWord = (a: string, b: string) => [...words(a)].some((w) => words(b).has(w));

/** The role said and the wrong one, or undefined when the message corrects no role. */
function roleSaid(
  raw: string,
): { role: string; wrong?: string; company?: string; needsWrong?: boolean } | undefined {
  // "…, i typed it wrong": the aside that owns the mistake is no part of the role (conv12q); nor
  // is a closing "fix that" (conv15u).
  // "na verdade foi para X, não Y": "actually" in any language opens it like "no," does.
  const rest = withoutOpener(raw)
    .replace(new RegExp(String.raw`^${REALLY}[\s,]+`, "iu"), "")
    .replace(
      /[\s.,;!—-]+(?:my bad|sorry|lol|oops|my mistake|(?:pls\s+|please\s+|can\s+you\s+)?(?:fix|update|change|correct|edit)\s+(?:that|it|this)(?:\s+(?:pls|please))?|(?:(?:that\s+was\s+)?an?\s+)?typo|i\s+(?:typed|wrote|put|entered|spelled|got)\s+it\s+wrong|i\s+mistyped(?:\s+it)?)[\s.!]*$/iu,
      "",
    );
  const flipped = wrongThenRight(rest); // "the role wasn't X, it was Y"
  if (flipped) return { role: clean(flipped.role), wrong: clean(flipped.wrong) };
  const is = ROLE_IS.exec(rest);
  const wrongRole = is ? undefined : WRONG_ROLE.exec(rest)?.[1];
  // "oh hold on it was forklift driver, not warehouse": the wrong one must be said (checked below).
  const itWas = is || wrongRole ? undefined : IT_WAS.exec(rest)?.[1];
  const said = is ? is[4]! : (wrongRole ?? itWas);
  if (!said) return undefined;
  const company = is ? (is[3] ?? is[2]) : undefined;
  // "my job is data analyst" is the job they hold, unless it names an application ("my Stripe application").
  if (is && is[1]?.toLowerCase() === "my" && !company) return undefined;
  const not = NOT_WRONG.exec(said);
  if (itWas && !not) return undefined;
  const role = clean(not ? not[1]! : said);
  if (!role || role.split(/\s+/).length > 5) return undefined;
  return { role, wrong: not ? clean(not[2]!) : undefined, company, needsWrong: itWas !== undefined };
}

/** change_application with the right role, when the message corrects an application's role. */
export async function correctedRole(
  raw: string,
  focus: Focus,
  tracked: readonly string[] | undefined,
): Promise<Outcome | undefined> {
  // "can you change the title on my Acme application to …": asked for in so many words.
  const asked = roleChangeAsked(raw, focus, tracked);
  if (asked) return asked;
  const status = extractStatus(raw.toLowerCase());
  if (raw.split(/\s+/).length > 16 || (status && status !== "applied")) return undefined;
  const said = roleSaid(raw.trim());
  if (!said) return undefined;
  const { named, isLast, application } = applicationMeant(raw, focus, tracked);
  // A company word before the noun must be a tracked one ("the Stripe role"), not a kind ("the data role").
  if (said.company && !named && !/^(?:the|that|this|my)$/i.test(said.company)) return undefined;
  if (!application) return undefined;
  const before = isLast ? focus.application?.position : undefined;
  const fitsWrong = said.wrong !== undefined && (!before || sharesWord(said.wrong, before));
  if (said.needsWrong && !(before && fitsWrong)) return undefined;
  if (before && said.role.toLowerCase() === before.toLowerCase()) return undefined;
  // "a platform engineer position": a title the person calls a position is one, known or not (conv15u).
  const titled = new RegExp(
    `${said.role.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+(?:role|job|position|post)\\b`,
    "i",
  ).test(raw);
  if (!fitsWrong && !titled && !(await namesKnownRole(said.role))) return undefined;
  return { calls: [call("change_application", { application, position: said.role })] };
}
