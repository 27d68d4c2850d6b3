/**
 * A protest that the person already does what they were told they lack, read before the intent
 * model (trial14 §4): "customer service is literally my job, i talk to customers every day" set
 * "Customer Service" as the dream job; "my leadership isnt just listed, i mentored 3 AEs …" was
 * filed as a project named by the whole sentence; "i dont need to be an expert in amplitude AND
 * mixpanel, the ad says 'or similar'. i've used google analytics and hotjar" added the skill "or
 * similar". Each is a claim about the person's own work: the skill it names is recorded
 * (add_skill), nothing else is set, and the sentence is never an entry's name.
 */
import type { PlannedCall } from "../tools/schemas.ts";
import { knownSkillNames } from "./slot-words.ts";
import { call, type Outcome } from "./types.ts";

const LEAD = String.raw`^(?:(?:but|and|also|well|look|dude|bro|um+|uh+|like|no|nah|honestly|seriously|come\s+on|ok(?:ay)?|so|lol|pero|mais|aber|mas)[\s,!.]+)*`;

/** "X is literally my job", "X es literalmente mi trabajo", "X c'est mon métier", "X ist mein Job", "X é o meu trabalho". */
const IS_MY_JOB = new RegExp(
  String.raw`${LEAD}(.{2,40}?)\s*(?:,\s*)?(?:is|are|'s|es|c['’]est|est|ist|é|hai)\s+(?:literally\s+|basically\s+|actually\s+|already\s+|quite\s+literally\s+|like\s+|literalmente\s+|básicamente\s+|littéralement\s+|buchstäblich\s+|wortwörtlich\s+|praktisch\s+|literalmente\s+)*(?:(?:my|mi|mon|ma|mein|meine|o\s+meu|meu|mera)\s+)(?:(?:whole|entire|actual|day|main|daily|everyday)\s+)?(?:job|work|day\s+job|bread\s+and\s+butter|trabajo|oficio|m[ée]tier|travail|boulot|beruf|job|alltag|trabalho|kaam)(?=\s*(?:$|[,.;:!…)–—-])|\s+(?:and|but|lol|haha|jaja|y|et|und|e|too)\b)`,
  "iu",
);

const QUESTION_WORD =
  /^(?:how|what|where|when|why|who|which|whose|c[oó]mo|qu[eé]|cu[aá]l|d[oó]nde|comment|quoi|quel(?:le)?|wie|was|wo|welche[rs]?|como|onde|kya|kaise)\b/i;

/** "my leadership isnt just listed", "my SQL is not just on paper": the skill said to be shown. */
const NOT_JUST_LISTED =
  /(?:^|[\s,.;!])my\s+(.{2,40}?)\s+(?:isn'?t|is\s+not|isnt|wasn'?t|aren'?t|arent)\s+(?:just|only|merely)\s+(?:listed|a\s+(?:word|buzzword|keyword)|on\s+paper|a\s+line)\b/i;

/** "i dont need to be an expert in X and Y", "the ad says 'or similar'": the ask argued, not a skill. */
const ASK_ARGUED =
  /\b(?:do(?:n['’]?t|nt|\s+not)\s+need\s+(?:to\s+(?:be\s+an?\s+(?:expert|pro)\s+(?:in|at|on)|know|have)|both)|(?:ad|posting|listing|jd)\s+(?:says|said|asks\s+for)\s+['"“]?(?:or\s+similar|or\s+equivalent|or\s+comparable))/i;

/** "i've used google analytics and hotjar on client sites": what they say they have used. */
const USED =
  /\b(?:i(?:['’]ve|\s+have)?\s+(?:used|worked\s+with|been\s+using|know)|i\s+use)\s+(.+?)(?:[.;!?]|$)/i;

/** The names in "A, B and C on client sites": each item, without where it was used. */
function itemsIn(list: string): string[] {
  return list
    .replace(/\s+(?:on|at|for|in|with|across|daily|every\s+day|a\s+lot|for\s+years)\b.*$/i, "")
    .split(/\s*,\s*|\s+(?:and|&|or|plus)\s+/i)
    .map((s) => s.trim().replace(/^(?:a\s+lot\s+of|some|the)\s+/i, ""))
    .filter((s) => s && s.split(/\s+/).length <= 3 && /\p{L}/u.test(s));
}

const added = (skills: string[]): Outcome | undefined =>
  skills.length ? { calls: skills.map((skill): PlannedCall => call("add_skill", { skill })) } : undefined;

/** The skill a named phrase is: the phrase itself when short and no clause, else a skill the taxonomy knows in it. */
function skillOf(said: string): string | undefined {
  const phrase = said.trim().replace(/^(?:(?:the|el|la|los|las|le|les|die|der|das|o|a|os|as)\s+|l['’])/i, "");
  const words = phrase.split(/\s+/);
  if (words.length <= 4 && !/\b(?:i|it|this|that|what|which|my|your|yo|je|ich|eu)\b/i.test(phrase))
    return phrase;
  return knownSkillNames(phrase).find((s) => s.length > 2);
}

/** The add_skill calls a protest of one's own work says, or undefined when the message is none. */
export function ownWorkClaimed(raw: string): Outcome | undefined {
  const text = raw.trim();
  if (ASK_ARGUED.test(text)) {
    const used = USED.exec(text)?.[1];
    // Nothing said to be used: the argument alone changes nothing saved.
    return added(used ? itemsIn(used) : []) ?? { calls: [], say: { kind: "ask_correction" } };
  }
  const listed = NOT_JUST_LISTED.exec(text)?.[1];
  if (listed) return added([skillOf(listed)].filter((s): s is string => !!s));
  const mine = IS_MY_JOB.exec(text)?.[1];
  // "how is my job search going?", "what is my job title?": a question, not a claim.
  if (mine && !QUESTION_WORD.test(mine)) {
    const skill = skillOf(mine.replace(/^(?:el|la|le|les|die|der|das|o|a)\s+/i, ""));
    return skill ? added([skill]) : undefined;
  }
  return undefined;
}
