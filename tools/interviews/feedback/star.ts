/**
 * STAR check for behavioural answers: does the answer set the Situation, name the Task,
 * describe the person's own Actions, and end with a Result (ideally measured)? Cue
 * phrases are matched per sentence so the feedback can quote where each part was found.
 */
import { splitSentences } from "./sentences.ts";

export type StarPart = "situation" | "task" | "action" | "result";

export interface StarAnalysis {
  parts: Record<StarPart, { present: boolean; evidence?: string }>;
  quantifiedResult: boolean;
  /** Share of first-person singular among "I"/"we" statements (interviewers want your part). */
  ownership: number;
  score: number;
}

const CUES: Record<StarPart, RegExp> = {
  situation:
    /\b(when i was|at my (last|previous|current|first)|in my (last|previous|current|first) (role|job|position|team|company)|while (working|i was)|(last|this|one) (year|month|quarter|summer|semester)|(a|one) (time|project|day) (when|where)|(we|our team|the team|the company|my team|our client|a client|a customer) (had|was|were|faced|needed|got)|the (situation|context|problem|challenge) was|there was an?|we were (building|working|migrating|launching))\b/,
  task: /\b(my (task|goal|job|role|responsibility|objective|assignment) was|i was (asked|responsible|tasked|assigned|supposed|expected)|i (needed|had|wanted) to|we (needed|had) to|the (goal|aim|target|deadline) was|it was my job|i owned)\b/,
  action:
    /\b(i (first |then |also |personally |quickly )?(decided|built|created|wrote|led|organi[sz]ed|set up|started|proposed|talked|met|reached out|scheduled|implemented|designed|analy[sz]ed|investigated|introduced|changed|called|asked|worked|spoke|prioriti[sz]ed|coordinated|escalated|fixed|added|reviewed|automated|trained|documented|negotiated|presented|rewrote|refactored|tested|measured|interviewed|mapped|listened|explained|suggested|drafted|ran|used|took|gathered|collected|broke|split|paired|mentored|contacted|arranged|created|planned|focused|volunteered))\b/,
  result:
    // A change said plainly ("bookings went up 20%", "complaints fell to none") is a result. A bare
    // percentage is not: the situation has them too ("failed for 2% of orders").
    /\b(as a result|in the end|eventually|ultimately|finally|the (result|outcome|impact) was|this (led|resulted|meant|helped|reduced|increased|saved|improved)|which (led|resulted|reduced|increased|saved|improved|meant|helped)|we (reduced|increased|saved|improved|delivered|launched|shipped|cut|hit|met|won|closed|finished|recovered)|(reduced|increased|improved|saved|cut|grew|raised|lowered|dropped) [\w\s]{0,40}\bby\b|(went|shot|jumped|climbed) (up|down)|(rose|fell|grew|dropped|doubled|halved|tripled) (by|to|from|\d)|i learned|the lesson|since then|afterwards)\b/,
};

/**
 * Said in plain words, without the textbook cues: "I sorted the queue", "I told them"
 * (the first person and a past-tense verb is an action), and an ending told as what came of
 * it ("by closing every prescription was filled", "nobody complained", "the drawer balanced").
 * Trial 2026-12-06 F13: a complete story in such words was told it had no situation or result.
 */
const PLAIN_ACTION =
  /\bi (?:\w+ly |then |also |first |just |even )?(?!(?:need|feed|proceed|exceed|succeed|speed)\b)(?:\w{2,}ed|told|kept|went|made|gave|sent|spoke|took|found|wrote|got|did|brought|stayed|put|set|ran|began|chose|held|paid|stood|sat|drove|led|rang|taught|showed|stepped|dealt|double-checked|split|cut|caught|built)\b/;
const PLAIN_RESULT =
  /\b(by (the end|closing|the time|friday|monday|evening|morning|the next)|turned out|it worked|that worked|in time|on time|no (one|more|further|complaints?|errors?|mistakes?)|nobody|none of|every (one|order|prescription|customer|patient|student|item|ticket)|all (of )?(the )?\w+ (were|was|went|got)|(was|were|got) (fixed|solved|resolved|found|balanced|approved|delivered|back)|balanced|resolved|thanked|praised|promoted|passed|(was|were) (happy|satisfied|pleased)|never happened again|from then on|ever since|still (use|uses|used)|asked me to|the next (day|week|month|quarter|year)|learn(ed|t))\b/;
/** Words that open a scene: a time, a place, how things stood. */
const SETTING =
  /\b(was|were|had|during|on (a|the)|one (day|night|morning|evening|week)|last (year|month|week)|every|busy|after|before)\b/;

