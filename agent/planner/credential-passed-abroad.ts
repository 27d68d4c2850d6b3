/**
 * A credential earned told as news in Spanish, French, German, Portuguese or Hindi in Latin script:
 * "hab gestern den Staplerschein bestanden", "j'ai eu mon CACES hier", "aprobé el examen de
 * carretillero", "passei na prova da NR-35", "mera forklift license pass ho gaya". The model read
 * them as roadmap progress ("make a roadmap first") or an application's status (conv16u, a kind of
 * blind15's misses; credential-passed.ts reads the English). The words naming it are saved as said.
 */

/** The exam or licence named, in each language's word order; the verb of passing around it. */
const EARNED_ABROAD: RegExp[] = [
  // de: "(ich) hab(e) (gestern) den Staplerschein bestanden", "endlich die Meisterprüfung geschafft"
  /^(?:(?:ich\s+)?hab(?:e)?\s+)?(?:(?:heute|gestern|endlich|jetzt|letzte\s+woche)\s+)*(?:(?:den|die|das|meinen|meine|mein)\s+)?(.+?)\s+(?:bestanden|geschafft|bekommen|in\s+der\s+tasche)$/iu,
  // es: "aprobé el examen de carretillero", "por fin saqué el carnet de …", "obtuve mi licencia …"
  /^(?:(?:por\s+fin|ya|hoy|ayer)\s+)*(?:aprob[eé]|saqu[eé]|obtuve|consegu[ií]|pas[eé])\s+(?:el|la|mi|los|las)\s+(.+)$/iu,
  // fr: "j'ai eu mon CACES", "je viens d'obtenir mon permis poids lourd", "j'ai réussi le …"
  /^(?:(?:enfin|ça y est)[\s,!]+)*(?:j'ai|j’ai|je viens d['’])\s*(?:enfin\s+)?(?:eu|obtenu|obtenir|réussi|réussir|décroché|décrocher|validé|valider)\s+(?:mon|ma|mes|le|la|l['’])\s*(.+)$/iu,
  // pt: "passei na prova da NR-35", "tirei minha carteira de …", "fui aprovado no exame de …"
  /^(?:(?:finalmente|hoje|ontem)\s+)*(?:passei\s+(?:na|no)|tirei|consegui|fui\s+aprovad[oa]\s+(?:na|no))\s+(?:(?:a|o|minha|meu)\s+)?(.+)$/iu,
  // hi: "mera forklift license pass ho gaya", "kal mera welding certificate mil gaya"
  /^(?:(?:aaj|kal|finally|aakhir)\s+)*(?:mera|meri|maine|apna)\s+(.+?)\s+(?:pass|clear)\s+(?:ho\s+gaya|ho\s+gayi|kar\s+liya|kiya)|^(?:(?:aaj|kal|finally)\s+)*(?:mera|meri)\s+(.+?)\s+(?:mil\s+gaya|mil\s+gayi|aa\s+gaya)$/iu,
];

/** The words of a credential in those languages, or capitals (CACES, NR-35). */
const CREDENTIAL_ABROAD =
  /\b(?:[A-Z]{2,}[\w-]*|\w*schein|\w*prüfung|zertifikat\w*|lizenz|examen|exame|examen|carnet|licencia|certificado|certificat|certifica[cç][aã]o|permis|diplôme|dipl[oô]ma|carteira|prova|habilita[cç][aã]o|license|licence|certificate|test)\b/u;

/** A job interview or a course passed is no credential; nor one not passed ("nicht bestanden"). */
const NOT_CREDENTIAL_ABROAD =
  /\b(?:nicht|kein\w*|no|pas|n[ãa]o|nahi|nahin|entrevista|entretien|vorstellungsgespr[äa]ch|interview|curso|cours|kurs|probezeit|per[ií]odo\s+de\s+prueba|p[ée]riode\s+d['’]essai)\b/iu;

/** Times said after the credential ("… ontem", "… hier"), no part of its name. */
const WHEN_SAID =
  /[\s,!.🎉]*(?:\b(?:hoy|ayer|ontem|hoje|hier|aujourd['’]hui|heute|gestern|kal|aaj|la\s+semana\s+pasada|semana\s+passada|la\s+semaine\s+derni[eè]re)\b[\s,!.🎉]*)*$/iu;

/** The name of the credential a message in another language says was earned, or undefined. */
export function credentialNamedAbroad(raw: string): string | undefined {
  const text = raw.trim().replace(/[\s!.🎉✅💪]+$/u, "");
  for (const pattern of EARNED_ABROAD) {
    const m = pattern.exec(text);
    const name = (m?.[1] ?? m?.[2])?.replace(WHEN_SAID, "").trim();
    if (!name || /[,;]/.test(name) || name.split(/\s+/).length > 6) continue;
    if (!CREDENTIAL_ABROAD.test(name) || NOT_CREDENTIAL_ABROAD.test(name)) continue;
    return name;
  }
  return undefined;
}
