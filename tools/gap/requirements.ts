/**
 * Typed requirements of a posting, for any field: the ad's requirement sentences
 * (JobPosting.requirementLines) cut into single asks and typed — spoken language with level,
 * years, degree, licence or certification, and otherwise a duty or kind of experience
 * ("B2B sales", "patient care", "month-end close") that evidence.ts matches by meaning.
 * Named skills and tools stay with match.ts (taxonomy matching); location, salary and
 * culture come from the posting's own fields (score-preferences.ts).
 *
 * Only exact formats are hand rules here (a years figure, degree abbreviations, the cue
 * words of a level); languages are whatever the taxonomy files as spoken languages.
 */
import type { Embedder } from "../../data/embeddings/types.ts";
import { namesDegree } from "../jobs/education.ts";
import { isHeadingPhrase, withoutLeadHeading } from "../jobs/segments.ts";
import type { CredentialAsk, JobPosting, RequirementKind, RequirementLine } from "../jobs/types.ts";
import { withoutWaivers } from "../jobs/waived-asks.ts";
import { findYears, withoutAsideCues } from "../jobs/years.ts";
import { type AskClass, classifyAsks } from "./ask-classifier.ts";
import { askClauses } from "./ask-clauses.ts";
import { splitBundledAsk } from "./bundled-asks.ts";
import { type ClearanceLevel, clearanceAsk } from "./clearance.ts";
import { vectorsFor } from "./evidence.ts";
import { askByHeading } from "./heading-asks.ts";
import { languageLevelAsked } from "./language-level.ts";
import {
  credentialOf,
  degreeOrLicence,
  isFlattenedParagraph,
  LICENCE,
  LICENCE_REQUIRED,
  namesParticularLicence,
  professionLicenceAsk,
} from "./licence-asks.ts";
import { licenceKindsIn } from "./licence-kind.ts";
import { statesPayOnly } from "./pay-line.ts";
import { namesSkillWhole, tooShortForAsk } from "./short-asks.ts";
import type { SkillGraph } from "./skill-graph.ts";

export { credentialNamed } from "./licence-asks.ts";

export type RequirementType = "language" | "years" | "degree" | "licence" | "clearance" | "duty";

export interface TypedRequirement {
  type: RequirementType;
  /** The ask as the ad words it (one item of a requirements list). */
  text: string;
  kind: RequirementKind;
  /** A hard must-have: missing it clearly rules the person out (a required language, licence). */
  hard: boolean;
  /** Taxonomy id of the spoken language, for `language`. */
  language?: string;
  /** Years asked, for `years`. */
  years?: number;
  /**
   * For `licence`: the credential to hold, by its names — the line's own (a licensed role
   * profile's), else what the ask names ("CPA licence" -> CPA), else the job's title
   * ("Licensing or registration required" in a nurse's ad is a nursing licence).
   */
  credential?: CredentialAsk;
  /** For `clearance`: the security clearance asked (clearance.ts), at least this level of its scheme. */
  clearance?: ClearanceLevel;
  /** For `language`: the level asked when the ad states one ("C1", "fluent", "native"), 1..6 (CEFR A1..C2). */
  languageLevel?: number;
  /**
   * What the sentence asks of the candidate (ask-classifier.ts): a qualification to have, a
   * trait, a duty of the job. Absent when no classifier could run (cue words decided).
   */
  about?: Exclude<AskClass, "other">;
  /** A competence typical of this O*NET occupation (a described trade's field ask): its work held shows it. */
  typicalOf?: string;
}

const PREFERRED =
  /\b(prefer\w*|ideally|a plus|is a plus|advantage\w*|desirable|bonus|nice to have|optional|asset|not (a |an )?(requirement|required|must|mandatory|essential)|(a|an|considered a) benefit)\b/i;
/** A level asked of a language: a level word, or a CEFR code ("German B2 or better"). */
const LANGUAGE_LEVEL =
  /\b(fluent\w*|fluency|native|mother tongue|proficien\w*|very good|excellent|good|business[- ]level|working knowledge|knowledge|command|spoken|written|speak\w*|speaker|bilingual|high[- ]level|advanced|level|[ABC][12])\b/i;
