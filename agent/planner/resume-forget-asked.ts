/**
 * "delete my resume", "bitte lösche meinen Lebenslauf und alle Erfahrungen daraus", "borra mi
 * CV", "supprime mon CV", "apaga o meu currículo": one resume forgotten (forget_resume), not the
 * whole account. Before, these read as deleting everything, as uploading a resume, or as resume
 * advice (trial18 §5). The words are an exact format (a verb that takes away + a resume word),
 * kept beside the intent model so the request works whatever the model reads it as; a message
 * that also names the account or all the person's data is the delete-everything request.
 */
import { disownsResume } from "./resume-disowned.ts";
import { call, type Outcome } from "./types.ts";

/** Verbs that take away, in the chat's languages (imperative, infinitive and "want to" forms). */
const TAKE_AWAY = String.raw`delete|remove|erase|forget|wipe|discard|trash|get rid of|borra\w*|elimina\w*|quita\w*|olvida\w*|supprim\w*|efface\w*|retire\w*|oublie\w*|enl[eè]ve\w*|l[öo]sch\w*|entfern\w*|vergiss|vergessen|wegwerfen|apag\w*|exclu[ií]\w*|remov\w*|tir\w*|esque[cç]\w*|hata\w*|mita\w*`;
/** Words for a resume. */
const RESUME =
  "r[eé]sum[eé]s?|resumes?|cvs?|curr[ií]cul[uo]m(?: vitae)?|curr[ií]culo|lebenslauf|lebenslaufs|hoja de vida|bio ?data";
/** Words that make it the whole account: deleting everything is delete_data's. */
const EVERYTHING =
  /(?<!\p{L})(?:account|konto|compte|cuenta|conta|all (?:of )?my data|my data|all my information|everything about me|meine daten|alle (?:meine )?daten|alles über mich|mes données|toutes mes données|mis datos|todos mis datos|meus dados|todos os meus dados|profile and|profil und|perfil y|perfil e|profil et)(?!\p{L})/iu;
/** Asking how, or about the resume's content, is no request to delete it. */
const ABOUT_IT =
  /(?<!\p{L})(?:how (?:do|can|should) i|should i|from my (?:resume|cv)|in my (?:resume|cv)|on my (?:resume|cv))(?!\p{L})/iu;

const ASKED = new RegExp(
  String.raw`(?<!\p{L})(?:${TAKE_AWAY})(?!\p{L})[^.?!]{0,40}?(?<!\p{L})(?:${RESUME})(?!\p{L})`,
  "iu",
);
/** "my CV, delete it", "lebenslauf löschen": the resume named first. */
const NAMED_FIRST = new RegExp(
  String.raw`(?<!\p{L})(?:${RESUME})(?!\p{L})[^.?!]{0,25}?(?<!\p{L})(?:${TAKE_AWAY})(?!\p{L})`,
  "iu",
);

/** The message names the account or all the person's data: deleting everything, not one resume. */
export function namesWholeAccount(raw: string): boolean {
  return EVERYTHING.test(raw);
}

export function asksToForgetResume(raw: string): boolean {
  const text = raw.trim();
  if (text.split(/\s+/).length > 30 || EVERYTHING.test(text) || ABOUT_IT.test(text)) return false;
  return ASKED.test(text) || (text.split(/\s+/).length <= 6 && NAMED_FIRST.test(text));
}

/** The plan: the preview and its question (the tool asks; the yes deletes). */
export function resumeForgetAsked(raw: string, attachments: readonly string[]): Outcome | undefined {
  // With a file attached, "here's my CV, forget the old one" is an upload (the file is read).
  // "that's not my CV, it's my dad's": the same offer to forget it (resume-disowned.ts, trial20 §3).
  return attachments.length === 0 && (asksToForgetResume(raw) || disownsResume(raw))
    ? { calls: [call("forget_resume", { confirm: false })] }
    : undefined;
}
