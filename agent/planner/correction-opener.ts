/**
 * The words that open a correction of the last request — "no wait, …", "sorry, I meant …",
 * "oops", "nein, …", "perdón, quise decir …" — in the chat's languages. One reader for every
 * plan that corrects or takes back the last change (a logged company, a status change, a
 * corrected detail, "undo that"): each plan had its own list before, and they drifted apart
 * ("nein, es war Zalando" corrected a logged company but not a status change).
 */
const OPENER_WORDS =
  "oh(?=[\\s,]+(?:wait|no|hold|hang|sorry|oops|actually|my bad))|no+|nah|nope|sorry|oops|whoops|wait|hold on|hang on|actually|ah|hmm+|my bad|correction|perd[oó]n|pardon|non|nein|n[aã]o|desculpa|arre";

/** One or more opener words at the start, each followed by a separator. */
const OPENER = new RegExp(`^(?:(?:${OPENER_WORDS})[\\s,.!:;—-]+)+`, "iu");

/** "I meant", "I said", "quise decir", "je voulais dire", "ich meinte", "eu quis dizer" — at the start. */
const MEANT =
  /^(?:i\s+)?(?:meant(?:\s+to\s+say)?|mean|said|typed|quise\s+decir|quer[ií]a\s+decir|je\s+voulais\s+dire|ich\s+meinte|eu\s+quis\s+dizer)(?![\p{L}])/iu;

/** The message without the words that open it as a correction ("no wait, it was X" -> "it was X"). */
export const withoutOpener = (text: string): string => text.trim().replace(OPENER, "");

/** Whether the message opens with a correction word ("no,", "sorry", "wait", "nein", …). */
export const opensCorrection = (text: string): boolean => OPENER.test(text.trim());

/** Whether the message says what was meant ("I meant X", "sorry, quise decir X"), after any opener. */
export const saysMeant = (text: string): boolean => MEANT.test(withoutOpener(text));

/** What was meant, after the opener and the "I meant" words ("no, I meant Berlin" -> "Berlin"). */
export const meantPart = (text: string): string | undefined => {
  const rest = withoutOpener(text);
  const m = MEANT.exec(rest);
  return m
    ? rest
        .slice(m[0].length)
        .replace(/^[\s,:;—-]+/u, "")
        .trim() || undefined
    : undefined;
};

/**
 * Whether a message is too long to be a correction, or carries news of its own ("no wait,
 * Amazon rejected me"): a status other than "applied" is news, never a correction.
 */
export const newsOrTooLong = (raw: string, maxWords: number, status: string | undefined): boolean =>
  raw.split(/\s+/).length > maxWords || Boolean(status && status !== "applied");
