/**
 * Removal verbs and "from my skills" in the chat's other languages: "quita Málaga y Marbella de
 * mis habilidades" was read as a question about a gap named Málaga over an analysis and nothing
 * was removed (trial18 §1). operation-words.ts reads the English ones.
 */

/** "quita", "elimina", "tira", "apaga", "enlève", "supprime", "lösche", "entferne", "streich". */
const TAKES_AWAY_ABROAD =
  /(?<![\p{L}])(?:qu[íi]ta(?:me|la|lo|las|los)?|quitar|elimina(?:r|la|lo)?|b[óo]rra(?:r|la|lo)?|s[áa]ca(?:r|la|lo)?|tira(?:r)?|remova|remover|apaga(?:r)?|exclu[ia]r?|enl[èe]ve[rz]?|supprime[rz]?|retire[rz]?|l[öo]sch(?:e|en|t)?|entfern(?:e|en|t)?|streich(?:e|en|t)?)(?![\p{L}])/iu;

/** The skills list named as where to take it from. */
export const FROM_MY_SKILLS =
  /\b(?:from|off|out of) my skills?\b|(?<![\p{L}])(?:de mis|das minhas|dos meus|de mes|aus meinen|von meinen)\s+(?:habilidades|competencias|compet[êe]ncias|comp[ée]tences|f[äa]higkeiten|kompetenzen|skills)(?![\p{L}])/iu;

/** Words that add, in any of the languages: "quita X y añade Y" is split before, as in English. */
const ADDS_ABROAD =
  /(?<![\p{L}])(?:add|a[ñn]ade|agrega|adiciona|acrescenta|inclui|ajoute|f[üu]ge|hinzu)(?![\p{L}])/iu;

export const takesAwayAbroad = (raw: string): boolean =>
  TAKES_AWAY_ABROAD.test(raw) && !ADDS_ABROAD.test(raw);
