/**
 * "all my applications get rejected, what's wrong with me", "every app comes back a no and it's
 * crushing me": a feeling about how the search goes, said with the words of applications. The
 * model read it as a request to list them (the outside dev set's dialogue 7, turn 3, and
 * conv12s's own sentences); nothing is asked for, so the reply is to the feeling. Only readings
 * that show applications are turned: news of one ("Stripe rejected me, I feel awful") stays news.
 */
import type { Reading } from "./reading.ts";
import { type Outcome, say } from "./types.ts";

/** Words of a feeling, in the chat's languages. */
const FEELING =
  /\b(?:what'?s wrong with me|what is wrong with me|i (?:feel|am|'m|m)\s+(?:so\s+|really\s+|pretty\s+|kinda\s+)?(?:useless|worthless|hopeless|discouraged|demotivated|depressed|defeated|crushed|exhausted|tired|done|awful|terrible|lost|stupid|like a failure)|(?:crushing|killing|breaking|wearing|getting to) me|(?:it|this) (?:sucks|hurts|stings)|so (?:discouraging|demoralizing|depressing|frustrating)|(?:feel|feeling) (?:so |really |pretty )?(?:low|down|bad|awful|hopeless|useless)|never (?:gonna|going to) get (?:hired|a job)|i give up|losing hope|lost all hope)\b|(?<![\p{L}])(?:qu[eé] (?:me pasa|hago mal)|ya no puedo m[aá]s|estoy (?:harto|harta|desanimad[oa]|frustrad[oa])|je suis (?:d[ée]courag[ée]e?|d[ée]prim[ée]e?|nul(?:le)?)|j'en ai marre|ich bin (?:total |so |völlig )?(?:frustriert|entmutigt|am ende)|was stimmt nicht mit mir|t[ôo] (?:muito |t[aã]o )?(?:desanimad[oa]|triste|frustrad[oa])|o que (?:tem de errado comigo|eu fa[cç]o de errado)|demotivat\w*|bura lag raha|dil toot)(?![\p{L}])/iu;

/**
 * A sigh before a count of the same bad news ("ugh, that makes four this week", "argh, the 3rd no
 * in a row"): exasperation, not a request to count them (the outside dev set's dialogue 7, turn 3).
 */
const SIGH =
  /^(?:ugh+|sigh+|argh+|fml|ffs|welp|oof|bruh|man|damn|great|wow|jeez|omg|uf+|aff|mist)\b[\s.,!…-]/iu;
const COUNT_OF_BAD_NEWS =
  /\b(?:the\s+)?(?:\d+(?:st|nd|rd|th)?|second|third|fourth|fifth|sixth|tenth|another)\s+(?:one|rejection|no|time)\b|\bthat(?:'s| is| makes)\s+(?:like\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b|\bin a row\b/i;

/** Words that ask to see or count something: then it is a request after all. */
const ASKS_TO_SEE =
  /\b(?:show|list|see|view|how many|count|stats|status|where (?:do|does|is|are)|which ones?)\b|(?<![\p{L}])(?:muestra|mostra|montre|zeig|dikhao|cu[aá]ntas|quantas|combien|wie viele|kitne)(?![\p{L}])/iu;

const LISTINGS = new Set(["list_applications", "application_stats"]);

export function feelingsAboutApplications(reading: Reading): Outcome | undefined {
  const t = reading.seg.raw;
  if (ASKS_TO_SEE.test(t)) return undefined;
  // A sigh over a count asks nothing, whatever the model reads; other feelings only turn a listing.
  const sighs = SIGH.test(t.trim()) && COUNT_OF_BAD_NEWS.test(t) && !/\?\s*$/.test(t);
  return sighs || (LISTINGS.has(reading.intent) && FEELING.test(t)) ? say("feelings") : undefined;
}
