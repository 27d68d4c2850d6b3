/**
 * The ways people tell their background in chat, in the six languages the planner reads
 * (English, Spanish, French, German, Portuguese, Hindi in Latin letters): that they have no
 * resume, the job they do or did, the skills they are good with, a certificate they hold,
 * the job they want, and a question about what to do next. Closed lists of lead-ins only;
 * what follows a lead-in is read by the role finder, the taxonomy and the level readers.
 */

import { onlyAsksForHelp } from "./help-asked.ts";
import { LAST_PART_LEAD } from "./intro-parts.ts";
import { wishSaidAbroad } from "./wish-said-abroad.ts";

/** "no resume yet", "sin currículum", "pas de CV", "kein Lebenslauf", "sem currículo", "resume nahi hai". */
export const NO_RESUME =
  /\b(?:no|without|don'?t have an?|dont have an?|haven'?t (?:got|made) an?|never (?:made|had) an?)\s+(?:resume|résumé|cv)\b|\b(?:sin|no tengo)\s+(?:un\s+)?(?:curr[ií]cul(?:um|o)|cv|hoja de vida)\b|\b(?:pas de|sans|je n'ai pas de)\s+(?:cv|curriculum)\b|\b(?:kein(?:en)?|ohne)\s+(?:lebenslauf|cv)\b|\b(?:sem|n[aã]o tenho)\s+(?:curr[ií]culo|cv)\b|\b(?:resume|cv)\s+(?:nahi|nahin|nhi)\b/iu;

/** A word or two of a role: letters, apostrophes, hyphens, slashes. */
const WORDS = String.raw`[\p{L}\p{N}][\p{L}\p{N}'’/&-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’/&-]*){0,5}`;

/** Up to ten words, for languages that say the job after when and where. */
const LONG_WORDS = String.raw`[\p{L}\p{N}][\p{L}\p{N}'’/&-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’/&-]*){0,9}`;

/** The job the person does or did, after "I'm a", "soy", "je suis", "ich bin", "sou", or before "hoon". */
export const ROLE_HELD: RegExp[] = [
  new RegExp(
    String.raw`\b(?:i'?m|i am|im|i'?ve been|i have been|i was|i work as|i'?m working as|i worked as|(?:been\s+)?work(?:ed|ing)?\s+as|(?:i\s+)?served\s+as|(?:and\s+)?then\s+as|now\s+as|(?:and\s+)?then(?=\s+an?\s)|(?:and\s+)?(?:then\s+)?(?:became|got\s+promoted\s+to))\s+(?:currently\s+|now\s+|just\s+|still\s+)?(?:an?\s+)?(${WORDS})`,
    "iu",
  ),
  new RegExp(
    String.raw`(?:^|[\s,.;])(?:soy|fui|trabajo (?:como|de)|trabaj[eé] (?:como|de))\s+(?:un\s+|una\s+)?(${WORDS})`,
    "iu",
  ),
  new RegExp(
    String.raw`\b(?:je suis|j'?ai été|je travaille comme|je bosse comme|j'?ai travaillé comme)\s+(?:un\s+|une\s+)?(${WORDS})`,
    "iu",
  ),
  new RegExp(
    String.raw`\b(?:ich bin|ich war|ich arbeite als|ich habe als)\s+(?:ein\s+|eine\s+)?(${WORDS})`,
    "iu",
  ),
  new RegExp(
    String.raw`(?:^|[\s,.;])(?:sou|fui|trabalho como|trabalhei como)\s+(?:um\s+|uma\s+)?(${WORDS})`,
    "iu",
  ),
  // Hindi puts the job last, after when and where: "main 3 saal se call centre me support agent hu".
  new RegExp(String.raw`\b(?:main|mai|mein)\s+(?:ek\s+)?(${LONG_WORDS}?)\s+(?:hoon|hun|hu|tha|thi)\b`, "iu"),
  // "…, paralegal for 6 years, …": a job said with how long, at the start of a clause.
  new RegExp(
    String.raw`(?:^|[!.,;:]\s*)(?:(?:hi|hey|hello|yo)\s+)?(${WORDS}?)\s+for\s+(?:the\s+)?(?:last\s+|past\s+|almost\s+|over\s+|about\s+)?(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\+?\s+(?:years?|yrs?|months?)\b`,
    "iu",
  ),
  // "hey! graphic designer here, 3 yrs agency experience": the job said as who is writing
  // (lead26 trial: only the target was kept). Only at the start of a sentence or after a
  // greeting; the role finder still has to know the words ("newbie here" is no job).
  new RegExp(
    String.raw`(?:^|[!.,;:]\s*)(?:(?:hi|hey|hello|yo|hiya)\s+(?:there\s+|all\s+|everyone\s+)?)?(${WORDS}?)\s+here\b`,
    "iu",
  ),
  // "tengo 2 años como auxiliar de enfermería", "j'ai 5 ans comme serveur", "3 Jahre als
  // Lagerist", "4 anos como garçom": the years said before the job (lead26 trial).
  new RegExp(
    String.raw`\b\d{1,2}\s+(?:years?|años|anos|ans|jahre)\s+(?:de\s+experiencia\s+|d'expérience\s+|de\s+experiência\s+)?(?:como|comme|en tant que|als|de)\s+(?:un\s+|una\s+|um\s+|uma\s+|ein\s+|eine\s+)?(${WORDS})`,
    "iu",
  ),
  // "I'm 58, been a CNC machinist 30 years", "served 8 yrs in the army as a logistics NCO",
  // "…, the last 5 as a senior sales rep": a job said after a clause's first words (trial
  // 2026-12-06 F1; the last is a job of its own, intro-parts.ts).
  new RegExp(
    String.raw`(?:^|[!.,;:]\s*|\band\s+|\bthen\s+)(?:been|served\b[^.,;!?]{0,40}?\bas|${LAST_PART_LEAD})\s+(?:an?\s+)?(${WORDS})`,
    "iu",
  ),
  // "5 yrs housekeeping supervisor at a hotel", "did 4 years as a barista": English years said
  // before the job, with or without "as" (conv12n; "3 years of python" names no job).
  new RegExp(
    String.raw`\b\d{1,2}\+?\s*(?:years?|yrs?)\s+(?:(?:of\s+)?experience\s+as\s+|(?:working\s+)?as\s+)?(?:an?\s+)?(?!(?:of|in|at|with|experience|exp|old|ago|now|total|back|later)\b)(${WORDS})`,
    "iu",
  ),
];

/**
 * Words that end a role phrase: what comes after the title (where, how long, what else).
 * "de" stays: Romance titles carry it ("aprendiz de electricista").
 */
export const ROLE_ENDS =
  /\s(?:no|not|without|with|for|at|in|on|from|since|and|but|then|before|after|who|that|so|y|o|con|sin|desde|hace|en|et|avec|sans|depuis|chez|und|mit|ohne|seit|bei|im|e|com|sem|h[aá]|na|aur|se|pendant|durante|während|por|gearbeitet|t[aä]tig|selling|using|working|doing|handling|running|covering|serving|supporting|mostly|mainly|\d+)(?:\s.*)?$/iu;

/** "2nd year", "second-year", "segundo año", "deuxième année", "2. Lehrjahr", "segundo ano": which year of it. */
export const YEAR_OF = [
  /\b(\d)(?:st|nd|rd|th)[\s-]+year\b/i,
  /\b(first|second|third|fourth|fifth)[\s-]+year\b/i,
  /\b(?:de|en)\s+(primer|segundo|tercer|cuarto|quinto)\s+año\b/i,
  /\b(\d)[ºo°]?\s+año\b/i,
  /\b(?:en|de)\s+(\d)(?:e|ème|re|ère)\s+année\b/i,
  /\b(\d)\.\s*(?:lehrjahr|ausbildungsjahr|jahr)\b/i,
  /\b(?:no|do)\s+(primeiro|segundo|terceiro|quarto)\s+ano\b/i,
  /\b(\d)[ºo°]\s+ano\b/i,
  /\b(?:im\s+)?(ersten|zweiten|dritten|vierten)\s+(?:lehrjahr|ausbildungsjahr)\b/i,
  /\ben\s+(premi[eè]re|deuxi[eè]me|seconde|troisi[eè]me)\s+ann[ée]e(?![\p{L}])/iu,
];

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  primer: 1,
  segundo: 2,
  tercer: 3,
  cuarto: 4,
  quinto: 5,
  primeiro: 1,
  terceiro: 3,
  quarto: 4,
  ersten: 1,
  zweiten: 2,
  dritten: 3,
  vierten: 4,
  première: 1,
  premiere: 1,
  deuxième: 2,
  deuxieme: 2,
  seconde: 2,
  troisième: 3,
  troisieme: 3,
};

