/**
 * A job told by its field rather than its title: "I've been in B2B sales for 12 years",
 * "10 yrs in nursing", "worked in customer service for 3 years" — said as the field's
 * practitioner ("I've been a sales representative for 12 years") so the background reader, which
 * reads titles, saves the job with its years and what was said beside it (lead's new-user trial
 * 2026-12-06: a seller of 12 years got "I couldn't read that as an experience" and nothing saved).
 *
 * The field and its practitioner are read by tools/jobs/field-practitioner.ts (a domain the skill
 * taxonomy knows, so "5 years in Python" stays a skill's years). In Spanish, French, German,
 * Portuguese and Hindi ("llevo 12 años en ventas", "je suis dans la vente depuis 8 ans", "ich bin
 * seit 5 Jahren im Vertrieb", "trabalho há 6 anos com vendas", "7 saal se sales mein hoon") the
 * field's phrase is first said the English way ("I've been in sales for 12 years", with the
 * field's words put in English by the title translator's word list) and then read by the same
 * English reader.
 */
import { fieldOf, practitionerOf, titleWithField } from "../../tools/jobs/field-practitioner.ts";
import { loadRoleFinder } from "../../tools/jobs/target.ts";
import { MODIFIERS } from "../../tools/jobs/title-words-translated.ts";
import { plain } from "../../tools/jobs/translate-title.ts";
import { withPlayersSaid } from "./played-as-player.ts";

const FIELD = String.raw`([a-z][a-z0-9&/+-]*(?:\s+[a-z][a-z0-9&/+-]*){0,3}?)`;
/** Where the field's words end: when, where or how long comes next. */
const FIELD_END = String.raw`(?=\s+(?:for|since|at|with|and|as|over)\b|\s*[,.;!?)]|\s*$)`;
const AMOUNT = String.raw`(?:\d{1,2}\+?|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)`;
/** "I've been in sales for 12 years", "worked in retail since 2015", "I'm in nursing, 10 years". */
const BEEN_IN = new RegExp(
  String.raw`\b(?:i'?ve been|i have been|ive been|been|i was|i worked|worked|i work|i'?m|i am|im)\s+(?:working\s+)?in\s+${FIELD}${FIELD_END}`,
  "giu",
);
/** "12 years in B2B sales", "10+ yrs of experience in nursing". */
const YEARS_IN = new RegExp(
  String.raw`\b(${AMOUNT}\s+(?:years?|yrs?))(?:\s+of\s+(?:work\s+)?experience)?\s+in\s+${FIELD}${FIELD_END}`,
  "giu",
);

async function replaced(text: string, pattern: RegExp, said: (m: RegExpExecArray, title: string) => string) {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const phrase = m[m.length - 1]!;
    const field = fieldOf(phrase);
    const title = field ? practitionerOf(field, await loadRoleFinder()) : undefined;
    if (!title) continue;
    out += text.slice(last, m.index) + said(m, titleWithField(title.toLowerCase(), phrase));
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}

