/**
 * "remind me on friday to email my professor", "recuérdame llamar a Ana el lunes a las 10",
 * "erinnere mich morgen daran, die Miete zu zahlen": a reminder about the person's own life,
 * not about an application. It used to be attached to an application that happened to be
 * tracked, or refused (new-user trial 2026-12-06, finding 5); it is now stored as a personal
 * reminder (tools/reminders). The task is cut out of the message in each language, the day
 * words taken off it (chrono-node's readers find them), and read back in the second person.
 */
import { futureDayWords } from "../../tools/applications/dates.ts";
import { REMIND_ME } from "./reminder-asks.ts";
import { trackedIn } from "./slot-words.ts";

/** "remind me … to/about <task>" and the same asks in es/fr/de/pt: the task follows them. */
const ASKS_BEFORE_TASK: RegExp[] = [
  new RegExp(String.raw`\b(?:${REMIND_ME})\b(.*?)\b(?:to|about|that)\s+(.+)$`, "i"),
  /\b(?:set|make|create|add)\s+(?:me\s+)?an?\s+reminder\b(.*?)\b(?:to|for|about|that)\s+(.+)$/i,
  /\b(?:recu[eé]rda(?:me|mel[oa])|recordarme|acu[eé]rdame|me\s+recuerdas?)\b()(.+)$/i,
  /\b(?:rappelle[- ]moi|rappelez[- ]moi|fais[- ]moi penser|(?:me|m['’])\s*rappeler)\b()(.+)$/i,
  /\berinnere?\s+mich\b()(.+)$/i,
  // "kannst du mich morgen erinnern, Oma anzurufen": the day may stand between.
  /\bmich\s+((?:\S+\s+){0,3}?)(?:daran\s+)?erinnern\b,?()(.+)$/i,
  /\b(?:me\s+lembr[ae]|lembra[- ]me|me\s+recorda|lembre[- ]me|me\s+lembrar)\b()(.+)$/i,
  // Hindi with the ask first: "yaad dilana ki kal bijli ka bill bharna hai".
  /^(?:(?:mujhe|mujhko|muje|please|pls|plz)\s+)*yaad\s+dil(?:a|aa)(?:na|o|ana|dena|diye|iye|ye)?\s+(?:ki|ke)\s+()(.+)$/i,
];

/** Hindi in Latin script says the task first: "kal gym jaane ki yaad dilana". */
const HINDI =
  /^(?:(?:mujhe|mujhko|muje|please|pls|plz)\s+)*(.+?)\s+(?:ki|ke\s+liye|ka)?\s*yaad\s+dil(?:a|aa)(?:na|o|ana|dena|diye|iye|ye)?\b/i;

/** Words between the ask and the task ("to", "de", "daran,", "que"), and polite ends. */
const LEAD_IN =
  /^(?:(?:to|about|that|que|de|à|a|daran,?|an|dass|please|pls|porfa|por favor|s'il te plaît|bitte)\s+|[dq]u?['’]\s*)/i;
const TAIL = /(?:[\s,]+(?:please|pls|plz|por favor|porfa|stp|s'il te pla[iî]t|bitte|na|yaar))?[\s.!?]*$/i;

/** A task about an application: following up, the interview and getting ready for it, the people hiring. */
const ABOUT_APPLICATIONS =
  /\b(?:follow(?:ing)?[- ]?up|chase|check(?:ing)? (?:in|on|back|the status)|hear(?:d)? back|status|appl(?:y|ied|ication|ications)|interviews?|prep(?:are)?|thank[- ]you|recruiter|hiring manager|hr|offer|them|they|it|that|the company|the job|the role|the position|screen|practi[cs]e|pitch|rehears\w*|negotiat\w*|relanc\w*|candidature|entretien|seguimiento|postulaci[oó]n|entrevista|candidatura|nachfass\w*|nachhak\w*|bewerbung|vorstellungsgespr[aä]ch|cobrar|retorno)\b/i;

/**
 * A time said against the event in focus, with no task ("recuérdamelo el día antes", "me lembra
 * no dia antes", "erinnere mich am Tag davor", "the morning of"): the reminder of the interview
 * or application in focus, not a personal task called "el día antes".
 */
const BEFORE_THE_EVENT =
  /^(?:(?:the|el|la|le|lo|no|na|o|a|am|au|un|una|um|uma|one|two|dos|zwei|deux|\d+)\s+)*(?:days?|d[ií]as?|tage?n?|jours?|veille|hours?|horas?|heures?|stunden?|morning|ma[nñ]ana|manh[aã]|matin|morgen|night|noche|noite|soir|abend|weeks?|semanas?|semaines?|wochen?)(?:\s+(?:before|earlier|prior|ahead|antes|davor|vorher|avant|anterior|of|del|do|da|de))*(?:\s+(?:it|that|then|eso|isso|ça))?$/i;

/**
 * What one must do, said before the task ("que tengo que pagar…", "preciso renovar…", "I need to
 * call…", "mujhe gym jaana"), and Hindi's "hai" after it: the task is what follows, said back
 * without them.
 */
const OBLIGATION =
  /^(?:(?:i\s+)?(?:need\s+to|have\s+to|gotta|must)|tengo\s+que|tienes\s+que|hay\s+que|debo|necesito|je\s+dois|il\s+faut\s+que\s+je|il\s+faut|ich\s+muss|muss|ich\s+soll|preciso(?:\s+de)?|tenho\s+que|tenho\s+de|devo|mujhe|mujhko|muje)\s+/i;
const HINDI_TAIL = /\s+(?:hai|he|h)$/i;

/** Only the little words a day's removal leaves ("el por la" of "el miércoles por la tarde"; conv15u): no task. */
const ONLY_LEFTOVERS =
  /^(?:(?:el|la|los|las|le|les|lo|por|de|del|al|a|en|the|on|at|in|by|o|no|na|do|da|am|um|im|der|die|das|le|du|au|à|this|next|that)\s*)+$/i;

/** English day words the readers leave at the task's end ("… on", "… this"). */
const DAY_LEFTOVER = /\s+(?:on|this|next|at|by|el|le|am|na|no|à)\s*$/i;

export function taskSaid(raw: string): string | undefined {
  const text = raw.trim();
  for (const ask of ASKS_BEFORE_TASK) {
    const m = ask.exec(text);
    if (m) return m.at(-1);
  }
  return HINDI.exec(text)?.[1];
}

/** The task with the day and hour said taken off ("llamar a Ana el lunes a las 10" -> "llamar a Ana"). */
export function withoutDay(task: string): string {
  let out = task;
  for (let i = 0; i < 2; i++) {
    const day = futureDayWords(out);
    if (!day || !out.includes(day)) break;
    out = out.replace(day, " ");
  }
  let prev = "";
  while (prev !== out) {
    prev = out;
    out = out
      .replace(/\s+/g, " ")
      .trim()
      .replace(LEAD_IN, "")
      .replace(OBLIGATION, "")
      .replace(TAIL, "")
      .replace(DAY_LEFTOVER, "")
      .replace(HINDI_TAIL, "");
    // A day word chrono reads only with a preposition: "…, on friday" already gone; a dangling comma.
    out = out.replace(/^[,;:]\s*|\s*[,;:]$/g, "");
  }
  return out;
}

/**
 * The person's own task when a reminder is asked about something no application is: a known
 * company, the words of following up or interviewing, or "them"/"it" (the one in focus) keep it
 * an application's reminder.
 */
export function personalTask(raw: string, tracked: readonly string[] = []): string | undefined {
  const said = taskSaid(raw);
  if (!said) return undefined;
  const task = withoutDay(said);
  if (!task || task.split(/\s+/).length < 2 || task.length > 300 || ONLY_LEFTOVERS.test(task))
    return undefined;
  if (ABOUT_APPLICATIONS.test(task) || BEFORE_THE_EVENT.test(task) || trackedIn(task, tracked))
    return undefined;
  return task;
}

/** "cancel my reminder to call Ana", "delete the rent reminder", "annule le rappel d'appeler Ana". */
const CANCEL_NAMED: RegExp[] = [
  /\b(?:reminder|recordatorio|rappel|erinnerung|lembrete)\s+(?:to|about|for|de|d['’]|a|à|an|para|sobre)\s*(.+)$/i,
  // "scrap the union hall reminder", "ditch my gym reminder": the verbs of throwing away too (conv16u).
  /\b(?:cancel|stop|delete|remove|drop|forget|scrap|ditch|nix|kill|axe|bin|trash|clear|erase|get\s+rid\s+of|turn\s+off|switch\s+off)\s+(?:the|my|that|this)\s+(.+?)\s+reminder\b/i,
  // "stop reminding me about the dentist", "deja de recordarme lo del banco" (conv13u).
  /\b(?:stop|quit|don'?t|no need to|no longer)\s+(?:keep\s+)?(?:reminding|remind|pinging|ping|nudging|nudge)\s+me\s+(?:to|about|of|re)\s+(.+)$/i,
  /\b(?:deja|dejá|para|pare)\s+de\s+(?:recordarme|me\s+lembrar)\s+(?:lo\s+de\s+|lo\s+del\s+|de\s+|do\s+|da\s+|que\s+)?(.+)$/iu,
  /\b(?:arr[êe]te|arr[êe]tez)\s+de\s+me\s+rappeler\s+(?:de\s+|d['’]|le\s+|la\s+|les\s+)?(.+)$/iu,
  /\bh[öo]r\s+auf,?\s+mich\s+an\s+(.+?)\s+zu\s+erinnern\b/iu,
  /^(.+?)\s+(?:ke|ki)\s+baare\s+(?:me|mein)\s+yaad\s+(?:dilana|mat)\s+(?:band|dilao)/iu,
];

/** A request to stop a reminder said with the verb of reminding ("stop reminding me to …"), in the languages read. */
export const STOPS_REMINDING =
  /\b(?:stop|quit|don'?t|no need to|no longer)\s+(?:keep\s+)?(?:reminding|remind|pinging|nudging)\s+me\b|\b(?:deja|dejá|para|pare)\s+de\s+(?:recordarme|me\s+lembrar)|\barr[êe]te[sz]?\s+de\s+me\s+rappeler|\bh[öo]r\s+auf,?\s+mich\b.*\berinnern|\byaad\s+dilana\s+band/iu;

/**
 * The words naming one of the person's own reminders in a request to cancel it, when they
 * name no application: passed to the service, which matches them against the stored tasks.
 */
export function personalReminderNamed(raw: string, tracked: readonly string[] = []): string | undefined {
  for (const pattern of CANCEL_NAMED) {
    const said = pattern.exec(raw.trim())?.[1];
    if (!said) continue;
    const words = withoutDay(said);
    if (!words || ABOUT_APPLICATIONS.test(words) || trackedIn(words, tracked)) return undefined;
    return saidBack(words);
  }
  return undefined;
}

/** The task said back to the person ("my professor" -> "your professor"). */
export const saidBack = (task: string): string =>
  task
    .replace(/\bmy\b/gi, "your")
    .replace(/\bme\b/gi, "you")
    .replace(/\bi\b/g, "you");
