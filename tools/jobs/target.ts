/**
 * The person's target job from what they typed: a pasted job ad is parsed as one, a short
 * description ("data engineer at a fintech, remote, ~120k") is matched to a role profile.
 * One reading for chat, the CLI and the REST API; the heavy data loads on first use.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CareerCraftError } from "../../data/errors.ts";
import { ROLE_ACRONYMS, roleAcronymsIn, tooShortForRole } from "../../data/roles/role-acronyms.ts";
import { loadAnalysisDeps } from "../gap/deps.ts";
import { CONTACT_DETAILS, readsAsAdFragment } from "./ad-fragment.ts";
import type { RoleFinder } from "./dream-role.ts";
import type { JobPosting } from "./types.ts";

const ROLES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../data/roles");

/** Longest job text accepted (a long ad is ~10 KB; this leaves room, and bounds parsing). */
export const MAX_JOB_TEXT = 100_000;

export type TargetKind = "posting" | "role";

/** A line that is only an ad's section heading. */
const POSTING_HEADING =
  /^\s*(?:requirements|responsibilities|qualifications|what you'?ll do|what we offer|about the (?:role|job)|must[- ]haves?|nice[- ]to[- ]haves?|benefits)\s*:?\s*$/im;

/** An ad's section label written inline, with its colon ("Must have:", "Requirements:"). */
// Also the labels of ads in German, French, Spanish and Portuguese ("Voraussetzungen:", "Profil recherché :", "Requisitos:"; conv15u).
const INLINE_SECTION =
  /\b(?:must[- ]haves?|requirements|qualifications|responsibilities|nice[- ]to[- ]haves?|what you'?ll do|what we offer|we offer|your profile|your tasks|required skills|skills required|voraussetzungen|anforderungen|ihr profil|ihre aufgaben|wir bieten|das bringst du mit|deine aufgaben|profil recherch[ée]|missions|exigences|nous offrons|vos missions|votre profil|requisitos|funciones|responsabilidades|ofrecemos|se ofrece|oferecemos|atividades|benef[ií]cios)\s*:/gi;

/** True when the text reads like a job ad rather than a one-line wish. */
export function looksLikePosting(raw: string): boolean {
  const cues = raw.match(
    /\b(?:requirements|responsibilities|qualifications|we are looking|we're looking|you will|you'll|must have|nice to have|about the role|about us|what you'll do|apply|benefits|years of experience|job description|preferred)\b/gi,
  );
  if ((raw.length >= 250 && (cues?.length ?? 0) >= 2) || (raw.length >= 600 && (cues?.length ?? 0) >= 1))
    return true;
  // A short ad keeps an ad's shape: several lines under a heading of its own ("Requirements"
  // alone on a line). A resume has contact details; an ad this short does not.
  const lines = raw.split("\n").filter((l) => l.trim()).length;
  const contact = CONTACT_DETAILS.test(raw);
  if (raw.length >= 120 && lines >= 4 && !contact && POSTING_HEADING.test(raw)) return true;
  // A shorter ad pasted with its framing: "here's the job (copied from LinkedIn):" then the ad.
  const framing = raw.split(/\n| — | - /)[0].toLowerCase();
  const introduced =
    /\b(?:job|posting|position|role|opening|listing|ad)\b/.test(framing) &&
    /\b(?:this|here|copied|posting|instead)\b/.test(framing);
  const adWords = raw.match(
    /\b(?:yrs|years|experience|requirements?|required|remote|hybrid|on-?site|salary|degree|skills?|you'll|we're|erfahrung|berufserfahrung|gehalt|exp[ée]rience|salaire|experiencia|salario|experi[êe]ncia|sal[áa]rio)\b|\([mwfhdx]\/[mwfhdx](?:\/[mwfhdx])?\)|https?:\/\/|\.\w{2,3}\/\S+/gi,
  );
  if (raw.length >= 120 && introduced && (adWords?.length ?? 0) >= 2) return true;
  // An ad flattened onto one line without framing ("Frontend Developer – Hamburg, hybrid.
  // Must have: React, TypeScript. Nice to have: GraphQL."): an ad's section labels inline,
  // with a colon, are the employer's words; a person describing the role they want does not
  // write them. Two labels, or one with another word of an ad.
  const labels = raw.match(INLINE_SECTION)?.length ?? 0;
  if (raw.length >= 40 && !contact && (labels >= 2 || (labels === 1 && (adWords?.length ?? 0) >= 1)))
    return true;
  // A fragment in the employer's voice, without section labels (ad-fragment.ts).
  return readsAsAdFragment(raw);
}

/** A posting when it looks like one or is long or multi-line; otherwise a described role. */
export function guessTargetKind(text: string): TargetKind {
  return looksLikePosting(text) || text.length > 400 || text.split("\n").length > 4 ? "posting" : "role";
}

let finder: Promise<RoleFinder> | undefined;
export function loadRoleFinder(): Promise<RoleFinder> {
  finder ??= (async () => {
    const { createRoleFinder } = await import("./role-finder.ts");
    const [roles, extras, cores] = await Promise.all(
      ["roles.json", "role-extras.json", "role-cores.json"].map(async (f) =>
        JSON.parse(await readFile(path.join(ROLES_DIR, f), "utf8")),
      ),
    );
    return createRoleFinder(roles, extras, cores);
  })();
  finder.catch(() => {
    finder = undefined;
  });
  return finder;
}

/** Whether a short text names a role the role data knows ("data analyst", "a nurse, remote"). */
export async function namesKnownRole(text: string): Promise<boolean> {
  const trimmed = typeof text === "string" ? text.trim() : "";
  if (tooShortForRole(trimmed) || trimmed.length > 400) return false;
  const { findDescribedRole } = await import("./dream-role.ts");
  return findDescribedRole(trimmed, await loadRoleFinder()).match !== undefined;
}

export interface JobTarget {
  kind: TargetKind;
  posting: JobPosting;
  text: string;
}

/** Reads a target; `kind` forces how (the CLI's --job / --role), else it is guessed. */
export async function readJobTarget(text: string, kind?: TargetKind): Promise<JobTarget> {
  const trimmed = typeof text === "string" ? text.trim() : "";
  if (!trimmed) throw new CareerCraftError("validation", "Paste the job ad, or describe the role you want.");
  if (trimmed.length > MAX_JOB_TEXT)
    throw new CareerCraftError(
      "too_large",
      `That job text is over ${MAX_JOB_TEXT / 1000} KB; paste just the ad itself.`,
    );
  const chosen = kind ?? guessTargetKind(trimmed);
  const deps = await loadAnalysisDeps();
  if (chosen === "posting") {
    const [{ parseJobPosting }, { extractSkills }] = await Promise.all([
      import("./parse.ts"),
      import("../skills/extract.ts"),
    ]);
    const posting = parseJobPosting(trimmed, (t) => extractSkills(t, { section: "job ad" }), deps.graph);
    return { kind: chosen, posting, text: trimmed };
  }
  const { describeDreamRole } = await import("./dream-role.ts");
  return {
    kind: chosen,
    posting: describeDreamRole(trimmed, await loadRoleFinder(), deps.graph),
    text: trimmed,
  };
}

export { ROLE_ACRONYMS, roleAcronymsIn, tooShortForRole };
