/**
 * A message cut into the requests it holds ("show my skills and remove flash"), and the
 * parts of a piece that are not a request of their own: a bare pointer back ("do it too"),
 * a statement of what the person did, material quoted after a colon.
 */

import { onlySetDirective } from "./set-directive.ts";

/** Split points that start a new request ("show my skills and remove flash", "finished week 2, what's next?"). */
export const SPLIT =
  /(?<=[.!?;])\s+(?=\S)|\s*;\s*|,?\s+(?:and then|then|and also|also|plus|after that|afterwards)\s+(?=\w)|,\s*(?:and\s+)?(?=(?:show|make|create|give|analy[sz]e|build|list|add|remove|delete|export|compare|what|how|why|draft|plan|tell|can you|could you|please|i finished|i applied|mark|am i|do i|is it)\b)|\s+and\s+(?=(?:show|make|create|give|analy[sz]e|build|list|export|compare|tell|what|how|why|draft|plan|put|set|remove|delete|add|draw up|generate|prepare|can you|could you|mark|give me another|i (?:finished|applied|also|want)|my (?:profile|skills|roadmap|applications))\b)/i;

export const POINTS_BACK =
  /^(?:\w+\s+){0,2}(?:it|that|this|them)(?:\s+(?:anyway|anyways|too|also|again|please|pls|now|then|in|on|there)|\s+(?:as\s+)?(?:an?\s+)?(?:beginner|intermediate|advanced|expert)(?:\s+level)?)*\s*[.!]*$/i;

/**
 * "and the previous run, what did it give me": a short question about "it" after a piece that
 * named the thing asks that piece's request again, not one about whatever is in focus.
 */
export const ASKS_OF_IT =
  /^(?:so\s+|and\s+)?(?:what|how)\s+(?:did|does|do|was|is|were)\s+(?:it|that|this|they)(?:\s+\w+){0,3}\s*\??$/i;

/**
 * The pieces that are requests of their own: a piece that only points back ("... at starbucks.
 * add it anyway") or asks about "it" after the piece that named it is the rest of the message's
 * request said again, not another one.
 */
export const requestPieces = (parts: string[]): string[] =>
  parts.filter((p, i) => !POINTS_BACK.test(p) && !(i > 0 && ASKS_OF_IT.test(p)));

