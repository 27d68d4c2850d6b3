/**
 * "Preparation is not a skill, please remove it. and I have used Moodle and Google Classroom for
 * years": the item said not to be a skill is removed, and what follows is read on its own (here
 * two skills added). The whole message read as one removal took away the skills it adds and
 * kept the one it removes (trial16 §13, trial17 §3, trial18 §2); "X is not a skill" alone was
 * read as a work value. Said in the chat's five languages.
 */
import { skillNames } from "./slot-words.ts";
import { call, type Outcome, type PlanContext } from "./types.ts";

/** "X is not a skill" and its kin; X is group 1, what follows the sentence group 2. */
const NOT_A_SKILL = new RegExp(
  [
    String.raw`^(?:no|nope|actually|well|hmm|also|btw)?[\s,!.:]*["'“]?(.{2,60}?)["'”]?\s+`,
    "(?:",
    [
      String.raw`(?:is not|isn'?t|is no|ain'?t|is not really|isn'?t really|is not even)\s+(?:a\s+)?(?:real\s+)?skill`,
      String.raw`(?:are not|aren'?t)\s+(?:real\s+)?skills`,
      String.raw`no (?:es|son) (?:una )?(?:habilidad|competencia|destreza)(?:es)?`,
      String.raw`n[ãa]o (?:[ée]|s[ãa]o) (?:uma )?(?:habilidade|compet[êe]ncia)s?`,
      String.raw`ne sont pas des (?:comp[ée]tences|aptitudes)|n'est pas une? (?:comp[ée]tence|aptitude)`,
      String.raw`(?:ist|sind) (?:keine|doch keine) (?:f[äa]higkeit(?:en)?|kompetenz(?:en)?|skills?)`,
    ].join("|"),
    // Only words about the item may follow in its clause: "…a skill you learn in a week" says no removal.
    String.raw`)s?(?:\s+(?:i have|i've got|of mine|at all|really|anymore|any more|tbh|lol|really|en absoluto|de verdade|du tout|wirklich))?`,
    String.raw`\s*(?:[.!?;]+|,|$)\s*([\s\S]*)$`,
  ].join(""),
  "iu",
);

/** "please remove it", "quítala", "lösch sie bitte": the removal of the item just named. */
const REMOVE_IT = new RegExp(
  [
    String.raw`^(?:so\s+|then\s+)?(?:please\s+|pls\s+|can you\s+|could you\s+|bitte\s+|por favor\s+)?`,
    "(?:",
    [
      String.raw`(?:remove|delete|drop|erase|take off|take out|get rid of)\s+(?:it|that|this|them)(?:\s+(?:from|off)\s+(?:my\s+)?(?:skills?|profile|list))?`,
      String.raw`(?:qu[íi]tal[oa]|b[óo]rral[oa]|elim[íi]nal[oa]|s[áa]cal[oa])`,
      String.raw`(?:remova|tira|apaga|exclua|remove)(?:-?[oa])?`,
      String.raw`(?:enl[èe]ve|supprime|retire)(?:-l[ae]|-le)?`,
      String.raw`(?:l[öo]sch(?:e|en)?|entfern(?:e|en)?)(?:\s+(?:sie|es|das))?`,
    ].join("|"),
    String.raw`)(?:\s+(?:please|pls|por favor|s'il te pla[îi]t|bitte))?[\s.,!;]*`,
  ].join(""),
  "iu",
);

/** "it's a language", "they're cities", "son ciudades", "c'est une ville": what the item is instead. */
const SAYS_WHAT_IT_IS =
  /^(?:it'?s|it is|they'?re|they are|those are|these are|son|es|são|é|c'est|ce sont|das (?:ist|sind)|es ist|sie sind|sind)\s/iu;

/** Places named as where they want to work ("cities where I want to work", "ciudades donde quiero trabajar"). */
const PLACES_WANTED =
  /\b(?:cit(?:y|ies)|towns?|places?|locations?|ciudad(?:es)?|cidades?|villes?|st[äa]dte?|orte?)\b[\s\S]*\b(?:work|live|trabajar|vivir|trabalhar|morar|travailler|vivre|arbeiten|wohnen)\b/iu;

/** A leading word that only joins the rest to what came before. */
const JOINER = /^(?:and|also|but|plus|oh and|y|e|et|und|aber|mais|pero|mas)\b[\s,]*/iu;

/** "I have used A and B for years", "I've worked with A": what they use, as skills. */
const USES =
  /\b(?:i(?: have|'ve| also| have also)? (?:used|use|worked with|work with|know|been using)|j'ai utilis[ée]|he usado|uso|usei|eu uso|ich (?:habe|hab)\b.*\b(?:benutzt|verwendet|genutzt))\b/iu;

/** The item as it stands on the profile when one of the own skills is named so (any case). */
function ownName(said: string, own: readonly string[] | undefined): string {
  const lower = said.toLowerCase();
  return own?.find((s) => s.toLowerCase() === lower) ?? said;
}

export async function notASkillThenMore(
  raw: string,
  context: PlanContext,
  plan: (text: string) => Promise<Outcome[]>,
): Promise<Outcome[] | undefined> {
  const said = NOT_A_SKILL.exec(raw.trim());
  if (!said) return undefined;
  const item = said[1]!.trim();
  // "this is not a skill" points at something said before, and a long stretch is no name.
  if (/^(?:it|this|that|these|those|they|which|what)$/i.test(item) || item.split(/\s+/).length > 5)
    return undefined;
  // "Málaga y Marbella no son habilidades": each item of a list of own skills.
  const parts = item.split(/\s*(?:,|&|\band\b|\by\b|\be\b|\bet\b|\bund\b)\s*/iu).filter(Boolean);
  const own = (p: string) => context.ownSkills?.some((s) => s.toLowerCase() === p.toLowerCase());
  const items = parts.length > 1 && parts.every(own) ? parts : [item];
  const removal: Outcome = {
    calls: items.map((one) => call("remove_skill", { skill: ownName(one, context.ownSkills) })),
  };
  const rest = said[2]!.replace(REMOVE_IT, "").replace(JOINER, "").trim();
  if (!/\p{L}{2,}/u.test(rest)) return [removal];
  // "…, son ciudades donde quiero trabajar": what the items are instead, no request of its own;
  // places they want to work in are their wished location.
  if (SAYS_WHAT_IT_IS.test(rest)) {
    if (!PLACES_WANTED.test(rest)) return [removal];
    return [
      removal,
      { calls: [call("set_preferences", { desiredLocation: items.join(" or ").slice(0, 120) })] },
    ];
  }
  // "I have used Moodle and Google Classroom for years": skills they use, each added.
  const used = USES.test(rest) ? skillNames(rest) : [];
  if (used.length > 0)
    return [removal, { calls: used.slice(0, 5).map((skill) => call("add_skill", { skill })) }];
  return [removal, ...(await plan(rest))];
}
