/**
 * "ya no quiero project manager, mejor recursos humanos", "not PM anymore, rather UX", "forget
 * data analyst, I want to be a data engineer", "não quero mais vendas, melhor marketing": a role
 * given up, then the one wanted. The role finder reads the first title it meets, so the one
 * given up was set as the target again (conv12h trial); only the part after the turn is the
 * wish.
 */

/** A clause giving a role up: a negation ("no", "not", "don't", "nicht", "não", "ne … plus"), "forget" or "scrap". */
const GIVES_UP =
  /(?<![\p{L}])(?:no|not|don'?t|dont|no longer|never|nicht|kein\w*|não|nao|ne|plus|nahi|nahin|forget|scrap|ditch|drop|scratch|olvida|esquece|oublie|vergiss)(?![\p{L}])/iu;

/** The turn to the wanted role, in the languages the planner reads. */
const TURN =
  /^(.+?)(?:[,;.]|\s+-)\s*(?:(?:but|rather|instead|actually|now|i'?d rather|sino|mejor|m[aá]s bien|ahora|plut[oô]t|maintenant|lieber|eher|sondern|jetzt|melhor|prefiro|prefiero|agora|balki|ab)(?![\p{L}])[\s,]*)+(.+)$/iu;

/** Wish words before the role after the turn ("I want to be a", "quiero ser", "je veux être"). */
const WISH =
  /^(?:(?:i\s+)?(?:want|wanna|would like|'d like)\s+(?:to\s+(?:be|become|do|go\s+(?:for|into))\s+)?|(?:be|become)\s+|(?:quiero|quisiera|me\s+gustar[ií]a)\s+(?:ser\s+)?|(?:quero|queria|gostaria\s+de)\s+(?:ser\s+)?|(?:je\s+)?(?:veux|voudrais|souhaite)\s+(?:être\s+|devenir\s+)?|j'aimerais\s+(?:être\s+|devenir\s+)?|ich\s+(?:will|m[öo]chte|w[üu]rde\s+gern(?:e)?)\s+(?:lieber\s+)?(?:als\s+)?)?(?:an?\s+|una?\s+|um\s+|uma\s+|une?\s+|eine?n?\s+)?/iu;

/**
 * A wish said after the one refused with no turn word: "je ne veux pas être soudeur, je veux être
 * recruteuse", "não quero ser soldador, quero ser recrutador", "ich will nicht Schweißer werden,
 * ich will Personalreferentin werden" (trial19: the refused role, met first, was set). The wish
 * verb opens the second clause; the first clause must refuse a wish ("don't want", "ne veux
 * pas"), so "I'm not sure, I want to be a nurse" is left to the other readers.
 */
export const REFUSED_WISH =
  /(?:don'?t|do\s+not|dont|never)\s+want|ne\s+(?:veux|voudrais|souhaite)\s+(?:pas|plus)|\bno\s+quiero|n[ãa]o\s+quero|\b(?:will|m[öo]chte)\s+(?:\p{L}+\s+)?(?:nicht|kein\p{L}*)|nahi\s+banna/iu;
const WISH_AFTER_REFUSAL =
  /^(.+?)(?:[,;.]|\s+-)\s*(?:(?:mais|but|pero|mas|aber|sondern|par|lekin)\s+)?((?:i\s+(?:want|wanna|would like|'d like)|quiero|quisiera|me\s+gustar[ií]a|quero|queria|gostaria|je\s+(?:veux|voudrais|souhaite)|j'aimerais|ich\s+(?:will|m[öo]chte|w[üu]rde))(?![\p{L}]).+)$/iu;
/** "… mais recruteuse", "… aber Personalreferentin": the refusal then the role with only "but". */
const BUT_ROLE = /^(.+?)\s+(?:but|mais|pero|aber|sondern|lekin|balki)\s+(.+)$/iu;

/** German puts the verb last ("… Personalreferentin werden"); Hindi "… banna hai". */
const VERB_LAST = /\s+(?:werden|sein|machen|banna(?:\s+(?:hai|hain|chahta|chahti)(?:\s+h[uoū]n?)?)?)$/iu;

/**
 * The target itself thrown out, then the new one: "scrap that target, new one: <role>, remote",
 * "ditch my goal - i want <role> now" (conv12q, a blind7 class: read as removing the skills the
 * new role's words name). Everything after the turn describes the new target.
 */
const TARGET_REPLACED =
  /^(?:(?:ok|okay|so|actually|hmm|nah)[\s,]+)?(?:scrap|drop|ditch|forget|scratch|dump|bin|change|replace|swap|cancel|delete|remove|clear)\s+(?:that|the|this|my|our)\s+(?:target(?:\s+(?:job|role))?|goal|dream\s+(?:job|role))\s*[,.;:!—–-]+\s*(?:(?:a\s+|the\s+)?new\s+one(?:\s+is)?|instead|now|make\s+it|i\s+want(?:\s+to\s+be)?|i'?d\s+(?:like|rather))?[\s:,—-]*(?:an?\s+)?(.+)$/iu;

/** The role wanted after one given up, or undefined when the message gives none up. */
export function roleAfterGivingUp(raw: string): string | undefined {
  const replaced = TARGET_REPLACED.exec(raw.trim())?.[1]?.replace(/[\s.!?]+$/, "");
  if (replaced && replaced.length >= 2 && replaced.split(/\s+/).length <= 14) return replaced;
  const m = TURN.exec(raw.trim()) ?? refusedThenWished(raw.trim());
  if (!m || !GIVES_UP.test(m[1]!)) return undefined;
  const wanted = m[2]!
    .replace(/[\s.!?]+$/, "")
    .replace(/\s+(?:instead|plut[oô]t|stattdessen|en\s+vez|em\s+vez)$/i, "")
    .replace(WISH, "")
    .replace(VERB_LAST, "")
    .trim();
  return wanted.length >= 2 && wanted.split(/\s+/).length <= 8 ? wanted : undefined;
}

/** [whole, refused clause, wished clause] of a refused wish followed by another, or null. */
function refusedThenWished(text: string): RegExpExecArray | null {
  const head = REFUSED_WISH.exec(text);
  if (!head) return null;
  // Read from the refusal on, so a comma before it ("non, je ne veux pas …") is no turn.
  const rest = text.slice(head.index);
  const m = WISH_AFTER_REFUSAL.exec(rest) ?? BUT_ROLE.exec(rest);
  return m && !REFUSED_WISH.test(m[2]!) ? m : null;
}
