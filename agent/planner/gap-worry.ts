/**
 * A returner's worry about the time out, asked as a question: "I haven't worked since 2019, will
 * that gap hurt me?", "do I need a refresher course or to renew my license?", "I've been out of
 * work for 5 years, is that a problem?", "¿me perjudica el tiempo sin trabajar?". The trial
 * (trial16 §4) got "Sorry, that didn't work. I did not recognise a skill…" (the model filed it
 * as a certificate entry); the career-gap answer (career-gap-advice.ts) is what they ask for.
 * Only questions: telling a break ("I took 3 years off, I want to be a nurse") is an intro.
 */

/** The time out named as a thing that may count against them. */
const GAP_HURTS =
  /\b(?:will|would|does|do|is|could|can|won['’]?t|might)\s+(?:the|that|this|my|a|such\s+a|an)\s+(?:[\w-]+\s+){0,2}(?:gap|break|time\s+off|time\s+out|years?\s+off)\s+(?:hurt|harm|affect|matter|count|look|be\s+(?:a|an)\s+(?:problem|issue|red\s+flag|dealbreaker)|hold\s+me\s+back|put\s+\w+\s+off|ruin)/iu;

/** Not working for a while, told in a question about what it means now. */
const OUT_NOW =
  /\b(?:haven['’]?t\s+worked|have\s+not\s+worked|not\s+worked|been\s+out\s+of\s+(?:work|the\s+work\s*force|the\s+workforce|the\s+field|nursing|teaching)|been\s+(?:a\s+)?stay[- ]at[- ]home|been\s+home\s+with\s+(?:my|the)\s+(?:kids?|children))\b/iu;
const ASKS_WHAT_NOW =
  /\b(?:will|would|is\s+(?:that|it|this)|does\s+(?:that|it|this)|do\s+i\s+(?:need|have\s+to)|should\s+i|how\s+(?:do|can|should)\s+i|can\s+i\s+still|am\s+i\s+(?:still|too))\b/iu;

/** Coming back to a licensed job: a refresher, a licence or registration to renew. */
const RETURN_STEPS =
  /\b(?:refresher\s+(?:course|program(?:me)?|training)|re-?entry\s+program(?:me)?|return[- ]to[- ](?:practice|work|nursing|teaching)\s+(?:course|program(?:me)?)|renew\s+(?:my|the)\s+(?:licen[cs]e|registration|certification)|(?:licen[cs]e|registration)\s+(?:has\s+)?(?:lapsed|expired))\b/iu;

/** The same worry in the other languages the chat reads. */
const ABROAD =
  /\b(?:(?:me\s+)?(?:afecta|perjudica|pesa)\s+(?:el|ese|este|mi)\s+(?:hueco|par[oó]n|tiempo\s+sin\s+trabajar|tiempo\s+fuera)|(?:est-ce\s+que\s+)?(?:ma|cette)\s+pause\s+(?:va\s+)?(?:me\s+)?(?:nuire|p[ée]naliser)|schadet\s+(?:mir\s+)?(?:die|meine|diese)\s+(?:l[üu]cke|pause|auszeit)|(?:atrapalha|prejudica)\s+(?:o|esse|este|meu)\s+(?:tempo\s+parad[oa]|buraco|intervalo|tempo\s+sem\s+trabalhar))/iu;

const ASKED = /\?|^\s*(?:will|would|does|do|is|can|should|how)\b/iu;

/** True when the message asks what a break in work means for them now. */
export function worriesAboutGap(raw: string): boolean {
  if (raw.length >= 300 || !ASKED.test(raw)) return false;
  return (
    GAP_HURTS.test(raw) ||
    ABROAD.test(raw) ||
    RETURN_STEPS.test(raw) ||
    (OUT_NOW.test(raw) && ASKS_WHAT_NOW.test(raw))
  );
}