/**
 * The ask without a preferred detail after it ("3+ years as a warehouse developer, preferably
 * with SQL Server"; "T-SQL skills ( ideally on SQL Server 2012+ )"): the detail names which kind
 * is wished for, the ask before it is still made — unless the ad goes on to call the whole a plus.
 */
const PREFERRED_DETAIL =
  /(?<=\S.{10,})[\s,(]+(?:preferably|ideally)\s+(?:with|in|within|on|from|as|using|for)\b.*$/i;
export function withoutPreferredDetail(text: string): string {
  const detail = PREFERRED_DETAIL.exec(text);
  // "…, ideally in a business context, is a plus": the whole ask is a nice-to-have.
  if (!detail || PREFERRED.test(detail[0].replace(/\b(?:preferably|ideally)\b/gi, ""))) return text;
  return text.slice(0, detail.index);
}
// Years and degrees: the job parser's readers (tools/jobs years.ts, education.ts).

/**
 * A requirements paragraph cut into single asks. Lists flattened into one line ("3+ years
 * experience BA/BS degree Fluent in German") are cut where a capitalised word starts after a
 * lower-case word with no punctuation between them, unless that word is a name the taxonomy
 * knows as a spoken language ("in German and English" stays one ask).
 */
export function splitAsks(text: string, graph: SkillGraph): string[] {
  return askSentences(text, graph).flatMap(askClauses);
}

/** The requirements paragraph cut into sentences and flattened list items (before clauses). */
function askSentences(text: string, graph: SkillGraph): string[] {
  const pieces = text
    .split(/(?<=[.!?;:])\s+|\s+[-•*·▪–]\s+|\s*\n\s*/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const out: string[] = [];
  for (const piece of pieces) {
    const words = piece.split(/\s+/);
    if (words.length <= 12) {
      out.push(piece);
      continue;
    }
    let current: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const prev = words[i - 1];
      const startsAsk =
        current.length >= 3 &&
        prev !== undefined &&
        /^[A-Z][a-z]/.test(w) &&
        /^[a-z][\w/-]*[a-z0-9)]$/.test(prev) &&
        !/^(and|or|of|in|with|the|a|an|to|for|&)$/i.test(prev) &&
        graph.lookup(w.replace(/[^\w]/g, ""))?.category !== "spoken_language";
      if (startsAsk) {
        out.push(current.join(" "));
        current = [];
      }
      current.push(w);
    }
    if (current.length > 0) out.push(current.join(" "));
  }
  return out
    .map(withoutLeadHeading)
    .filter(
      (p) =>
        /[a-z]{3}/i.test(p) && !isHeadingPhrase(p) && !/:$/.test(p) && !/<(NAME|CONTACT|URL|EMAIL)>/.test(p),
    );
}

/**
 * Cue words of an ask of the candidate: what decides when the ask classifier cannot run (an
 * embedder other than the one it was fitted on) and whether a sentence the classifier reads as
 * a duty of the job is put as an ask.
 */
const ASK_CUES =
  /\b(experience[ds]?|degree|bachelor|master|phd|diploma|licen[cs]ed?|certifi\w+|fluent|native|speak\w*|knowledge|skills?|proficien\w*|background|ability|able to|familiar\w*|years?|qualifi\w+|understanding|track record|you (have|are|bring|can)|must|required|need|strong|solid|excellent|good)\b/i;

/**
 * How to apply, not what to have: "Attached files must be PDF", "applicants will be informed",
 * "we encourage everyone to apply regardless of ...". Such sentences carry ask words ("must",
 * "required") but say nothing about the candidate.
 */
const APPLICATION_PROCESS =
  /\b(apply|applying|attach(ed|ments?)?|upload\w*|submit(ted)?|deadline|cover letter|co-author statement|regardless of|will be informed|pdf|docx|word format|application (form|link|portal|process))\b|\bapplications? (must|should|will|are|is)\b/i;

/** Spoken languages named in an ask (taxonomy category spoken_language). */
function languagesIn(text: string, graph: SkillGraph): string[] {
  const ids = new Set<string>();
  for (const m of text.matchAll(/\b[A-Za-z][a-z]{3,}\b/g)) {
    const skill = graph.lookup(m[0]);
    if (skill?.category === "spoken_language") ids.add(skill.id);
  }
  return [...ids].sort();
}

