/**
 * A job kept for later, said with its title, employer and link (trial19 §12): "bookmark this job:
 * warehouse team leader at Harlow Distribution, https://…" was logged with the link as the role
 * and the title lost. A saved job keeps the three apart: the title as the position, the employer
 * as the company, the link as the application's link, the status "saved".
 *
 * The shape, in the chat's languages: a verb of keeping ("bookmark", "save", "guarda", "enregistre",
 * "merk dir", "salva", "… save kar lo"), a job noun ("this job", "esta oferta", "cette offre",
 * "diese Stelle", "essa vaga"), then "<title> <at|en|chez|bei|na|em> <employer>", the link anywhere.
 */
import { call, calls, type Outcome } from "./types.ts";

/** A web address said in the message (the link kept with the job). */
const LINK = /\bhttps?:\/\/[^\s<>"'`]+/i;

/** Keeping a job for later, then the job noun, in English, Spanish, French, German, Portuguese, Hinglish. */
const KEEP_JOB = new RegExp(
  [
    String.raw`^(?:(?:pls|please|hey|ok(?:ay)?|can you|could you|can u|pode|puedes|peux-tu|kannst du)[\s,]+)*`,
    String.raw`(?:bookmark|save|keep|stash|guarda(?:r|me)?|gu[aá]rdame|enregistre(?:r)?|sauvegarde(?:r)?|garde(?:r)?|merk(?:e)?(?:\s+dir)?|speicher(?:e|n)?|salva(?:r)?|guarde)\s+`,
    String.raw`(?:(?:this|that|the|a|este|esta|ese|esa|el|la|cette|ce|cet|l'|diese[nrs]?|die|den|das|essa|esse|esta|este|a|o)\s*)?`,
    "(?:job|role|position|posting|opening|vacancy|ad|trabajo|empleo|oferta|puesto|vacante|offre|poste|emploi|annonce|stelle|stellenanzeige|anzeige|vaga|emprego)",
    String.raw`(?:\s+(?:for later|para (?:luego|después|despues|depois|mais tarde)|pour plus tard|f[üu]r sp[äa]ter))?`,
    String.raw`(?:\s+(?:pls|please|por favor|s'il te pla[iî]t|bitte))?\s*[:,;-]?\s*`,
  ].join(""),
  "iu",
);
/** Hinglish puts the verb last: "ye job save kar lo: …". */
const KEEP_JOB_HINGLISH =
  /^(?:ye|yeh|is|iss)\s+(?:job|naukri|role)\s+(?:ko\s+)?save\s+kar(?:o|lo|do|\s+lo|\s+do|\s+dena)?\s*[:,;-]?\s*/iu;

/** "<title> at <employer>": the word that joins them in each language. */
const TITLE_AT_EMPLOYER =
  /^(?:(?:an?|the|un|una|une|um|uma|ein|eine|einen|als)\s+)?(.+?)\s+(?:at|@|with|en|chez|bei|beim|na|no|em|à|au)\s+(?:(?:the|el|la|le|der|die|dem|den)\s+)?(.+)$/iu;

/** The saved job said, or undefined when the message does not keep a job with its title and employer. */
export function savedJobSaid(raw: string): Outcome | undefined {
  const text = raw.trim();
  const lead = KEEP_JOB.exec(text) ?? KEEP_JOB_HINGLISH.exec(text);
  if (!lead) return undefined;
  const link = LINK.exec(text)?.[0]?.replace(/[.,;:!?)]+$/, "");
  const rest = text
    .slice(lead[0].length)
    .replace(LINK, " ")
    .replace(/\s*[,;:-]?\s*$/, "")
    .replace(/^\s*[,;:-]\s*/, "")
    .replace(/\s*[,;]\s*(?:pls|please|thanks|thx|ty)?\s*[.!]*$/i, "")
    .replace(/\s+/g, " ")
    .trim();
  const m = TITLE_AT_EMPLOYER.exec(rest);
  if (!m) return undefined;
  const position = m[1]!.replace(/\s+(?:job|role|position)$/i, "").trim();
  const company = m[2]!
    .replace(/\s*[,;].*$/, "")
    .replace(/[.!?]+$/, "")
    .trim();
  // A title and an employer are a few words each: a sentence is no saved job.
  if (!position || !company || position.split(" ").length > 8 || company.split(" ").length > 6)
    return undefined;
  return calls(
    call("add_application", {
      company: company.slice(0, 200),
      position: position.slice(0, 200),
      status: "saved",
      ...(link ? { link: link.slice(0, 2000) } : {}),
    }),
  );
}

/** "my bookmarked jobs", "mis trabajos guardados", "meine gespeicherten Stellen": saved jobs, not questions. */
const JOBS_NAMED =
  /(?<![\p{L}])(?:jobs?|roles?|positions?|postings?|openings?|vacanc(?:y|ies)|trabajos?|empleos?|ofertas?|puestos?|vacantes?|offres?|postes?|emplois?|annonces?|stellen?|stellenanzeigen|jobs|vagas?|empregos?|naukri)(?![\p{L}])/iu;

/** Whether a request for the bookmarks names jobs and no questions (then it is the saved applications). */
export const asksForSavedJobs = (t: string): boolean =>
  JOBS_NAMED.test(t) && !/\bquestions?\b|preguntas?|fragen?|perguntas?/iu.test(t);

/**
 * "mis trabajos guardados", "meine gemerkten Stellen", "mes offres enregistrées", "minhas vagas
 * salvas", "my saved jobs": the saved applications listed, in any of the chat's languages (the
 * model read the others as a privacy question or asked back).
 */
const SAVED_JOBS_ASKED = new RegExp(
  [
    String.raw`^(?:(?:show|see|list|view|zeig(?:e)?(?:\s+mir)?|muestra(?:me)?|ens[eé][nñ]a(?:me)?|ver|montre(?:-moi)?|affiche|mostra(?:-me)?|mostre|where are)\s+)?`,
    String.raw`(?:my|mis|meine|mes|minhas|meus|the)\s+`,
    String.raw`(?:(?:saved|bookmarked|gespeicherten|gemerkten)\s+(?:jobs|roles|positions|postings|stellen|jobs)`,
    String.raw`|(?:trabajos|empleos|ofertas|puestos|vacantes)\s+(?:guardad[oa]s|marcad[oa]s)`,
    String.raw`|(?:offres|postes|emplois|annonces)\s+(?:enregistr[ée]e?s|sauvegard[ée]e?s|gard[ée]e?s)`,
    String.raw`|(?:vagas|empregos)\s+(?:salv[oa]s|guardad[oa]s))\s*[?.!]*$`,
  ].join(""),
  "iu",
);

/** The saved applications, when the message asks for the saved jobs by name. */
export function savedJobsAsked(raw: string): Outcome | undefined {
  return SAVED_JOBS_ASKED.test(raw.trim())
    ? calls(call("list_applications", { status: "saved" }))
    : undefined;
}
