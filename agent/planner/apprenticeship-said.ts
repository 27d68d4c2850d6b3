/**
 * "ich bin Azubi im dritten Lehrjahr als Mechatroniker bei einem Autozulieferer", "je suis
 * apprentie boulangère en deuxième année", "soy aprendiz de electricista", "sou jovem aprendiz
 * de mecânico": an apprenticeship is work in training, the background of someone without a
 * resume (trial19: the German line saved nothing and was read as the target). The trade is
 * read in English where the title words know it, else kept as said; the year of training
 * counts the years done ("third year" = 24 months). A wish said with it is the target.
 */
import { titleCase } from "../../tools/jobs/title-case.ts";
import { yearOf } from "./background-phrases.ts";
import { namesHeldRole } from "./held-title.ts";
import { titleInEnglish } from "./title-translated-whole.ts";
import { call, type Outcome } from "./types.ts";
import { wishSaidAbroad } from "./wish-said-abroad.ts";

/** "Azubi … als X", "Ausbildung zum X", "apprenti(e) X", "en apprentissage de X", "aprendiz de X". */
const TRADE: RegExp[] = [
  /\b(?:ich\s+bin|bin)\s+(?:ein\s+|eine\s+)?(?:azubi|auszubildende[rn]?|lehrling)\b.*?\b(?:als|zum|zur)\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)/iu,
  /\b(?:ich\s+)?(?:mache|mach)\s+(?:eine\s+|meine\s+)?(?:ausbildung|lehre)\b.*?\b(?:als|zum|zur)\s+([\p{L}-]+)/iu,
  /\bje\s+suis\s+(?:en\s+)?(?:apprentie?|alternance|apprentissage)\s+(?:(?:de|d'|en|comme)\s*)?([\p{L}-]+(?:\s+[\p{L}-]+)?)/iu,
  /\b(?:soy|estoy\s+de|trabajo\s+de)\s+aprendiz\s+(?:de\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)/iu,
  /\b(?:sou|estou\s+como)\s+(?:jovem\s+)?aprendiz\s+(?:de\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)/iu,
];

/** Words after the trade that are no part of it: when, where, with whom, and joins. */
const TRADE_END =
  /\s+(?:bei|in|im|seit|und|aber|chez|dans|depuis|en|et|mais|en|desde|y|pero|em|na|no|há|e|mas|de)\b.*$/iu;

async function tradeTitle(said: string): Promise<string> {
  const words = said.replace(TRADE_END, "").trim();
  const english = await titleInEnglish(words);
  const trade = english && (await namesHeldRole(english)) ? english : words;
  return `${titleCase(trade)} Apprentice`;
}

export async function apprenticeshipSaid(raw: string): Promise<Outcome | undefined> {
  const text = raw.trim();
  const wish = wishSaidAbroad(text);
  const held = wish ? text.slice(0, Math.max(0, text.indexOf(wish.clause))) || text : text;
  for (const pattern of TRADE) {
    const said = pattern.exec(held)?.[1];
    if (!said) continue;
    const year = yearOf(held)?.year;
    const role = { title: await tradeTitle(said), ...(year && year > 1 ? { months: (year - 1) * 12 } : {}) };
    const save = call("save_background", { roles: [role], skills: [], certifications: [] });
    return { calls: wish ? [save, call("set_dream_job", { text: wish.role })] : [save] };
  }
  return undefined;
}