/** A number of years (already in English: background-phrases.ts durationsInEnglish runs first). */
const YEARS_N = String.raw`(?<n>\d{1,2}\+?)\s+years`;
/** The field: one to three words. */
const FOREIGN_FIELD = String.raw`(?<f>\p{L}[\p{L}\d/&-]*(?:\s+[\p{L}\d][\p{L}\d/&-]*){0,2}?)`;
/** Where a field said in another language ends: punctuation, the end, or a joining word. */
const FOREIGN_END = String.raw`(?=\s*[,.;!?)]|\s*$|\s+(?:y|et|und|e|aur|and|pero|mais|aber|mas|en|chez|bei|em|at|para|pour|f[üu]r|desde|depuis|seit|h[áa]|hace|se)\s)`;
const ART = String.raw`(?:(?:el|la|los|las|le|les|der|die|das|den|o|a|os|as)\s+|l['’])?`;
/** "Years in a field" the way each of the other languages says it. */
const FIELD_YEARS_ELSEWHERE: RegExp[] = [
  // es: "llevo 12 años en ventas", "tengo 10 años de experiencia en enfermería", "trabajo en ventas desde hace 8 años"
  String.raw`(?:llevo|tengo)\s+${YEARS_N}\s+(?:de\s+experiencia\s+)?(?:trabajando\s+)?(?:en|con)\s+${ART}${FOREIGN_FIELD}${FOREIGN_END}`,
  String.raw`(?:trabajo|he\s+trabajado|estoy)\s+en\s+${ART}${FOREIGN_FIELD}\s+(?:desde\s+hace|hace|durante)\s+${YEARS_N}`,
  // fr: "je suis dans la vente depuis 8 ans", "j'ai 10 ans d'expérience en comptabilité"
  String.raw`je\s+(?:suis|travaille)\s+dans\s+${ART}${FOREIGN_FIELD}\s+depuis\s+${YEARS_N}`,
  String.raw`j['’]ai\s+${YEARS_N}\s+d['’]exp[ée]rience\s+(?:en|dans)\s+${ART}${FOREIGN_FIELD}${FOREIGN_END}`,
  // de: "ich bin seit 5 Jahren im Vertrieb", "10 Jahre Erfahrung in der Pflege"
  String.raw`ich\s+(?:bin|arbeite)\s+(?:schon\s+)?seit\s+${YEARS_N}\s+(?:im|in\s+der|in\s+den|in)\s+${FOREIGN_FIELD}${FOREIGN_END}`,
  String.raw`${YEARS_N}\s+(?:Berufs)?erfahrung\s+(?:im|in\s+der|in)\s+${FOREIGN_FIELD}${FOREIGN_END}`,
  // pt: "trabalho há 6 anos com vendas", "trabalho com vendas há 6 anos", "tenho 10 anos de experiência em enfermagem"
  String.raw`(?:trabalho|estou|atuo)\s+h[áa]\s+${YEARS_N}\s+(?:com|em|na|no|nas|nos)\s+${FOREIGN_FIELD}${FOREIGN_END}`,
  String.raw`(?:trabalho|atuo|estou)\s+(?:com|em|na|no|nas|nos)\s+${FOREIGN_FIELD}\s+h[áa]\s+${YEARS_N}`,
  String.raw`tenho\s+${YEARS_N}\s+de\s+experi[êe]ncia\s+(?:em|com|na|no)\s+${FOREIGN_FIELD}${FOREIGN_END}`,
  // hi: "main 7 saal se sales mein hoon", "mujhe nursing mein 5 saal ka experience hai"
  String.raw`${YEARS_N}\s+se\s+${FOREIGN_FIELD}\s+(?:mein|me|mai)\s+(?:hoon|hun|hu|hoo|kaam)`,
  String.raw`(?:mujhe\s+|muje\s+)?${FOREIGN_FIELD}\s+(?:mein|me|mai)\s+${YEARS_N}\s+(?:ka|ki)\s+(?:experience|anubhav)`,
].map((source) => new RegExp(source, "giu"));

/**
 * A field's words in English: each word the title translator knows ("ventas" -> sales, "vente"
 * as its plural), the others kept as said ("B2B"); the translated word last, as English puts the
 * head of a field ("ventas B2B" -> "B2B sales").
 */
function fieldInEnglish(field: string): string | undefined {
  const words = field.split(/\s+/);
  const english = words.map((w) => MODIFIERS[plain(w)] ?? MODIFIERS[`${plain(w)}s`]);
  if (!english.some(Boolean)) return /^[\x20-\x7e]+$/.test(field) ? field : undefined;
  const kept = words.filter((_, i) => !english[i]);
  return [...kept, ...english.filter(Boolean)].join(" ");
}

/** "llevo 12 years en ventas B2B" -> "I've been in B2B sales for 12 years": the English reader's words. */
function foreignFieldYearsInEnglish(text: string): string {
  let out = text;
  for (const pattern of FIELD_YEARS_ELSEWHERE)
    out = out.replace(pattern, (whole, ...rest) => {
      const groups = rest.at(-1) as { n: string; f: string };
      const field = fieldInEnglish(groups.f);
      // Only a field the taxonomy knows: "llevo 3 años en Madrid" is a place, said as it was.
      return field && fieldOf(field) ? `I've been in ${field} for ${groups.n} years` : whole;
    });
  return out;
}

/** The message with a job told by its field said as the field's title; the same text when there is none. */
export async function withJobsByField(said: string): Promise<string> {
  // "I played D1 soccer for 4 years": the player's title (played-as-player.ts).
  const text = await withPlayersSaid(foreignFieldYearsInEnglish(said));
  const been = await replaced(text, BEEN_IN, (m, title) => {
    const lead = m[0].slice(0, m[0].search(/\s+(?:working\s+)?in\s/i));
    // "I worked in retail" -> "I worked as a retail salesperson"; "I've been in sales" -> "I've been a …".
    // The field said stays beside the title, in brackets: a list there is read as skills held.
    return `${lead}${/work/i.test(lead) ? " as" : ""} a ${title}`;
  });
  return replaced(been, YEARS_IN, (m, title) => `${m[1]} as a ${title}`);
}