const typed = new WeakMap<SkillGraph, WeakMap<JobPosting, TypedRequirement[]>>();

/**
 * The job's typed requirements, computed once per job (a job is analysed against many
 * profiles). With the embedder the ask classifier was fitted on, sentences about the company,
 * the team, the offer or how to apply are left out and each ask says what it is about.
 */
export function typeRequirements(
  job: JobPosting,
  graph: SkillGraph,
  embedder?: Embedder,
): TypedRequirement[] {
  let byJob = typed.get(graph);
  if (!byJob) {
    byJob = new WeakMap();
    typed.set(graph, byJob);
  }
  const hit = byJob.get(job);
  if (hit) return hit;
  const out = readRequirements(job, graph, embedder);
  byJob.set(job, out);
  return out;
}

function readRequirements(job: JobPosting, graph: SkillGraph, embedder?: Embedder): TypedRequirement[] {
  const pieces: {
    text: string;
    kind: RequirementKind;
    line?: RequirementLine;
    unmarked?: boolean;
    underAskHeading?: boolean;
    typicalOf?: string;
  }[] = [];
  const seen = new Set<string>();
  for (const line of job.requirementLines ?? []) {
    // A line that says which licence it asks for is one ask, kept whole; a flattened paragraph
    // that names one among other asks is cut like any other (licence-asks.ts).
    if (line.licence && !isFlattenedParagraph(line.text)) {
      pieces.push({ text: line.text, kind: line.kind, line });
      continue;
    }
    for (const sentence of askSentences(line.text, graph)) {
      if (APPLICATION_PROCESS.test(sentence)) continue;
      // A sentence's clauses keep its kind: "Java is required and experience with Kafka is a
      // plus" stays a nice-to-have, as the whole sentence was read before it was cut.
      const kind: RequirementKind =
        line.kind === "preferred" || PREFERRED.test(withoutPreferredDetail(withoutAsideCues(sentence)))
          ? "preferred"
          : "required";
      for (const text of askClauses(withoutWaivers(sentence))) {
        const key = text.toLowerCase();
        // Two words are a whole ask when they name a licence or a degree ("CPA required",
        // "BA/BS degree") or a skill or duty ("knife skills"); scraps are not (short-asks.ts).
        const tooShort = tooShortForAsk(text, LICENCE.test(text) || namesDegree(text), graph);
        if (seen.has(key) || tooShort || APPLICATION_PROCESS.test(text)) continue;
        seen.add(key);
        pieces.push({
          text,
          kind,
          ...(line.unmarked ? { unmarked: true } : {}),
          ...(line.underAskHeading ? { underAskHeading: true } : {}),
          ...(line.typicalOf ? { typicalOf: line.typicalOf } : {}),
        });
      }
    }
  }
  // A role profile's lines are the role's tasks (tools/jobs/dream-role.ts): duties by
  // construction, whatever their wording ("Able to coordinate ..."); an ad's are classified.
  const classes: (AskClass | undefined)[] =
    job.source === "role_profile"
      ? pieces.map(() => "duty")
      : embedder?.embedSync
        ? classifyAsks(
            pieces.map((p) => p.text),
            vectorsFor(
              embedder,
              pieces.map((p) => p.text),
            ),
            embedder,
          )
        : pieces.map(() => undefined);
  const out: TypedRequirement[] = [];
  pieces.forEach(({ text, kind, line, unmarked, underAskHeading, typicalOf }, i) => {
    if (statesPayOnly(text)) return; // the offer, not an ask (pay-line.ts)
    // An item under a requirements heading is asked, whatever it reads as alone (heading-asks.ts).
    const headed = job.source === "posting" && askByHeading(text, underAskHeading, classes[i]);
    // Asked, and read for what it is: work of the kind the job does ("duty"), not a credential.
    const about = headed ? "duty" : classes[i];
    // A prose sentence no cue marks as an ask is one only when the classifier reads it so.
    if (unmarked && about !== "qualification" && about !== "trait") return;
    if (line?.licence) {
      const profession = kind === "required" ? professionLicenceAsk(text) : undefined;
      out.push({
        type: "licence",
        text,
        kind,
        hard: line.hard === true || !!profession,
        credential: line.licence,
      });
      // "A qualified solicitor with at least 3 years PQE": the years of practice are asked too.
      const years = profession && findYears(text);
      if (years) out.push({ type: "years", text, kind, hard: false, years: years.minYears });
      return;
    }
    // A security clearance put to the candidate (clearance.ts): held already, it is a hard ask
    // like a licence; "able to obtain" one asks nothing the resume could show yet.
    const clearance = clearanceAsk(text);
    if (clearance && classes[i] !== "duty") {
      const hard = kind === "required" && !clearance.toObtain;
      out.push({
        type: "clearance",
        text,
        kind,
        hard,
        clearance: clearance.level,
        ...(about && about !== "other" ? { about } : {}),
      });
      return;
    }
    const languages = languagesIn(text, graph);
    if (languages.length > 0 && LANGUAGE_LEVEL.test(text)) {
      for (const language of languages) {
        // "willing to learn German": an ask to learn it, not to have it.
        const name = graph.get(language)?.name ?? language;
        const toLearn = new RegExp(`\\blearn\\w*\\s+(\\w+\\s+){0,2}${name}\\b`, "i").test(text);
        const langKind: RequirementKind = toLearn ? "preferred" : kind;
        const level = languageLevelAsked(text);
        out.push({
          type: "language",
          text,
          kind: langKind,
          hard: langKind === "required",
          language,
          ...(level ? { languageLevel: level } : {}),
        });
      }
      return;
    }
    // A sentence about the company, the team, the offer or how to apply asks nothing. Years
    // of experience put to the candidate are an ask whatever the classifier reads (an exact
    // format: "( +10years ) within the design of ...").
    // So is a particular licence put as a condition ("CPA required.").
    const yearsAsked =
      findYears(text) !== undefined && /\bexperience\b/i.test(text) && !/\b(we|our|us)\b/i.test(text);
    const licenceAsked = LICENCE.test(text) && namesParticularLicence(text) && LICENCE_REQUIRED.test(text);
    // A short piece that is a skill's own name ("customer service") asks that skill, whatever
    // the classifier reads in two words with nothing around them.
    const skillNamed = about === "other" && namesSkillWhole(text, graph);
    if (about === "other" && !yearsAsked && !licenceAsked && !skillNamed) return;
    const tag = about && about !== "other" ? { about } : about ? { about: "qualification" as const } : {};
    const years = findYears(text);
    if (years) {
      out.push({ type: "years", text, kind, hard: false, years: years.minYears, ...tag });
      return;
    }
    // "Either a Master's degree, chartered status or a PE": one credential ask, met by any of them.
    const orLicence = kind === "required" && namesDegree(text) && degreeOrLicence(text);
    if (orLicence) out.push({ type: "licence", text, kind, hard: true, ...tag, credential: orLicence });
    if (namesDegree(text)) {
      if (orLicence) return;
      out.push({ type: "degree", text, kind, hard: false, ...tag });
      return;
    }
    if (LICENCE.test(text) || licenceKindsIn(text, false).length > 0) {
      const credential = credentialOf(text, job);
      // Hard only when a particular credential is named and put as a condition, and the ask
      // classifier (its class, not the heading's) does not read the sentence as a duty: one
      // that mentions licensed staff asks nothing of the candidate.
      const profession = kind === "required" ? professionLicenceAsk(text) : undefined;
      const hard =
        !!profession ||
        (kind === "required" && credential !== undefined && licenceAsked && classes[i] !== "duty");
      const held = profession ?? credential;
      out.push({ type: "licence", text, kind, hard, ...tag, ...(held ? { credential: held } : {}) });
      return;
    }
    // A duty of the job ("you will plan the rota") counts as an ask only when it is put as one
    // ("experience planning rotas"); a list of tasks (a role profile's O*NET tasks) is not a
    // list of must-haves.
    const asks =
      about === "qualification" || about === "trait" || skillNamed || headed || ASK_CUES.test(text);
    // "Experience with budgeting, forecasting and reporting" asks each of the three.
    if (asks)
      for (const one of splitBundledAsk(text, graph))
        out.push({ type: "duty", text: one, kind, hard: false, ...tag, ...(typicalOf ? { typicalOf } : {}) });
  });
  return out;
}