// Any number (or a word for one) in a results sentence: "by 30%", "300 orders", "halved".
const QUANTIFIED = /\d|\b(zero|half|halved|doubled|tripled|twice|three times|ten times)\b/;

/**
 * A part the person labels ("Situation: …", "R: …", "Résultat : …") is that part whatever its
 * words: people taught the method write the labels, and a labelled situation with no cue
 * phrase ("Situation: our release slipped") was reported missing.
 */
const LABELS: Record<StarPart, RegExp> = {
  situation:
    /^(?:s|situation|context|background|situaci[oó]n|contexto|contexte|situa[cç][aã]o|kontext)\s*[:：]/,
  task: /^(?:t|task|goal|objective|tarea|t[aâ]che|aufgabe|tarefa|objetivo)\s*[:：]/,
  action: /^(?:a|actions?|what i did|acci[oó]n|acciones|aktion|ma[sß]nahmen?|a[cç][aã]o|a[cç][oõ]es)\s*[:：]/,
  result: /^(?:r|results?|outcome|impact|resultados?|r[ée]sultats?|ergebnis(?:se)?)\s*[:：]/,
};

/** The answer's sentences, a labelled part starting a sentence of its own even mid-line. */
function sentencesOf(answer: string): string[] {
  const labels = Object.values(LABELS)
    .map((r) => r.source.replace(/^\^/, "").replace(/\\s\*\[:：\]$/, ""))
    .join("|");
  // Only where a sentence could start, or written as a heading ("… every month Task: …"): "As
  // the PM I owned the situation: I called the vendor" is no label (trial F17.1 quoted it as
  // "situation: I called …", a line not in the answer).
  const breakBefore = new RegExp(`(?:(?<=[.!?;:]|^)\\s+|\\s+(?=\\p{Lu}))(?=(?:${labels})\\s*[:：])`, "giu");
  return splitSentences(answer.replace(breakBefore, "\n"));
}

export function analyzeStar(answer: string): StarAnalysis {
  const sentences = sentencesOf(answer);
  const lower = sentences.map((s) => s.toLowerCase());
  const parts = {} as StarAnalysis["parts"];
  for (const part of Object.keys(CUES) as StarPart[]) {
    const labelled = lower.findIndex((s) => LABELS[part].test(s));
    const index = labelled >= 0 ? labelled : lower.findIndex((s) => CUES[part].test(s));
    parts[part] = index >= 0 ? { present: true, evidence: sentences[index] } : { present: false };
  }
  plainParts(sentences, lower, parts);
  // Results come late in a story: a measured outcome anywhere after the first sentence counts.
  const quantifiedResult = lower.slice(1).some((s) => QUANTIFIED.test(s) && CUES.result.test(s));
  const text = ` ${answer.toLowerCase()} `;
  const iCount = (text.match(/\b(i|i'm|i've|i'd|my|me)\b/g) ?? []).length;
  const weCount = (text.match(/\b(we|we're|we've|our|us)\b/g) ?? []).length;
  const ownership = iCount + weCount === 0 ? 0 : iCount / (iCount + weCount);
  const present = (Object.values(parts) as { present: boolean }[]).filter((p) => p.present).length;
  const score = Math.round(
    present * 20 + (quantifiedResult ? 10 : 0) + (ownership >= 0.5 ? 10 : ownership * 20),
  );
  return {
    parts,
    quantifiedResult,
    ownership: Math.round(ownership * 100) / 100,
    score: Math.min(100, score),
  };
}

/**
 * The parts a story tells in plain words, where no cue or label found them: an action is a
 * first-person past-tense sentence; the result an outcome told after the first action; the
 * situation the opening sentence that sets the scene before it.
 */
function plainParts(sentences: string[], lower: string[], parts: StarAnalysis["parts"]): void {
  const firstAction = parts.action.present
    ? sentences.indexOf(parts.action.evidence!)
    : lower.findIndex((s) => PLAIN_ACTION.test(s));
  if (firstAction < 0) return;
  if (!parts.action.present) parts.action = { present: true, evidence: sentences[firstAction] };
  if (!parts.result.present) {
    const later = lower.findIndex((s, i) => i > firstAction && PLAIN_RESULT.test(s));
    if (later >= 0) parts.result = { present: true, evidence: sentences[later] };
  }
  if (!parts.situation.present && firstAction > 0 && SETTING.test(lower[0]!))
    parts.situation = { present: true, evidence: sentences[0] };
}
