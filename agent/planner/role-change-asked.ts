/**
 * "can you change the title on my Acme application to 'Data Engineer, Platform'", "rename the
 * Acme role to QA lead", "update the job title to site manager, I typed it wrong", "cambia el
 * puesto de Acme a jefe de turno": the person asks in so many words for the role of an
 * application to be changed. The application is the tracked one named, or the one just logged
 * or moved; the role is what follows "to" (the quoted title whole, commas and all). Before, the
 * message was logged as a new application whose role was the request's own words, or set as a
 * target job (conv12o: the blind5 class "explicit title change").
 */
import type { Focus } from "../graph/focus.ts";
import { trackedCompanyIn } from "./company-named.ts";
import { call, type Outcome } from "./types.ts";

/** The verbs that ask for a change, in the chat's languages. */
const CHANGE =
  "(?:change|update|rename|fix|edit|correct|switch|set|cambia(?:r)?|actualiza(?:r)?|corrige(?:r)?|modifie(?:r)?|change(?:r|z)?|ändere?|ändern|korrigiere|muda(?:r)?|altera(?:r)?|corrija|badal(?:o|na)?)";
/** The role's noun: "title", "job title", "role", "position" and theirs. */
const NOUN = String.raw`(?:job\s+title|title|role|position|job\s+name|puesto|cargo|vaga|poste|intitul[eé]|stelle|jobtitel|rolle|designation)`;
/** "to", "as" and theirs, before the new role. */
const TO = "(?:to|into|as|a|en|por|para|pour|zu|auf|in|se)";

const ASKED = new RegExp(String.raw`\b${CHANGE}\b(.{0,60}?)\b${NOUN}\b(.{0,50}?)\s${TO}\s+(.+)$`, "iu");

/** The role said after "to": a quoted title whole, else up to the clause that gives a reason. */
function roleAfterTo(rest: string): string | undefined {
  const quoted = /^["'‘“«]([^"'’”»]{2,80})["'’”»]/u.exec(rest.trim());
  const role = quoted
    ? quoted[1]!
    : rest
        .split(
          /\s*(?:[,;.!?(]|\s[—–-]\s|\b(?:because|since|as that|that'?s|thats|it'?s what|i typed|i wrote|my bad|porque|parce que|weil|pois)\b)/iu,
        )[0]!
        .replace(/^(?:an?|the|el|la|le|o|a|die|der)\s+/iu, "");
  const words = role.trim().split(/\s+/);
  return role.trim() && words.length <= 8 ? role.trim() : undefined;
}

/**
 * The application a correction means: the tracked one named, or the one just logged or moved
 * (shared with corrected-role.ts).
 */
export function applicationMeant(raw: string, focus: Focus, tracked: readonly string[] | undefined) {
  const named = trackedCompanyIn(raw, tracked);
  const last = focus.application;
  const justActed =
    focus.lastIntent === "add_application" ||
    focus.lastIntent === "update_application_status" ||
    focus.lastIntent === "change_application";
  const isLast =
    last !== undefined && (named ? named.toLowerCase() === last.company.toLowerCase() : justActed);
  const application = isLast ? (last.id ?? last.company) : named;
  return { named, justActed, isLast, application };
}

/** change_application with the role asked for, when the message asks for an application's role to change. */
export function roleChangeAsked(
  raw: string,
  focus: Focus,
  tracked: readonly string[] | undefined,
): Outcome | undefined {
  const m = ASKED.exec(raw.trim());
  if (!m) return undefined;
  // "change my target role to X" is the target, and a skill or a preference is no application.
  if (/\b(?:target|dream|goal|skill|level|preference|salary|objetivo|ziel|cible)\b/iu.test(m[1]! + m[2]!))
    return undefined;
  const { named, justActed, isLast, application } = applicationMeant(raw, focus, tracked);
  const aboutApplication =
    /\b(?:application|app|applied|one|postulaci[oó]n|candidature|bewerbung|candidatura)\b/iu.test(
      m[1]! + m[2]!,
    );
  if (!application || (!named && !aboutApplication && !justActed)) return undefined;
  const role = roleAfterTo(m[3]!);
  if (!role || (isLast && role.toLowerCase() === focus.application?.position?.toLowerCase()))
    return undefined;
  return { calls: [call("change_application", { application, position: role })] };
}
