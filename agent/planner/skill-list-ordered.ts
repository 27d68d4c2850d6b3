/**
 * "add high voltage safety, CAN bus diagnostics and battery module repair", "añade soldadura,
 * lectura de planos y carretilla", "ajoute la couture, le repassage et la broderie": an order to
 * add, then a list of short names joined by commas and "and" in the chat's languages. That is
 * skills listed, whatever the model reads (blind16: three skills the taxonomy does not know read
 * as one experience entry). An entry says what it is (experience, project, a course), where and
 * when (at, for 3 years, 2015), or what was done (a verb in the past): those are no list of skills.
 */
import { statedDuration } from "../../tools/text/stated-duration.ts";
import type { PlannedCall } from "../tools/schemas.ts";
import { durationsInEnglish } from "./background-phrases.ts";
import { ADDS, NOT_A_SKILL } from "./skill-named-freely.ts";
import { call } from "./types.ts";

/** Where the list is said to go ("… to my skills", "à mes compétences"): it and what follows are no name. */
const DESTINATION =
  /\s*(?:(?:to|on|in|onto|into)\s+(?:my\s+)?(?:skills?(?:\s+list)?|profile|list)|a\s+mis\s+(?:habilidades|competencias|skills)|(?:à|a|dans)\s+mes\s+comp[ée]tences|(?:nas|[àa]s)\s+minhas\s+habilidades|zu\s+meinen\s+(?:f[äa]higkeiten|skills|kenntnissen))(?![\p{L}]).*$/iu;

/** The politeness after a list: no part of the last name. */
const LIST_END =
  /\s*(?:[-–—:]\s*)?(?:please|pls|plz|thanks|thx|too|as well|also|también|aussi|auch|também|svp|stp|por favor|bitte)(?:\s+(?:please|pls|plz|thanks|thx|too))*\s*[.!]*$/iu;

/** A level said as a piece of the line ("…, niveau avancé"): a skill with its level, read by add_skill's own plan. */
const LEVEL_PIECE =
  /(?<![\p{L}])(?:level|nivel|niveau|n[ií]vel|beginner|intermediate|advanced|expert|basic|fluent|native|avanzad[oa]|avanc[ée]e?|b[aá]sic[oa]|d[ée]butant|interm[ée]diaire|fortgeschritten\w*|grundkenntnisse|flie[sß]end)(?![\p{L}])/iu;

/** Commas and the word "and" in each language the chat reads. */
const JOINS = /\s*[,;]\s*(?:(?:and|y|e|et|und|aur|&)\s+)?|\s+(?:and|y|e|et|und|aur|&|\+)\s+/iu;

/** Words that make a line an entry: its kind, a place or time, a duty done. */
const ENTRY_SAID =
  /\b(?:experience|job|role|position|work(?:ed)?|project|course|degree|education|internship|volunteer\w*|certificat\w*|licen[cs]e|employer|company|self-employed|freelance|at|for|since|from|until|during|years?|months?|exp[ée]rience|proyecto|projet|projekt|projeto|curso|cours|kurs|empresa|entreprise|firma|bei|chez)\b|\b(?:19|20)\d\d\b/iu;

/** A name that begins with a past-tense verb ("built a …", "led the …") tells a duty; "advanced Excel" a level. */
const DUTY_START =
  /^(?!(?:advanced|experienced|applied|automated|embedded|distributed|licensed|certified)\b)\p{L}{3,}ed\s/iu;

/** Articles said before a name in the other languages, dropped from it. */
const ARTICLE = /^(?:the|a|an|la|le|les|l'|el|los|las|un|una|une|o|os|as|um|uma|der|die|das|den)\s+/iu;

/** The names of a list of two or more skills ordered added, or undefined when the line is not one. */
export function skillsListed(raw: string): string[] | undefined {
  const text = raw.trim();
  for (const pattern of ADDS) {
    const m = pattern.exec(text);
    if (!m) continue;
    // German "füge A, B und C hinzu": the list sits before "hinzu"; nothing but politeness after it.
    if (m[2] && m[2].replace(LIST_END, "").trim()) return undefined;
    const said = m[1]!
      .replace(DESTINATION, "")
      .replace(LIST_END, "")
      .replace(/[.!]+$/, "")
      .trim();
    if (ENTRY_SAID.test(said) || statedDuration(durationsInEnglish(said))) return undefined;
    const names = said
      .split(JOINS)
      .map((n) => n.replace(ARTICLE, "").replace(/^l'/i, "").trim())
      .filter(Boolean);
    const short = names.every(
      (n) =>
        n.split(/\s+/).length <= 4 &&
        /\p{L}{2}/u.test(n) &&
        !NOT_A_SKILL.test(n) &&
        !DUTY_START.test(n) &&
        !LEVEL_PIECE.test(n),
    );
    return names.length >= 2 && names.length <= 8 && short ? names : undefined;
  }
  return undefined;
}

/**
 * The add_skill calls planned for a listed line, each listed name kept: the taxonomy's reading
 * keeps its names ("python" -> Python), a name it did not know ("lectura de planos") is added as said.
 */
export function withEveryListedSkill(planned: PlannedCall[], raw: string): PlannedCall[] {
  const names = skillsListed(raw);
  if (!names) return planned;
  const known = planned.filter((c) => c.name === "add_skill").map((c) => String(c.args.skill).toLowerCase());
  const missing = names.filter(
    (n) => !known.some((k) => n.toLowerCase().includes(k) || k.includes(n.toLowerCase())),
  );
  return [...planned, ...missing.map((skill) => call("add_skill", { skill }))];
}
