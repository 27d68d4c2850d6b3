/**
 * The role a "I want to be a …" sentence names, in the languages the chat reads: the words
 * around the title ("quiero ser …", "devenir …", "… werden", "… banna hai") are dropped so the
 * role finder sees only the title. Which language's lead-in matched is kept, so a title the
 * finder (English titles only) cannot match gets an honest "say it in English" naming it.
 */

const UNTIL_EN = String.raw`(?=\s+(?:at|in|for|with|on|near|around|making|earning|paying)\b|[,.;!?]|$)`;
// Not "\b": it is ASCII-only, so "à Lyon" ran on into the title.
const UNTIL = (words: string) => String.raw`(?=\s+(?:${words})(?![\p{L}\p{N}])|[,.;!?¿¡]|$)`;

const ARTICLE = (words: string) => String.raw`(?:(?:${words})\s+)?`;
/** "el puesto de …", "le poste de …": the kind of post before the title is not the title. */
const POST = (posts: string, of: string) => String.raw`(?:(?:${posts})\s+(?:${of})\s*)?`;
/** "este puesto", "ce poste", "diese Stelle" point at a job in focus; they name no role. */
const NOT_POINTER = String.raw`(?!(?:este|esta|ese|esa|esto|eso|esse|essa|isso|aquele|aquela|ce|cet|cette|ça|diese[nrms]?|dies|it|this|that)\b)`;

/** Goal labels by language: the words, the words that end the title, the language. */
const LABELLED_GOALS: [string, string, string][] = [
  ["mein(?:e)?\\s+(?:ziel|traumjob|wunschjob|zielberuf|berufsziel)", "in|bei|im|für|mit", "German"],
  ["mi\\s+(?:meta|objetivo|trabajo\\s+so[ñn]ado)", "en|para|con|cerca", "Spanish"],
  ["mon\\s+(?:objectif|but|m[ée]tier\\s+de\\s+r[êe]ve)", "à|chez|dans|pour|avec|en", "French"],
  [
    "(?:meu\\s+(?:objetivo|alvo|emprego\\s+dos\\s+sonhos)|minha\\s+meta)",
    "em|na|no|para|com|perto",
    "Portuguese",
  ],
];

