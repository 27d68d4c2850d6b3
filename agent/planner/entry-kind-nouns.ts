/**
 * The nouns that say which kind of profile entry a correction is about ("my Hilton job", "the AWS
 * cert", "mi trabajo en Mercadona", "das Staplerzertifikat"), in the languages the chat reads, and
 * the words around an entry's name that are no part of it. One table for the English rules
 * (entry-correction-said.ts) and the other-language plan (plans/entry-correction-plans.ts): two
 * copies drifted apart before (the English one knew "employer", the other "trabajo").
 */
export type EntryKind = "education" | "experience" | "projects" | "certifications";

const NOT_LETTER_BEFORE = String.raw`(?<![\p{L}])`;
const NOT_LETTER_AFTER = String.raw`(?![\p{L}])`;
const noun = (alternatives: string) =>
  new RegExp(`${NOT_LETTER_BEFORE}(?:${alternatives})${NOT_LETTER_AFTER}`, "iu");

/** First match wins: a job is looked for before a degree, a degree before a certificate. */
export const KIND_NOUNS: [RegExp, EntryKind][] = [
  [
    noun(
      String.raw`(?:experience|job|role|position|work\s+history|employment|employer)s?|trabajo|puesto|empleo|experiencia|travail|poste|emploi|exp[ée]rience|stelle|arbeit\w*|erfahrung|job\w*|trabalho|emprego|experi[êe]ncia|naukri`,
    ),
    "experience",
  ],
  [
    noun(
      String.raw`education|degree|diploma|school|university|college|studies|gpa|t[íi]tulo|grado|carrera|estudios|dipl[ôo]me|[ée]tudes|abschluss|studium|forma[çc][ãa]o|faculdade|gradua[çc][ãa]o|padhai`,
    ),
    "education",
  ],
  [
    noun(
      String.raw`cert\w*|tickets?|qualifications?|zertifikat\w*|\w*schein|licen[cs]\w*|carn[eé]t\w*|permis|certifica[çc][ãa]o|habilita[çc][ãa]o`,
    ),
    "certifications",
  ],
  [noun(String.raw`projects?|proye?c?tos?|projets?|projekte?|projetos?`), "projects"],
];

/** Every kind noun, for taking them out of the words that name the entry. */
export const ANY_KIND_NOUN = new RegExp(KIND_NOUNS.map(([re]) => re.source).join("|"), "giu");

/** The kind of entry the words name, or undefined. */
export const kindIn = (text: string): EntryKind | undefined => KIND_NOUNS.find(([re]) => re.test(text))?.[1];

/** Words around the name of the entry that are not part of it (articles, "please", "profile"). */
export const ENTRY_FILLER = new Set(
  "la el los las lo le les un una mi mis de del en al por favor porfa mon ma mes du des à au chez dans stp svp die der das den dem des ein eine mein meine meinen im in bei von vom bitte o a os as um uma meu minha meus minhas do da dos das no na em pra para mera meri mere ka ki ke se ko me mein wala wali hai karo kar do de please pls my the from profile perfil profil profilo entry entrada entrée eintrag aus raus weg ya ja já porque parce que weil".split(
    " ",
  ),
);