/** "I updated my skills" next to "check again?" says why, it does not ask to see them. */
export const SAYS_WHAT_I_DID = /^i (?:just |already |have |'ve )?\w+ed\b/i;

/** The job held now, said in the present ("I manage a store", "I work as a CNA", "I'm a line cook"). */
const HOLDS_NOW =
  /^(?:(?:and|but|btw|fyi|also)[\s,]+)?i(?:'m| am| currently| now)?\s+(?:manage|run|supervise|lead|work\s+(?:as|at|in|for)|drive|teach|nurse|am\s+an?|'m\s+an?)\b/i;
/** Words that make the clause a wish or a change, not a fact beside the request. */
const WISHES =
  /\b(?:want|wanna|would like|'d like|hope|become|be an?|switch|move into|transition|aim|dream|goal|target|next)\b/i;

/**
 * A piece of a message of several that only tells something beside the request: what the person
 * did ("I updated my skills" beside "check again?") or the job they hold ("got any questions on
 * angry customers? I manage a store" — the job was set as a target, conv12q, a blind7 class).
 */
export const onlyContext = (r: { intent: string; seg: { raw: string } }): boolean =>
  (r.intent.startsWith("show_") && SAYS_WHAT_I_DID.test(r.seg.raw)) ||
  (r.intent === "set_dream_job" && HOLDS_NOW.test(r.seg.raw.trim()) && !WISHES.test(r.seg.raw));

/**
 * A piece that only colours the one before ("rejected. again. lol", "no offer. ugh"): an aside
 * asks for nothing, so it stays with that piece instead of being read as a request of its own
 * (alone after an analysis, "again" reads as a re-run and "lol" as a question about the score).
 */
const ASIDE =
  /^(?:again|yet again|once again|lol+|lmao+|rofl|haha+|hehe+|ugh+|meh|sigh|smh|fml|rip|oof|xd+|jaja+|kkk+|mdr|ptdr|encore|otra vez|de novo|schon wieder|phir se|yaar)[\s.!?]*$/i;

/** A piece that only says how ("make it hard", "keep it short", "nothing too easy"): the request before it (conv14u: read as a roadmap). */
const MANNER =
  /^(?:(?:make|keep)\s+(?:it|them|this|that)\s+|nothing\s+too\s+|not\s+too\s+|something\s+|an?\s+)?(?:really\s+|super\s+|very\s+|extra\s+|a\s+bit\s+|kinda\s+)?(?:hard|harder|tough|tougher|difficult|tricky|trickier|easy|easier|short|shorter|quick|brutal|challenging|spicy)(?:\s+(?:one|ones|pls|please|plz))*[\s.!?]*$/i;

/** The text without a closing piece that only says how ("quiz me, make it hard" -> "quiz me"). */
export const withoutManner = (raw: string): string =>
  raw
    .split(/(?<=[.!?,;])\s+/)
    .filter((p, i) => i === 0 || !MANNER.test(p))
    .join(" ");

/** "that's the plan", "that's my goal": a wish just said, affirmed; no request of its own (it read as showing the roadmap). */
const AFFIRMS =
  /^(?:so\s+)?(?:that'?s|thats|that is|this is|it'?s)\s+(?:the|my|our)\s+(?:plan|goal|dream|idea|move|target|aim)(?:\s+(?:now|anyway|for real))?[\s.!]*$/i;

export function pieces(raw: string): string[] {
  const out: string[] = [];
  for (const piece of raw.split(SPLIT)) {
    const p = piece?.trim();
    if (!p || p.length <= 1) continue;
    if (out.length > 0 && (ASIDE.test(p) || MANNER.test(p) || AFFIRMS.test(p) || onlySetDirective(p)))
      out[out.length - 1] = `${out[out.length - 1]} ${p}`;
    else out.push(p);
  }
  return out;
}

/**
 * "can you review my linkedin headline: 'Aspiring Analyst | SQL | Python'": words quoted after
 * a colon are the material the request is about, not the request; skill names in them read as
 * a search for questions. The model reads the frame; slots are still read from the whole.
 */
export const QUOTED_MATERIAL = /^(.{6,}?)\s*:\s*["'“‘](\S+(?:\s+\S+)+)["'”’]\s*[?.!]*$/s;

export const requestWords = (raw: string) => QUOTED_MATERIAL.exec(raw.trim())?.[1] ?? raw;

/** Words that make a request of their own ("and show my roadmap"), not a detail of the last one. */
const ASKS =
  /\b(?:show|list|see|view|display|delete|remove|drop|add|make|create|build|check|analy[sz]e|compare|give|tell|explain|what|whats|what's|how|why|when|where|which|who|can|could|export|track|practi[cs]e|bookmark|save|set|update|change)\b/i;

/**
 * "and week 2" after "finished week 1": after the lead word, a few words that ask nothing of
 * their own are a detail of the last request, however sure the model is of another reading
 * of them alone ("week 2?" shows the week; after progress it is more progress).
 */
export function onlyDetails(raw: string): boolean {
  const rest = raw.replace(/^(?:and also|oh and|and|also|plus)\b[\s,]*/i, "").replace(/[?!.]+$/, "");
  const words = rest.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || ASKS.test(rest)) return false;
  // "and Stripe as a backend engineer" after logging an application: a longer run of names
  // is a detail too, while it says nothing about anyone ("and they ghosted me", "and I want
  // to be …" are news and wishes of their own).
  return words.length <= 3 || (words.length <= 7 && !SOMEONE.test(rest));
}

/** Words that make a clause about someone: a statement or a wish, not a list of details. */
const SOMEONE = /\b(?:i|i'm|im|me|my|we|us|our|you|your|they|them|their|it|he|she|his|her)\b/i;

/**
 * "ok back to the analysis, what's my biggest gap?": a lead-in that returns to an earlier topic
 * only frames the request after it (read alone, the whole was asked back with three choices).
 */
const RETURN_LEAD_IN =
  /^(?:(?:ok(?:ay)?|so|anyway|alright|right)[\s,]+)*(?:(?:let'?s\s+)?(?:go(?:ing)?\s+)?back\s+to|returning\s+to|anyway\s+about)\s+(?:the|my|our)\s+[\p{L}\s-]{2,30}?\s*[,:;.!-]+\s*(\S.*)$/iu;

/** The request after a lead-in that returns to a topic, or undefined when there is none. */
export const afterReturnLeadIn = (raw: string) => RETURN_LEAD_IN.exec(raw.trim())?.[1];
