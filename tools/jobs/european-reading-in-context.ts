/**
 * ESCO's European reading of a translated title, unless the person's words place the role in
 * software (trial14 §3). "Product designer" is ESCO's alternative label of the industrial
 * designer, and O*NET files it there too — but also under Web and Digital Interface Designers;
 * "designer produit pour une application mobile" or "Produktdesigner für eine App" is the
 * software product designer the finder already read. When the finder's own reading is a
 * computer occupation (SOC 15-1) and the description names digital work, the European reading
 * does not replace it; said of furniture or with nothing around it, ESCO's reading stands.
 */
import { europeanTitleReading } from "../../data/roles/european-title-readings.ts";

/** Words of digital work in the five languages people describe roles in (whole words, any case). */
const DIGITAL =
  /(?<![\p{L}\p{N}])(?:apps?|application mobile|applications? (?:web|mobiles?)|aplicaci[oó]n(?:es)?|aplicativos?|aplicaç(?:ão|ões)|software|logiciels?|web|website|site web|sitio web|webseite|digital(?:e|es|en)?|num[eé]rique|online|en ligne|saas|fintech|ux|ui|e-?commerce|plataformas? digital(?:es)?|plateformes? numériques?)(?![\p{L}\p{N}])/iu;

/** A computer occupation in the SOC (15-1xxx): software, web and digital interface work. */
const COMPUTER_OCCUPATION = /^15-1\d{3}/;

export const isComputerOccupation = (code: string) => COMPUTER_OCCUPATION.test(code);

export function saysDigitalWork(text: string): boolean {
  return DIGITAL.test(text);
}

/**
 * The European reading of `said` to use, given the whole description and the occupation code
 * the finder read the title as: undefined when there is none or the context keeps the finder's.
 */
export function europeanReadingInContext(
  said: string,
  context: string,
  foundCode: string,
): string | undefined {
  const european = europeanTitleReading(said);
  if (!european) return undefined;
  return isComputerOccupation(foundCode) && saysDigitalWork(context) ? undefined : european;
}
