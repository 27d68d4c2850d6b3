/**
 * "me equivoqué, fue el lunes, no ayer", "na verdade foi na segunda, não ontem", "en fait
 * c'était lundi, pas hier", "eigentlich war es am Montag, nicht gestern": the day an application
 * was sent, corrected in another language the chat reads. The English reader (date-correction.ts)
 * knew only English correction words and took the wrong day after "not"; these messages were
 * asked "What happened with X?" (conv12s, a kind of blind9's misses).
 */
import { otherLanguageDay } from "./plans/other-days.ts";

/** Words that say the day said before was wrong, in es / pt / fr / de / hi (romanised). */
const CORRECTS =
  /(?<![\p{L}])(?:me\s+equivoqu[eé]|me\s+confund[ií]|en\s+realidad|(?:no\s+)?fue\s+(?:el|ayer|hoy|anteayer|hace)|era\s+el|me\s+enganei|errei|na\s+verdade|foi\s+(?:na|no|ontem|hoje|anteontem|h[aá])|j['’]ai\s+confondu|je\s+me\s+suis\s+tromp[eé]e?|en\s+fait|c['’][eé]tait|ich\s+(?:habe|hab)\s+mich\s+(?:vertan|geirrt|vertippt)|eigentlich|(?:es\s+)?war\s+(?:es\s+)?(?:am|gestern|heute|vorgestern)|galti\s+(?:se|ho)|asal\s+mein)(?![\p{L}])/iu;

/** A day after a "not" in those languages is the wrong one: "no ayer", "não ontem", "pas hier", "nicht am Montag". */
const NOT_DAY =
  /(?<![\p{L}])(?:no|n[aã]o|pas|nicht|nahi|nahin)\s+(?:(?:el|le|am|na|no|à|a)\s+)?\p{L}+(?:-feira)?/giu;

/** Whether the message corrects something in another language's words. */
export const correctsInOtherLanguage = (t: string): boolean => CORRECTS.test(t);

/** The day corrected to, in the person's words read as the applications service reads days. */
export function dayCorrectedInOtherLanguage(raw: string): string | undefined {
  const right = raw.replace(NOT_DAY, " ");
  return otherLanguageDay(right.toLowerCase(), right)?.replace(/[\s,.;:!?]+$/u, "");
}
