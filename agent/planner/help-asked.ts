/**
 * "can you help?", "me ayudas?", "tu peux m'aider ?", "kannst du mir helfen?", "pode me ajudar?":
 * a sentence that only asks for help, said at the end of an intro. It asks no question of its
 * own: the trial (trial16 §2, trial14 §6) saw it run a fit check before any resume ("Good news:
 * you're a FIT … readiness 31") and said back as a clause "not placed". The intro readers leave
 * it out; the reply to the intro already says what comes next.
 */

const HELP_WORDS = [
  // English
  String.raw`(?:(?:can|could|would|will|pls|please|plz)\s+)?(?:you|u|ya)\s+(?:please\s+|pls\s+)?help(?:\s+me)?(?:\s+(?:out|with\s+(?:that|this|it|me)|please|pls))?`,
  String.raw`(?:please\s+|pls\s+|plz\s+)?help(?:\s+me)?(?:\s+(?:out|please|pls|plz))?`,
  String.raw`(?:any|some)\s+help(?:\s+(?:please|pls))?`,
  // Spanish
  String.raw`(?:me\s+)?(?:puedes|podr[ií]as|pod[eé]s)\s+ayudar(?:me)?|me\s+ayudas|ay[uú]dame(?:\s+(?:por\s+favor|porfa))?|me\s+echas\s+una\s+mano`,
  // French
  String.raw`(?:tu\s+)?(?:peux|pourrais)[-\s]tu\s+m['’]aider|tu\s+peux\s+m['’]aider|(?:vous\s+)?pouvez[-\s]vous\s+m['’]aider|aide[-\s]moi`,
  // German
  String.raw`(?:kannst|k[öo]nntest)\s+du\s+mir\s+helfen|k[öo]nnen\s+sie\s+mir\s+helfen|hilf\s+mir`,
  // Portuguese
  String.raw`(?:voc[eê]\s+)?(?:pode|podes|poderia)\s+me\s+ajudar|me\s+ajuda(?:\s+a[ií])?`,
  // Hindi (romanised)
  String.raw`(?:meri\s+)?madad\s+kar(?:o|oge|enge|ein|en)|help\s+kar(?:o|oge|do)`,
];

const HELP_ONLY = new RegExp(
  String.raw`^[\s¿¡,.;:!-]*(?:(?:so|and|now|ok(?:ay)?|y|et|und|e|pues|alors|also)\s+)?(?:${HELP_WORDS.join("|")})[\s?!.¿¡]*$`,
  "iu",
);

/** True when the sentence (or clause) only asks for help. */
export const onlyAsksForHelp = (sentence: string): boolean => HELP_ONLY.test(sentence.trim());
