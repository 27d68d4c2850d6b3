/** Small talk, help, and the polite refusals (out of scope, harmful, score tampering). */
import { type Rule, say } from "./types.ts";

const HARMFUL =
  /\b(?:fake|forge|forged|fabricate|falsify|make up|lie about|invent|counterfeit|buy)\b.*\b(?:degree|diploma|experience|references?|certificat\w*|transcripts?|employment|job history|work history|payslips?)\b|\bhack\w*\b|\bbomb\b|\bweapons?\b|\bsteal\b|\bkill\b|\bmalware\b|\bphishing\b|\bstalk\w*\b|\bdox\w*\b|\bsomeone else'?s? (?:account|data|profile|resume)\b|\bmake (?:my )?(?:resume|cv|profile) (?:say|show|claim|look like)\b|\b(?:pretend|claim|lie) (?:that )?i (?:have|had|am|was|hold)\b|\banother user'?s?\b|\bother users?'?s?\b/;

const TAMPER =
  /\b(?:ignore|disregard|forget|override|bypass) (?:all |any |your |the |my )?(?:previous |prior |above |earlier )?(?:instructions|rules|prompts?|guidelines|system)\b|\bsystem prompt\b|\b(?:rate|mark|score|make|call|declare|label) me (?:as )?(?:a )?(?:fit|100|perfect)\b|\bset my (?:score|verdict|readiness)\b|\bchange my (?:score|verdict|readiness)\b|\bgive me (?:a )?(?:100|perfect score|fit verdict)\b|\bjust say (?:i am )?fit\b|\bpretend (?:i am|that)\b/;

const OUT_OF_SCOPE =
  /\b(?:weather|jokes?|recipes?|cook(?:ing)?|football|soccer|cricket|movies?|songs?|poems?|lottery|stock tips?|bitcoin|crypto\w*|president|election|dating|girlfriend|boyfriend|horoscope|capital of|translate|homework|essay|pizza|vacation|holiday plans|medical|diagnos\w*|symptoms?|tax return|lawsuit|sports?|game score|news)\b/;

export const refusalRule: Rule = ({ t }) => {
  if (TAMPER.test(t)) return say("refusal_scores");
  if (HARMFUL.test(t)) return say("refusal_harmful");
  if (
    OUT_OF_SCOPE.test(t) &&
    !/\b(?:jobs?|career|resume|interviews?|skills?|role|salary|applications?|applied)\b/.test(t)
  )
    return say("refusal_out_of_scope");
  return null;
};

const GREETING =
  /^(?:hi+|hello+|hey+|hiya|howdy|yo|good (?:morning|afternoon|evening|day)|greetings|hola|namaste|sup|what is up|hi there|hello there|hey there)\b[\s!.,]*(?:there|careercraft|bot|buddy|friend|again|everyone)?[\s!.,?:;()]*$/;
const HOW_ARE_YOU = /^(?:hi|hello|hey)?[\s,!]*how are you(?: doing)?(?: today)?[\s?!.]*$/;
const HELP =
  /\b(?:what (?:can|could|do) you (?:do|help|offer)|what do you do|help(?: me)?$|^help\b|how does (?:this|it|careercraft) work|what are you|who are you|commands?|what can i (?:ask|do|say)|capabilit\w*|features|menu|how (?:do|can|could) you help|get(?:ting)? started|where (?:do|should) i (?:start|begin)|how do i (?:start|begin|use (?:this|you))|what now|now what|what next\??$|options\??$|i am (?:lost|confused|stuck)|not sure what to do|help me with (?:my )?(?:career|job search|job hunt)|what (?:kinds? of |sorts? of )?(?:things|questions|stuff) (?:can|could|should) i (?:ask|say|do)|can you help(?: me)?\??$)\b/;
const THANKS =
  /^(?:thanks+|thank you|thank u|cheers|great|awesome|perfect|cool|nice|ok(?:ay)?|got it|appreciate it|brilliant|sounds good|that helps|very helpful|wonderful)\b[\s\w!.,]{0,24}$/;
const BYE =
  /^(?:bye|goodbye|good bye|see you|see ya|later|good night|cya|that is all|that is it for now|talk later)\b/;

export const smallTalkRule: Rule = ({ t }) => {
  if (GREETING.test(t) || HOW_ARE_YOU.test(t)) return say("greeting");
  if (BYE.test(t)) return say("goodbye");
  if (THANKS.test(t)) return say("thanks");
  if (HELP.test(t)) return say("help");
  return null;
};

/** "hi, can you analyse me?" -> the greeting is dropped and the request handled. */
export function stripGreeting(t: string): { greeted: boolean; rest: string } {
  const m = t.match(
    /^(?:hi+|hello+|hey+|hiya|good (?:morning|afternoon|evening)|greetings|yo)(?:\s+there)?[\s,!.]+(?=\S)/,
  );
  if (!m) return { greeted: false, rest: t };
  return { greeted: true, rest: t.slice(m[0].length) };
}