/** Lead-ins by language; the title is the first group. English first: it is the usual case. */
const LEAD_INS: [RegExp, string | undefined][] = [
  [
    new RegExp(
      String.raw`\b(?:be(?:come)?|work(?:ing)? as|job as|role as|position as|career as|switch(?:ing)? (?:in)?to|mov(?:e|ing) into|transition(?:ing)? (?:in)?to|get(?:ting)? into|go(?:ing)? into|break(?:ing)? into|pivot(?:ing)? (?:in)?to)\s+(?:an?\s+)?(.+?)${UNTIL_EN}`,
      "i",
    ),
    undefined,
  ],
  // "go from nanny to pediatric OT assistant": the job after "to" is the one wanted (conv12s).
  [
    new RegExp(
      String.raw`\b(?:go|get|switch(?:ing)?|transition(?:ing)?|pivot(?:ing)?|jump(?:ing)?)\s+from\s+(?:an?\s+)?[^,.;!?]+?\s+(?:to|into)\s+(?:(?:an?|becoming\s+an?)\s+)?(?!(?:here|there|it|that|this)\b)(.+?)${UNTIL_EN}`,
      "i",
    ),
    undefined,
  ],
  // "looking for junior software engineer roles, ideally backend": the kind of job searched for.
  [
    /\b(?:looking|searching|hunting|applying|aiming) (?:for|to)\s+(?:an?\s+)?([^,.;!?]+?)\s+(?:roles?|jobs?|positions?|openings?|vacancies)\b/i,
    undefined,
  ],
  [
    new RegExp(
      String.raw`(?:^|\s)(?:quiero ser|quisiera ser|convertirme en|llegar a ser|trabajar (?:como|de))\s+(?:una?\s+)?(.+?)${UNTIL("en|para|con|cerca")}`,
      "iu",
    ),
    "Spanish",
  ],
  [
    new RegExp(
      String.raw`(?:^|\s)(?:quero ser|me tornar|tornar-me|virar|trabalhar como)\s+(?:uma?\s+)?(.+?)${UNTIL("em|na|no|para|com|perto")}`,
      "iu",
    ),
    "Portuguese",
  ],
  // The kind of job searched for: "busco trabajo de cajera", "procuro uma vaga de analista",
  // "je cherche un poste de comptable, à mi-temps" (what follows the comma is a wish of its own).
  [
    new RegExp(
      String.raw`(?:^|\s)(?:busco|buscando|procuro|procurando)\s+${ARTICLE("un|una|um|uma")}(?:trabajo|empleo|puesto|chamba|emprego|vaga|trabalho|cargo)\s+(?:de|como|na área de)\s+${NOT_POINTER}(?:una?\s+|uma?\s+)?(.+?)${UNTIL("en|em|na|no|para|con|com|cerca|perto|remoto|remota|medio|meio")}`,
      "iu",
    ),
    "Spanish or Portuguese",
  ],
  [
    new RegExp(
      String.raw`(?:^|\s)(?:je\s+)?(?:cherche|recherche|vise)\s+${ARTICLE("un|une")}(?:poste|emploi|travail|job|boulot)\s+(?:de|d['’]|comme|en tant que)\s*${NOT_POINTER}(?:une?\s+)?(.+?)${UNTIL("à|a|chez|dans|pour|avec|près|en")}`,
      "iu",
    ),
    "French",
  ],
  [
    new RegExp(String.raw`(?:^|\s)ser\s+(?:una?\s+|uma?\s+)?(.+?)${UNTIL("en|em|na|no|para|con|com")}`, "iu"),
    "Spanish or Portuguese",
  ],
  [
    new RegExp(
      String.raw`(?:^|\s)(?:devenir|être|travailler comme|travailler en tant que|en tant que)\s+(?:une?\s+)?(.+?)${UNTIL("à|chez|dans|pour|avec|près")}`,
      "iu",
    ),
    "French",
  ],
  [
    /(?:^|\s)(?:will|möchte|moechte|würde gern|wuerde gern|kann ich|werde ich)\s+(?:eine?n?\s+)?(.+?)\s+werden\b/iu,
    "German",
  ],
  // "was fehlt mir, um Datenanalyst zu werden?": the role of a purpose clause.
  [/(?:^|[\s,])um\s+(?:eine?n?\s+)?(.+?)\s+zu\s+werden\b/iu, "German"],
  [
    new RegExp(
      String.raw`(?:^|\s)als\s+(?:eine?n?\s+)?(.+?)${UNTIL("arbeiten|bei|in|für|mit|wieder|einsteigen|anfangen|starten|durchstarten|loslegen|beginnen|zurückkehren|tätig|unterkommen")}`,
      "iu",
    ),
    "German",
  ],
  // A goal said as a label ("Mein Ziel: Registrarin in einem Museum", "mi meta: maestra de
  // kínder"): the title after it (the whole message was described as the role; conv12s).
  ...LABELLED_GOALS.map(([words, until, language]): [RegExp, string] => [
    new RegExp(
      String.raw`(?:^|\s)(?:${words})\s*(?:[:=–-]|\s(?:ist|es|est|é|hai)\s)\s*(?:(?:eine?n?|una?|uma?|une?|el|la|le|o|a)\s+)?(.+?)${UNTIL(until)}`,
      "iu",
    ),
    language,
  ]),
  [/(?:^|\s)(?:mujhe|main|mai)\s+(.+?)\s+(?:banna|banana|banunga|banungi|banne)\b/iu, "Hindi"],
  // Fit questions ("¿soy buena candidata para …?", "suis-je fait pour …", "bin ich geeignet
  // für …"): the role they ask about. Last, so "apta para ser enfermera" reads "ser" above.
  [
    new RegExp(
      String.raw`(?:^|\s)(?:candidat[oa]|apt[oa]|adecuad[oa]|adequad[oa]|idóne[oa]|encajo|encaixo|sirvo|califico)\s+(?:para|pra|como)\s+${ARTICLE("el|la|o|a|un|una|um|uma")}${POST("puesto|rol|cargo|trabajo|empleo|vaga|função|posição", "de")}${NOT_POINTER}(.+?)${UNTIL("en|em|na|no|con|com|cerca|perto")}`,
      "iu",
    ),
    "Spanish or Portuguese",
  ],
  [
    new RegExp(
      String.raw`(?:^|\s)(?:candidate?|faite?|apte|qualifiée?|adaptée?)\s+(?:pour|comme)\s+${ARTICLE("le|la|un|une")}${POST("poste|rôle|métier|emploi", "de|d'")}${NOT_POINTER}(.+?)${UNTIL("à|chez|dans|avec|près")}`,
      "iu",
    ),
    "French",
  ],
  [
    new RegExp(
      String.raw`(?:^|\s)(?:geeignet|qualifiziert|passend|bereit)\s+(?:für|fuer)\s+${ARTICLE("den|die|das|einen|eine|ein")}${POST("job|stelle|rolle|position", "als")}${NOT_POINTER}(.+?)${UNTIL("bei|in|mit")}`,
      "iu",
    ),
    "German",
  ],
];

export interface RolePhrase {
  /** The title as written ("analista de datos"), or the whole text when no lead-in matched. */
  phrase: string;
  /** The language of the lead-in, when not English. */
  language?: string;
}

export function rolePhrase(text: string): RolePhrase {
  for (const [pattern, language] of LEAD_INS) {
    const title = pattern.exec(text)?.[1]?.trim();
    if (title) return { phrase: title, ...(language ? { language } : {}) };
  }
  return { phrase: text.trim() };
}