/** The year of a training or course said ("2nd year apprentice" -> 2), with the words taken out. */
export function yearOf(text: string): { year: number; rest: string } | undefined {
  for (const pattern of YEAR_OF) {
    const m = pattern.exec(text);
    if (!m) continue;
    const word = m[1]!.toLowerCase();
    const year = ORDINALS[word] ?? Number(word);
    if (year >= 1 && year <= 6) return { year, rest: text.replace(m[0], " ").replace(/\s+/g, " ") };
  }
  return undefined;
}

/** Durations said in the other languages, in English words for the shared reader ("4 años" -> "4 years"). */
export const NUMBER_WORDS: Record<string, string> = {
  un: "1",
  una: "1",
  uno: "1",
  um: "1",
  uma: "1",
  une: "1",
  ein: "1",
  einem: "1",
  ek: "1",
  dos: "2",
  deux: "2",
  zwei: "2",
  dois: "2",
  duas: "2",
  do: "2",
  tres: "3",
  trois: "3",
  drei: "3",
  três: "3",
  teen: "3",
  cuatro: "4",
  quatre: "4",
  vier: "4",
  quatro: "4",
  char: "4",
  cinco: "5",
  cinq: "5",
  fünf: "5",
  paanch: "5",
  seis: "6",
  six: "6",
  sechs: "6",
  chhe: "6",
};
const FOREIGN_NUMBER = `\\d{1,2}|${Object.keys(NUMBER_WORDS).join("|")}`;
const FOREIGN_YEARS = new RegExp(
  `\\b(${FOREIGN_NUMBER})\\s+(?:años|anos|ans|années|jahren?|saal|sal)\\b`,
  "giu",
);
const FOREIGN_MONTHS = new RegExp(
  `\\b(${FOREIGN_NUMBER})\\s+(?:meses|mois|monaten?|mahine|mahina)\\b`,
  "giu",
);

