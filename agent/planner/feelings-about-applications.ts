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

/** Words that ask to see or count something: then it is a request after all. */
const ASKS_TO_SEE =
  /\b(?:show|list|see|view|how many|count|stats|status|where (?:do|does|is|are)|which ones?)\b|(?<![\p{L}])(?:muestra|mostra|montre|zeig|dikhao|cu[aá]ntas|quantas|combien|wie viele|kitne)(?![\p{L}])/iu;

const LISTINGS = new Set(["list_applications", "application_stats"]);

export function feelingsAboutApplications(reading: Reading): Outcome | undefined {
  if (!LISTINGS.has(reading.intent)) return undefined;
  const t = reading.seg.raw;
  return FEELING.test(t) && !ASKS_TO_SEE.test(t) ? say("feelings") : undefined;
}
