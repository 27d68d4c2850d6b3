/**
 * "passed my IRATA level 3 today!!", "just got my CSCS card", "cleared the CFA level 1 exam",
 * "aprobé el B2 de inglés": a credential earned, told as news. The model read the level as a skill's
 * level ("What level should IRATA be?"; conv15u, a kind of blind14's misses). Saved as a
 * certification entry. A stage of an application passed ("passed the phone screen") is not one.
 */
import { credentialNamedAbroad } from "./credential-passed-abroad.ts";
import { call, calls, type Outcome } from "./types.ts";

const EARNED =
  /^(?:(?:so|ok|omg|yay|woo+|finally|guess what|update|news)[\s,!:.-]+)*(?:i\s+)?(?:just\s+|finally\s+|officially\s+)?(?:passed|got|earned|cleared|received|aced|nailed)\s+(?:my|the|our)\s+(.+?)(?:\s+(?:today|yesterday|this (?:morning|week)|last (?:week|month)|at last|finally))?[\s!.]*$/i;
/** A credential: letters in capitals (IRATA, CSCS, CFA), or a word that names one, or a level. */
const CREDENTIAL =
  /\b(?:[A-Z]{2,}[\w-]*|cert\w*|licen[cs]e|ticket|card|exam|qualification|diploma|accreditation|level\s+\d|grade\s+\d|part\s+\d)\b/;
/** A stage of an application, or a course or roadmap step finished (progress: "I finished the SQL course"), which is no credential. */
const NOT_CREDENTIAL =
  /\b(?:interview|screen|screening|round|assessment|probation|shift|first week|week \d|resume|cv|course|module|class|lesson|tutorial|bootcamp|step|chapter)\b/i;

/** The certification entry a message of a credential earned says, or undefined. */
export function credentialPassed(raw: string): Outcome | undefined {
  // "hab gestern den Staplerschein bestanden", "j'ai eu mon CACES hier" (credential-passed-abroad.ts).
  const abroad = credentialNamedAbroad(raw);
  if (abroad) return calls(call("add_profile_entry", { kind: "certification", text: abroad }));
  const m = EARNED.exec(raw.trim());
  const name = m?.[1]?.trim();
  // "got my forklift card last week, add it": a clause after it is a request, left to the model.
  if (
    !name ||
    /[,;]/.test(name) ||
    name.split(/\s+/).length > 6 ||
    !CREDENTIAL.test(name) ||
    NOT_CREDENTIAL.test(name)
  )
    return undefined;
  // "my IRATA level 3" -> "IRATA Level 3": the level kept with the name it belongs to.
  const text = name.replace(
    /\b(level|grade|part)\s+(\d)/i,
    (_, w: string, d: string) => `${w[0]!.toUpperCase()}${w.slice(1)} ${d}`,
  );
  return calls(call("add_profile_entry", { kind: "certification", text }));
}
