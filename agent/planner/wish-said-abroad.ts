/**
 * The job wanted, said in Portuguese, Spanish, French or German after the job held, in a first
 * message: "trabalho como caixa há 5 anos e quero mudar para auxiliar de logística", "je suis
 * gérante … et je voudrais passer aux ressources humaines, comme chargée RH", "arbeite seit 9
 * Jahren als Laborantin und möchte in die Qualitätssicherung wechseln" (trial18 §7, trial19 §3:
 * the background was saved and the wish said back as "not placed", or the whole sentence went to
 * the role finder, which read the job HELD as the target). English wishes are read by the
 * background reader; this reads the wish clause of the other languages, verb first (pt/es/fr) or
 * verb last (de), and gives the role it names. A time adverb before the role ("danach",
 * "später", "plus tard") is no part of it (trial18 §8).
 */

/** pt/es/fr: a wish verb, a verb of moving or being, the joining word, then the role. */
const VERB_FIRST = [
  // pt: "quero mudar para X", "gostaria de trabalhar como X", "quero ser X", "pretendo migrar pra área de X"
  /\b(?:quero|queria|gostaria\s+de|pretendo|penso\s+em|vou)\s+(?:mudar|passar|migrar|ir|ser|virar|me\s+tornar|tornar-me|trabalhar|entrar)(?:\s+(?:de\s+(?:área|carreira)\s+)?(?:para|pra|como|em|na|no|a))?(?:\s+(?:a\s+)?área\s+de)?\s+(?:(?:a|o|as|os|um|uma)\s+)?(.+)$/iu,
  // es: "quiero cambiar a X", "me gustaría trabajar como X", "quiero ser X", "quisiera pasarme a X"
  /\b(?:quiero|quisiera|me\s+gustar[ií]a|pienso|voy\s+a)\s+(?:cambiar(?:me)?|pasar(?:me)?|ir(?:me)?|ser|trabajar|convertirme|dedicarme|entrar)(?:\s+(?:a|al|hacia|como|de|en|a\s+la))?(?:\s+(?:el\s+)?(?:área|sector)\s+de)?\s+(?:(?:el|la|los|las|un|una)\s+)?(.+)$/iu,
  // fr: "je voudrais passer aux X", "je veux devenir X", "j'aimerais travailler comme X"
  // fr: "je vise un poste d'acheteuse" (the aim named, no verb of moving)
  /\bje\s+vise\s+(?:(?:un\s+)?poste\s+(?:de\s+|d['’])|(?:la|le|les|un|une)\s+|l['’])?(.+)$/iu,
  /(?:\bje\s+|\bj['’])?(?:veux|voudrais|souhaite|souhaiterais|aimerais|compte)\s+(?:passer|aller|évoluer|me\s+reconvertir|devenir|être|travailler|entrer)(?:\s+(?:à|au|aux|en|vers|dans|comme|en\s+tant\s+que))?\s+(?:(?:la|le|les|un|une)\s+|l['’])?(.+)$/iu,
];

/** de, verb last: "möchte in die X wechseln", "möchte danach X werden", "will als X arbeiten". */
const VERB_LAST =
  /\b(?:möchte|moechte|will|würde\s+gerne?|wuerde\s+gerne?)\s+(?:(?:ich|gern|gerne|lieber|dann|danach|später|spaeter|irgendwann|bald)\s+)*(?:(?:in\s+(?:die|den|das)|zur|zum|als|ins?)\s+)?(.+?)\s+(?:wechseln|werden|gehen|umsteigen|arbeiten|einsteigen)\b/iu;

/** "comme chargée RH", "como analista": the role named after the field. */
const AS_ROLE = /,?\s+(?:comme|en\s+tant\s+que|como|als)\s+(?:(?:un|une|um|uma|una?|ein|eine)\s+)?(.+)$/iu;

/** Time adverbs before the role. */
const ADVERB =
  /^(?:danach|später|spaeter|irgendwann|dann|bald|plus\s+tard|ensuite|un\s+jour|depois|mais\s+tarde|algum\s+dia|después|despues|más\s+adelante|luego)\s+/iu;

/** A question or aside after the role ("por onde começo?", "par où commencer ?"). */
const ROLE_END =
  /\s*(?:[.?!;]|,\s*(?=(?:por|par|wo|was|wie|how|where|what|qu|o\s+que|y\s+|et\s+|und\s+|e\s+)))/iu;

/** The role wished in another language, with the clause it was said in, or undefined. */
export function wishSaidAbroad(raw: string): { role: string; clause: string } | undefined {
  for (const re of VERB_FIRST) {
    const m = re.exec(raw);
    if (m) return shaped(m[1]!, m[0]!);
  }
  const de = VERB_LAST.exec(raw);
  return de ? shaped(de[1]!, de[0]!) : undefined;
}

function shaped(rest: string, clause: string): { role: string; clause: string } | undefined {
  let role = rest.split(ROLE_END)[0]!.trim();
  const as = AS_ROLE.exec(role);
  if (as) role = as[1]!.trim(); // "ressources humaines, comme chargée RH": the role, not the field
  role = role
    .replace(ADVERB, "")
    .replace(/[\s,.!?]+$/, "")
    .trim();
  const words = role.split(/\s+/).length;
  return role.length >= 2 && words <= 8 ? { role, clause: clause.split(ROLE_END)[0]!.trim() } : undefined;
}