export function durationsInEnglish(text: string): string {
  const n = (w: string) => NUMBER_WORDS[w.toLowerCase()] ?? w;
  return text
    .replace(FOREIGN_YEARS, (_m, w: string) => `${n(w)} years`)
    .replace(FOREIGN_MONTHS, (_m, w: string) => `${n(w)} months`);
}

/** Lead-ins to the skills a person is good with, and the level each says. */
export const SKILLS_SAID: [RegExp, "beginner" | "intermediate" | "advanced" | undefined][] = [
  [
    /\b(?:i'?m|i am|im)\s+(?:really|very|super|extremely)\s+(?:good|great|strong|skilled)\s+(?:with|at|in)\s+([^.;!?]+)/iu,
    "advanced",
  ],
  [
    /\b(?:i'?m|i am|im)\s+(?:great|strong|excellent|skilled|an expert)\s+(?:with|at|in)\s+([^.;!?]+)/iu,
    "advanced",
  ],
  [
    /\b(?:i'?m|i am|im)\s+(?:pretty\s+|quite\s+|fairly\s+)?(?:good|decent|solid|comfortable|experienced|ok|okay)\s+(?:with|at|in)\s+([^.;!?]+)/iu,
    "intermediate",
  ],
  [/(?:^|[,.;]\s*)(?:really|very)\s+(?:good|great|strong)\s+(?:with|at|in)\s+([^.;!?]+)/iu, "advanced"],
  [/(?:^|[,.;]\s*)(?:pretty\s+)?(?:good|decent|solid)\s+(?:with|at|in)\s+([^.;!?]+)/iu, "intermediate"],
  [/\b(?:i\s+(?:know|can do|can use|have done)|skills?:)\s+([^.;!?]+)/iu, undefined],
  [/\b(?:soy|estoy)\s+(?:muy\s+)\s*(?:buen[oa]|h[aá]bil)\s+(?:con|en|para)\s+([^.;!?]+)/iu, "advanced"],
  [/\b(?:soy|estoy)\s+(?:buen[oa]|h[aá]bil)\s+(?:con|en|para)\s+([^.;!?]+)/iu, "intermediate"],
  [/\bse me (?:da|dan) (?:muy\s+)?bien\s+(?:el\s+|la\s+|los\s+|las\s+)?([^.;!?]+)/iu, "intermediate"],
  [/\b(?:domino|manejo|s[eé] usar|s[eé] hacer)\s+([^.;!?]+)/iu, undefined],
  [
    /\bje suis\s+(?:très|vraiment)\s+(?:bon|bonne|doué|douée)\s+(?:en|avec|au|à la|aux)\s+([^.;!?]+)/iu,
    "advanced",
  ],
  [/\bje suis\s+(?:bon|bonne|doué|douée|à l'aise)\s+(?:en|avec|au|à la|aux)\s+([^.;!?]+)/iu, "intermediate"],
  [/\b(?:je maîtrise|je sais faire|je sais utiliser|je connais)\s+([^.;!?]+)/iu, undefined],
  [/\bich bin\s+sehr\s+gut\s+(?:in|mit|im|bei|am)\s+([^.;!?]+)/iu, "advanced"],
  [/\bich bin\s+gut\s+(?:in|mit|im|bei|am)\s+([^.;!?]+)/iu, "intermediate"],
  [
    /\b(?:ich kann gut|ich beherrsche|ich kenne mich (?:gut\s+)?(?:mit|in)|ich kann)\s+([^.;!?]+)/iu,
    undefined,
  ],
  [/\b(?:sou|estou)\s+muito\s+(?:bom|boa)\s+(?:em|com|no|na|nos|nas)\s+([^.;!?]+)/iu, "advanced"],
  [/\b(?:sou|estou)\s+(?:bom|boa)\s+(?:em|com|no|na|nos|nas)\s+([^.;!?]+)/iu, "intermediate"],
  [/\b(?:sei usar|sei fazer|domino|manjo)\s+([^.;!?]+)/iu, undefined],
  [/\bmujhe\s+([^.;!?]+?)\s+(?:aata|aati|aate)\s+hai\b/iu, undefined],
  [
    /\b([^.;!?]+?)\s+(?:mein|me|main)\s+(?:achha|accha|acha|achhi|acchi|acchha)\s+(?:hoon|hun|hu)\b/iu,
    "intermediate",
  ],
];

/** A certificate, card or licence held: "I have my food handler card", "tengo el carnet de manipulador". */
export const CERTIFICATE_HELD: RegExp[] = [
  /\bi\s+(?:have|got|hold|also have|already have)\s+(?:my|a|an|the)\s+([\p{L}\s'’-]{2,50}?\s(?:card|cert|certificate|certification|licen[cs]e|permit|ticket))\b/iu,
  /\b(?:tengo|saqué)\s+(?:mi|el|la|un|una)\s+((?:carnet|carné|certificado|licencia|tarjeta|permiso)\s+de\s+[\p{L}\s]{2,40}?)(?=\s*(?:[,.;!?]|$|\sy\s))/iu,
  /\bj'?ai\s+(?:mon|ma|le|la|un|une)\s+((?:certificat|permis|carte|attestation|habilitation)\s+[\p{L}\s'’-]{2,40}?)(?=\s*(?:[,.;!?]|$|\set\s))/iu,
  /\bich habe\s+(?:meinen|mein|meine|einen|ein|eine|den|das|die)\s+([\p{L}-]*(?:schein|zertifikat|ausweis|lizenz|nachweis))\b/iu,
  /\btenho\s+(?:meu|minha|o|a|um|uma)\s+((?:certificado|carteira|licença|cartão|certificação)\s+de\s+[\p{L}\s]{2,40}?)(?=\s*(?:[,.;!?]|$|\se\s))/iu,
];

/** The job wanted: "to become a journeyman", "quiero ser chef", "devenir chef", "Küchenchef werden", "quero ser". */
export const TARGET_SAID: RegExp[] = [
  new RegExp(
    String.raw`\b(?:to become|become|becoming|ready to be|ready for|want to be|wanna be|would like to be|hoping to be|aiming to be|get to be|move up to|work my way up to|(?:move|moving|switch|switching|transition|transitioning|pivot|pivoting|get|getting|break|breaking)\s+(?:in)?to)\s+(?:an?\s+)?(${WORDS})`,
    "iu",
  ),
  new RegExp(
    String.raw`\b(?:quiero ser|quisiera ser|llegar a ser|para ser|convertirme en)\s+(?:un\s+|una\s+)?(${WORDS})`,
    "iu",
  ),
  // "I want to work as a clinical research coordinator", "quiero trabajar como …", "je veux
  // travailler comme …", "quero trabalhar como …" after the job held (trial14 §6: the wish was lost).
  new RegExp(
    String.raw`(?<![\p{L}])(?:(?:want|wanna|would like|i['’]d like|hoping|hope|aiming|plan(?:ning)?) to work (?:(?:part|full)[- ]time\s+)?as|(?:quiero|quisiera|me gustar[ií]a|busco) trabajar (?:como|de)|(?:je veux|je voudrais|j'aimerais) travailler (?:comme|en tant que)|(?:quero|gostaria de) trabalhar como)\s+(?:an?\s+|un[ae]?\s+|um[a]?\s+)?(${WORDS})`,
    "iu",
  ),
  new RegExp(
    String.raw`\b(?:devenir|je veux être|je voudrais être|pour être)\s+(?:un\s+|une\s+)?(${WORDS})`,
    "iu",
  ),
  /\b(?:will|möchte|um)\s+(?:ein\s+|eine\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:zu\s+)?werden\b/iu,
  new RegExp(
    String.raw`\b(?:quero ser|gostaria de ser|virar|me tornar|tornar-me|para ser)\s+(?:um\s+|uma\s+)?(${WORDS})`,
    "iu",
  ),
  /\b(?:mujhe|mujhko)\s+([\p{L}\s]{2,40}?)\s+(?:banna|banana)\b/iu,
  // "ab hospital mein nursing assistant banna chahti hoon": the words just before "banna chahta/chahti" (conv14u).
  /(?<=(?:^|[,.]|\b(?:ab|mein|me|mai|se|aur))\s+)((?:(?!(?:mein|me|mai|se|ab|ka|ki|ke|ko)\s)[\p{L}]+\s+){0,3}[\p{L}]+)\s+(?:banna|banne|banana)\s+(?:chaht[aie]|hai\b|h\b)/iu,
  // "ab QA testing mein jaana chahta hoon" (to go into QA testing; trial17 §2): the field moved into is the wish.
  /(?<=(?:^|[,.]|\b(?:ab|aur))\s+)((?:(?!(?:mein|me|mai|se|ab|ka|ki|ke|ko)\s)[\p{L}]+\s+){0,3}[\p{L}]+)\s+(?:mein|me|mai)\s+(?:jaana|jana|jaane|switch karna|shift hona)\s+(?:chaht[aie]|hai\b)/iu,
];

/** A rank before a trade ("journeyman", "head", "sous"): the rank of the trade held when said alone. */
export const RANKS =
  /^(?:journeyman|journeywoman|master|senior|head|lead|chief|sous|licensed|certified|oficial|maestro|meister|geselle)$/i;

/** Asking what to do now: a question mark, or "what should I do next" in the six languages. */
export const ASKS_NEXT =
  /\?|\b(?:wh?at|wat)\s+(?:should|shud|shld|do|can)\s+i\b|\bnext step|\bhow (?:do|can|should) i\b|\bwhere do i start\b|\bqu[eé] (?:debo|deber[ií]a|hago|puedo)\b|\bc[oó]mo (?:llego|empiezo|puedo)\b|\bque (?:dois|devrais|faire)\b|\bcomment (?:faire|devenir)\b|\bwas (?:soll|sollte|kann) ich\b|\bwie (?:werde|komme|kann) ich\b|\bo que (?:devo|eu devo|fa[cç]o|posso)\b|\bcomo (?:fa[cç]o|posso|chego)\b|\bkya\s+(?:karu|karun|karoon|karna)\b/iu;

/** A sentence that asks something of its own; "me ayudas?", "can you help?" ask only for help (help-asked.ts). */
export const asksNext = (sentence: string): boolean => ASKS_NEXT.test(sentence) && !onlyAsksForHelp(sentence);

/** Asking for a plan or how long it takes: a roadmap after the fit check. */
export const ASKS_PLAN =
  /\b(?:roadmap|plan|how long|steps|cu[aá]nto tiempo|combien de temps|wie lange|quanto tempo|kitna time)\b/iu;

/** A run ending in a word no title ends with: "flight attendant of", "line cook I", "barista too" (chat12q). */
export const LOOSE_END = /\s(?:of|i|too|also|as|for|with|and|or|the|a|an|now|then|so|at|in|on|to|since)$/i;
/** A run that goes on into the next clause, said without punctuation ("podiatrist I have been …"; conv15u). */
export const SPOKEN_ON = /\s(?:i|i'?ve|i'?m|have|been|am|was|do|did)\s/i;

/**
 * Where the job wanted is said: jobs held are read before it ("… want to become a sous chef").
 * A wish said in another language ("… et je voudrais passer aux ressources humaines") starts
 * there too: its words were read as the job held ("Et Je Voudrais Passer Aux", trial19).
 */
export function targetStart(text: string): number {
  const abroad = wishSaidAbroad(text)?.clause;
  const at = [
    ...TARGET_SAID.map((p) => p.exec(text)?.index),
    abroad ? text.indexOf(abroad) : undefined,
  ].filter((i) => i !== undefined && i >= 0) as number[];
  return at.length ? Math.min(...at) : text.length;
}
