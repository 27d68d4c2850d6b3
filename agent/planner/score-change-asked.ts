/**
 * A request to refuse as score-setting says what to change or say: a verb of setting, raising,
 * faking or writing ("set", "bump", "fudge", "just say", "sube", "mets", "änder", "badha do")
 * or a number or mark to be given ("100", "10/10", "full marks"). "sou compatível?" ("am I a
 * fit?") shares the verdict's word with "muda o resultado pra compatível" and was refused as
 * score manipulation (new-user trial, 2026-12-06): a question that asks nothing to be changed
 * is a fit question, whatever the model leans to.
 */
/** Stems whose endings vary ("ändere", "súbeme", "gonfler", "hochdrehen"). */
const STEMS =
  /(?<![\p{L}])(?:[äa]nder|hochdreh|s[uú]b[ei]|gonfl|aument|modifi|cambi|badh|badl|chang|rais|bump)\p{L}*/iu;
const CHANGE =
  /(?<![\p{L}])(?:set|change|make|bump|raise|boost|give|hand|put|mark|force|override|fake|fudge|tweak|pretend|inflate|round|edit|rate|say|tell|write|ignore|forget|want|need|like|coloca|aumenta|muda|d[aá]|troca|ignora|diz|altera|finge|deixa|arredonda|marca|schreib|setz|[äa]nder|gib|heb|mach|erzwing|pimp|trag|komm|dreh|hoch|mets|met|augmente|change|monte|modifie|dis|force|gonfle|[ée]cris|remplace|pon|ponme|s[uú]be|sube|cambia|m[aá]rcame|redondea|olvida|quiero|edita|dime|likh|badha|badal|kar|karo|dikha|bolo|bana|chahiye|dijiye|instructions?|instru[cç][oõ]es|reglas|rules|regeln|r[eè]gles)(?![\p{L}])|\d{2,3}\s*(?:%|percent|prozent|por ?ciento|por ?cento|pour ?cent)|\b10\s*(?:\/|out of|von|sur|de)\s*10\b|\bfull marks\b|\bm[aá]xim[ao]\b|\bperfect\b|\bperfekt|\bparfait/iu;

/** Whether the message asks for a score or verdict to be set, changed or said regardless. */
export const asksScoreChanged = (t: string): boolean => CHANGE.test(t) || STEMS.test(t);
