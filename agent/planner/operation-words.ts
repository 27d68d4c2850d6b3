/**
 * The operation a message asks for, read from its verbs. The intent model is good at the
 * thing talked about (skills, applications, analyses) and weaker at what to do with it:
 * "drop excel" shares every word but the verb with "add excel", "take X off my applications
 * list" with listing them. Within one family the verb decides; these words say which.
 * (English only: the other languages' examples are read by the model alone.)
 */

/** Words that take something away: "drop", "get rid of", "take X off", "scrap". */
const TAKES_AWAY =
  /\b(?:remove|delete|drop|scrap|ditch|erase|get rid of|take\b.{1,40}?\b(?:off|out)|cross\b.{1,40}?\boff)\b/;
/** Words that add or claim: they win over a removal word in the same message ("add X, drop Y" is split first). */
const ADDS = /\b(?:add|put|include|append|i know|i use|i learned|i have|i've)\b/;

export function takesAway(t: string): boolean {
  return TAKES_AWAY.test(t) && !ADDS.test(t);
}

/**
 * Any word of removing, in the languages the planner reads ("remove", "scratch", "gone",
 * "borra", "supprime", "lösch", "apaga", "hata do"). Deleting cannot be undone, so a reading
 * of deletion with none of them ("hows the amazon app looking") is not one.
 */
const REMOVING =
  /\b(?:remov\w*|delet\w*|drop\w*|scrap\w*|scratch\w*|ditch\w*|eras\w*|rid|gone|take\b.{1,40}?\b(?:off|out)|cross\w*\b.{1,40}?\boff|forg[eo]t\w*|close\w*|purg\w*|reset\w*|destr\w*|bin|trash|toss|nuke|wipe|clear|cancel\w*|borr\w*|elimin\w*|quit\w*|supprim\w*|enl[eè]v\w*|effac\w*|l[öo]sch\w*|entfern\w*|apag\w*|exclu\w*|hata\w*|mita\w*|nikal\w*|vergiss\w*|vergessen|oubli\w*|olvid\w*|esque[cç]\w*|bhool\w*)\b/u;
export const saysRemoval = (t: string): boolean => REMOVING.test(t);

/** A question about how many, how often or what share: a count to report, not an action. */
export function asksForCount(t: string): boolean {
  return /\bhow (?:many|often)\b|%|\b(?:percent\w*|ratio|rate|share of|fraction)\b/.test(t);
}

/** A request to be shown something ("show me just the rejected ones", "which are still open"). */
export function asksToSee(t: string): boolean {
  return /^(?:(?:can|could) you |pls |please )?(?:show|list|see|view|display|which|what are|only|just)\b/.test(
    t,
  );
}

/**
 * A yes/no question whether something exists ("do I have a roadmap yet?", "is there a plan
 * for me?", "have you made me one already?"): to be shown it (or told there is none), not
 * to make one.
 */
export function asksWhetherExists(t: string): boolean {
  return /^(?:(?:so|and|ok|wait),?\s+)?(?:do|did|does) (?:i|we) (?:already |even )?(?:have|got)\b|^(?:is|are) there\b|^have (?:you|i|we) (?:already )?(?:got|made|built|created|set up)\b/.test(
    t,
  );
}

/**
 * A question about what is missing ("what am I missing", "¿qué me falta?", "qu'est-ce qui me
 * manque", "was fehlt mir", "o que me falta", "mujhe kya kami hai"): the gaps for the target,
 * not the skills held.
 */
export const asksWhatIsMissing = (t: string): boolean =>
  /(?<![\p{L}])(?:missing|lack\w*|fehl\w*|falt\w*|manqu\w*|kami|kamzor\w*)(?![\p{L}])/u.test(t) ||
  // "kaunse skills kam hain?" (which skills are short): "kam" beside what is short (conv12r).
  /\b(?:skills?|cheez\w*|kya|kaun\w*)\s+(?:\w+\s+)?(?:kam|weak)\s+(?:hain|hai|he|h)\b/u.test(t);
