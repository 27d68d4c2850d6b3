/**
 * A skill named in quotes: "remove 'stock rotation' from my skills", "tira 'gestão de estoque'
 * das minhas habilidades", "quita «atención al público» de mis habilidades". The quotes say
 * exactly where the name starts and ends, in any language; before, the English name was saved
 * with its quotes ("'stock rotation'") and the Portuguese one was asked back "Which skill?" —
 * the model was unsure between adding and removing and the name was no known skill (conv12t,
 * a kind of blind10's misses).
 */
import { call, type Outcome } from "./types.ts";

/** One quoted phrase, in straight, curly, angled or low quotes. */
const QUOTED = /(?:^|[\s(:])['"‘“«„‚]([^'"‘’“”«»„‚\n]{2,60})['"’”»“‘](?=[\s,.;:!?)]|$)/u;
/** The profile's skills, named in the chat's languages. */
const SKILLS_NOUN =
  /(?<![\p{L}])(?:skills?|skill ?set|habilidades?|competencias?|compet[eê]ncias?|comp[ée]tences?|f[äa]higkeiten|kenntnisse|conhecimentos|aptitudes)(?![\p{L}])/iu;
/** A verb of taking off, in the chat's languages. */
const TAKE_OFF =
  /(?<![\p{L}])(?:remove|delete|drop|take|scrap|ditch|tira|tire|retira|retire|quita|quite|quitar|elimina|elimine|borra|borre|apaga|apague|supprime|enl[eè]ve|efface|entfern\w*|l[öo]sch\w*|streich\w*|hata\w*|nikal\w*)(?![\p{L}])/iu;

/** The name inside quotes, when the message quotes exactly one. */
export function quotedName(raw: string): string | undefined {
  const all = [...raw.matchAll(new RegExp(QUOTED.source, "gu"))];
  // Several quoted names ("add 'SQL' and 'Tableau'") are the list reader's.
  return all.length === 1 ? all[0]![1]!.trim() || undefined : undefined;
}

/** remove_skill of the quoted name, when the message takes a quoted name off the skills. */
export function quotedSkillRemoved(raw: string): Outcome | undefined {
  const name = quotedName(raw);
  if (!name || !SKILLS_NOUN.test(raw) || !TAKE_OFF.test(raw) || raw.split(/\s+/).length > 16)
    return undefined;
  return { calls: [call("remove_skill", { skill: name })] };
}
