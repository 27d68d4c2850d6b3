/**
 * Whether a message asks for everything the person lacks for the job ("what am I missing",
 * "where do I fall short", "¿qué me falta?", "qu'est-ce qui me manque", "was fehlt mir",
 * "mujhe kya kami hai") rather than about one score or the verdict's reason: answered with the
 * gap list (explain_gap with no skill), must-haves first. A score named ("what pulled my
 * experience score down") is a score question. Works on normalized text.
 */
import { asksWhatIsMissing } from "./operation-words.ts";
import { extractScoreKey } from "./slots.ts";

/** English ways of saying it beyond the word "missing"/"lack" (operation-words.ts reads those, in every language). */
const FALLS_SHORT = new RegExp(
  [
    String.raw`\bshort on\b`,
    String.raw`\b(?:fall(?:ing)?|come|coming|came) (?:up )?short\b`,
    String.raw`\bholding me back\b`,
    String.raw`\bkeep(?:s|ing)? me from\b`,
    String.raw`\bstand(?:s|ing)? between me and\b`,
    String.raw`\bwhat (?:else )?(?:do|would|will) i (?:still )?need\b`,
    String.raw`\b(?:my|the|what are (?:my|the)) gaps\b`,
    // "what are the biggest gaps", "my 3 main gaps", "the must-haves I don't have", "what do I have
    // to learn for it", "kya kya seekhna padega" (conv13u: read as the verdict's reason).
    String.raw`(?:^|\b(?:my|the|what are|which are)\s+)(?:my\s+|the\s+)?(?:(?:biggest|main|largest|top|worst|key|major|remaining|real|\d|three|five)\s+)+gaps\b`,
    String.raw`\bmust[- ]?haves?\b.*\b(?:i|im|i'm)\s+(?:don'?t|do not|dont|lack|am missing|'m missing|missing|can'?t|haven'?t)\b`,
    String.raw`\bwhat (?:do|would|will|should) i (?:still )?(?:need|have|got) to (?:learn|study|pick up)\b`,
    String.raw`\bkya\s+kya\s+(?:seekh|sikh)\w*|\b(?:seekhna|sikhna)\s+(?:padega|hoga|chahiye)`,
    String.raw`\bqu[eé]\s+(?:tengo|debo|necesito)\s+que\s+aprender|\bqu['’]?est-ce que je dois apprendre|\bwas muss ich (?:noch )?lernen|\bo que (?:eu )?(?:preciso|tenho que) aprender`,
    String.raw`^gaps\W*$`,
    // "show me every gap again", "list all the gaps", "gaps again pls", "mere gaps kya hain" (conv12n).
    String.raw`\b(?:all|every|each)\s+(?:(?:of\s+)?(?:my|the)\s+)?gaps?\b`,
    String.raw`\bgaps\s+(?:again|once more|kya|kaun\w*|batao|dikhao|bata|dikha)\b`,
    String.raw`\bmere\s+gaps\b`,
    // The gaps by name in the chat's other languages ("mis brechas", "mes lacunes", "meine Lücken").
    String.raw`(?<![\p{L}])(?:brechas|carencias|lacunas|lacunes|l[uü]cken|kamiyan|kamiyaan)(?![\p{L}])`,
  ].join("|"),
  "u",
);

/** Words that ask about a number, not the list of what is missing. */
const ABOUT_A_NUMBER =
  /\b(?:score|scores|readiness|confidence|percent|points?|rating|number|puntuaci[oó]n|note|punktzahl|pontua[cç][aã]o)\b|%/u;

export function asksForGapList(t: string): boolean {
  if (!(asksWhatIsMissing(t) || FALLS_SHORT.test(t)) || ABOUT_A_NUMBER.test(t)) return false;
  // "which skills am I short on" names no score; "my soft skills" does.
  return extractScoreKey(t.replace(/(?<!\b(?:technical|tech|soft|hard) )\bskills?\b/g, "")) === undefined;
}
