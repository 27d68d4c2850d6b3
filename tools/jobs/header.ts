/**
 * The facts around the requirements: title, seniority, company, location, remote/hybrid/onsite
 * and employment type. Works on ads with a header block ("Job type: Full-time") and on
 * free prose ("We are looking for an experienced Business Developer ...").
 */
import { isTitleHead } from "../../data/roles/title-heads.ts";
import { companyAndPlaceBelow, companyLineBelow } from "./company-line.ts";
import type { Segment } from "./segments.ts";
import { splitTitlePlace } from "./title-place.ts";
import type { EmploymentType, Seniority, WorkMode } from "./types.ts";

/** Anonymisation placeholders in the reference ads and gender markers like "(m/f/d)". */
const NOISE = /<[A-Z_]+>|\(\s*[mfwdx]\s*\/\s*[mfwdx](\s*\/\s*[mfwdx])?\s*\)|\(\s*all genders?\s*\)/gi;

const JOB_NOUN =
  /\b(engineer|developer|programmer|manager|analyst|scientist|designer|consultant|specialist|administrator|architect|lead|director|officer|assistant|coordinator|technician|researcher|postdoc|professor|nurse|teacher|accountant|chef|cook|driver|representative|intern|associate|executive|advisor|adviser|writer|editor|tester|devops|sre|head of|owner|recruiter|marketer|controller|operator|support|agent|student|trainee|clerk|mechanic|electrician|physician|doctor|consultant|strategist|planner|buyer|partner|fellow|phd|scholarship|position)\b/i;

/**
 * Words people put before a pasted ad or title ("Paste: Full Stack Developer", "Job ad - ..."), and
 * the employer's own label ("We're hiring: Store Manager", conv12q: it was kept in the title).
 */
const LEAD_IN =
  /^\s*(?:paste(?:d)?|here(?:'s| is)(?: the| my| a)?(?: job| ad| posting| role| listing)?|job(?: ad| posting| title| description)?|posting|title|role|position|listing|ad|copied from \w+|(?:we(?:'re|’re| are)\s+|now\s+|we(?:'re|’re| are)\s+now\s+)?hiring|opening|vacancy)\s*[:\-–—]\s*/i;

/**
 * A sentence of the person's own before a colon or a dash ("Here's a job I like: Instructional
 * Designer", "saw this on LinkedIn - …"): it frames the ad and is no part of the title.
 * Told by the words people frame with (I, my, here, this, like, found, saw…); a prefix that
 * names the job itself ("Senior Engineer: Payments") is kept.
 */
const FRAMING_PREFIX = /^\s*([^:–—]{1,80}?)\s*(?::|\s[-–—])\s+(?=\S)/;
const FRAMING_WORDS =
  /\b(?:i|i'm|im|i've|my|me|here|here's|heres|this|these|that|like|love|found|saw|seen|check|look|looking|about|applying|apply|interested|thinking|considering|dream|want|copied|pasted?|from|on)\b/i;

function withoutFraming(raw: string): string {
  const m = FRAMING_PREFIX.exec(raw);
  if (!m || !FRAMING_WORDS.test(m[1]!)) return raw;
  const rest = raw.slice(m[0].length);
  return namesJob(rest.split(/\s+(?:at|@)\s+|[.,;|–—]/)[0]!.trim()) ? rest : raw;
}

export function cleanTitle(raw: string): string {
  return withoutFraming(raw.replace(LEAD_IN, ""))
    .replace(NOISE, " ")
    .replace(/\s*[|–—-]\s*$/, "")
    .replace(/\s+/g, " ")
    .replace(/\(\s*\)/g, "")
    .trim()
    .replace(/^[-–—|:,\s]+|[-–—|:,\s]+$/g, "");
}

/** The first line as a title and the place written after it ("Nurse – Austin, TX – on-site"). */
function titleLine(firstLine: string) {
  return splitTitlePlace(
    cleanTitle(firstLine.split(/\s+Date posted:|\s+Job description:/)[0]!.slice(0, 140)),
  );
}

const PROSE_TITLE =
  /\b(?:looking for|searching for|seeking|hiring|recruit(?:ing)?|position as|vacancy as|job as|role of|join us as)\s+(?:an?\s+|two\s+|one\s+|our\s+(?:new\s+)?)?((?:[A-Za-z/&+-]+\s+){0,5}?(?:[A-Za-z/&+-]*(?:engineer|developer|manager|analyst|scientist|designer|consultant|specialist|administrator|architect|lead|director|officer|assistant|coordinator|technician|researcher|postdoc|professor|nurse|teacher|accountant|chef|cook|driver|representative|intern|associate|executive|advisor|writer|editor|tester|chauffeurs?|fellow|student)s?))\b/i;

const sentences = new Intl.Segmenter("en", { granularity: "sentence" });

/**
 * The posting's head line: its first line, or, when that line opens with a question to us
 * ("am I a fit for this job? Frontend Developer – Hamburg, hybrid. Must have: ..."), the
 * sentence after the question. Only questions are skipped: a first sentence like "Sr." is
 * part of the title line.
 */
function headLine(text: string): { line: string; afterQuestion: boolean } {
  const lines = text.split("\n").filter((l) => l.trim().length > 0);
  // A question to us on a line of its own ("what about this job?", then the ad pasted below
  // it): the head line is the ad's first line. Read as prose instead, "… looking for a Family
  // Nurse Practitioner …" gave the title "Family Nurse".
  const asked = lines.findIndex((l) => !l.trim().endsWith("?"));
  if (asked > 0) return { line: lines[asked]!, afterQuestion: true };
  const firstLine = lines[0] ?? "";
  const parts = [...sentences.segment(firstLine)].map((s) => s.segment.trim()).filter(Boolean);
  let i = 0;
  while (i < parts.length - 1 && parts[i]!.endsWith("?")) i++;
  if (i === 0) {
    // A one-line ad with no lead-in ("Frontend Developer – Hamburg, hybrid. Must have: ..."):
    // when the whole line is no title, its first sentence is the head line ("Sr." and other
    // short pieces stay with what follows).
    if (parts.length < 2 || isTitle(titleLine(firstLine).title))
      return { line: firstLine, afterQuestion: false };
    let head = parts[0]!;
    let next = 1;
    while (head.length <= 4 && next < parts.length) head = `${head} ${parts[next++]}`;
    return { line: head.replace(/[.!]$/, ""), afterQuestion: false };
  }
  return { line: parts[i]!.replace(/[.!]$/, ""), afterQuestion: true };
}

function isTitle(head: string): boolean {
  return head.length > 0 && head.length <= 90 && namesJob(head) && !/[.!?]$/.test(head);
}

/**
 * A job noun, or a last word that ends job titles in O*NET ("HR Generalist", "Barista",
 * "Dental Hygienist"): the short list above is the software trades' words; O*NET's title heads
 * (data/roles/title-heads.ts) are every field's.
 */
function namesJob(head: string): boolean {
  if (JOB_NOUN.test(head)) return true;
  // "Dental Hygienist at SmileWorks": the title's last word is before the employer.
  const last = head
    .replace(/\s+(?:at|@)\s+\p{Lu}.*$/u, "")
    .replace(/\([^()]*\)/g, " ")
    .trim()
    .split(/[\s,/]+/)
    .pop()
    ?.toLowerCase();
  return last !== undefined && /^[a-z]{4,}$/.test(last) && isTitleHead(last);
}

/** Lines looked at for a title below the head line: a title comes before the ad's body. */
const TITLE_LINE_WITHIN = 12;

/**
 * The first line after the head that is only a job title: a few words, no sentence or label,
 * starting with a capital and ending with a word O*NET titles end with ("Coordinator",
 * "Bookkeeper"; data/roles/title-heads.ts). A heading ("What you'll do", "Benefits") ends with
 * no such word.
 */
function titleLineBelow(text: string): string | undefined {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(1, TITLE_LINE_WITHIN);
  for (const raw of lines) {
    const { title } = titleLine(raw);
    const words = title.split(/\s+/);
    if (words.length > 6 || /[.!?:;]/.test(title) || !/^\p{Lu}/u.test(title)) continue;
    const last = words
      .at(-1)!
      .toLowerCase()
      .replace(/[^a-z]/g, "");
    const singular = last.endsWith("s") && !last.endsWith("ss") ? last.slice(0, -1) : last;
    if (last.length >= 3 && (isTitleHead(last) || isTitleHead(singular))) return title;
  }
  return undefined;
}

export function findTitle(text: string): string | undefined {
  const { line, afterQuestion } = headLine(text);
  const read = titleLine(line);
  // The hiring company on a line of its own below: the piece after the dash is the title's.
  const head = read.title;
  const specialised =
    read.employer && !afterQuestion && companyLineBelow(text, namesJob) ? `${head} - ${read.employer}` : head;
  // A sentence after a lead-in question that is prose ("We are hiring a ...") is read as prose;
  // so is a long head line that says who is sought ("<company> is searching for a Sales Manager
  // with focus on the Nordic markets"): the title is the one it names, not the whole line.
  const prosaic = PROSE_TITLE.test(head) && (afterQuestion || head.split(/\s+/).length > 6);
  if (isTitle(head) && !prosaic) return specialised;
  const plain = text.replace(NOISE, " ");
  const prose = PROSE_TITLE.exec(plain);
  // An ad that opens with a heading of its own ("About us", the company's name) and states
  // its title on a line below: that line, told by O*NET's title heads, before a title read
  // from the prose (which names the kind of person, not the post).
  const below = !prose || line.trim().split(/\s+/).length <= 4 ? titleLineBelow(text) : undefined;
  if (below) return below;
  if (prose) {
    // "a position as assistant professor": the shortest title the pattern takes is "assistant";
    // the job nouns right after it belong to it.
    const after = plain
      .slice(prose.index + prose[0].length)
      .trim()
      .split(/\s+/);
    const kept: string[] = [];
    for (const word of after) {
      if (!/^[A-Za-z-]+$/.test(word) || !JOB_NOUN.test(word)) break;
      kept.push(word);
    }
    const title = [prose[1]!, ...kept]
      .join(" ")
      // "a highly qualified and motivated administrator": praise joined by "and" is not title.
      .replace(/^(?:highly\s+|very\s+)?[a-z-]+(?:,\s*[a-z-]+)*\s+and\s+(?:highly\s+)?[a-z-]+\s+/, "")
      .replace(
        /^(experienced|talented|motivated|highly motivated|passionate|new|skilled|dedicated|energetic)\s+/i,
        "",
      );
    return title.charAt(0).toUpperCase() + title.slice(1);
  }
  return head.length > 0 && head.length <= 60 && namesJob(head) ? head : undefined;
}

const SENIORITY: [RegExp, Seniority][] = [
  [/\b(intern|internship|trainee|werkstudent|working student)\b/i, "intern"],
  [/\b(director|vp|vice president|head of|chief)\b/i, "director"],
  [/\b(principal|staff|distinguished)\b/i, "principal"],
  [/\b(lead|team lead|tech lead)\b/i, "lead"],
  [/\b(manager)\b/i, "manager"],
  [/\b(senior|sr\.?|snr)\b/i, "senior"],
  [/\b(junior|jr\.?|entry[- ]level|graduate|new grad)\b/i, "junior"],
  [/\b(mid[- ]level|intermediate|medior)\b/i, "mid"],
];

export function findSeniority(
  title: string | undefined,
  levelField: string | undefined,
): Seniority | undefined {
  for (const source of [title, levelField]) {
    if (!source) continue;
    // A level field lists several ("Junior Mid-Level Senior"): take the lowest it accepts.
    if (source === levelField) {
      const found = SENIORITY.filter(([p]) => p.test(source)).map(([, s]) => s);
      const order: Seniority[] = [
        "intern",
        "junior",
        "mid",
        "senior",
        "lead",
        "principal",
        "manager",
        "director",
      ];
      const lowest = order.find((s) => found.includes(s));
      if (lowest) return lowest;
      continue;
    }
    for (const [pattern, level] of SENIORITY) if (pattern.test(source)) return level;
  }
  return undefined;
}

const EMPLOYMENT: [RegExp, EmploymentType][] = [
  [/\b(internship|intern position|working student)\b/i, "internship"],
  [/\bpart[- ]time\b/i, "part_time"],
  [/\b(freelance|freelancer|freelancejob)\b/i, "freelance"],
  [/\b(contract|contractor|fixed[- ]term|temporary contract)\b/i, "contract"],
  [/\b(temporary|temp|seasonal|maternity cover|summer season)\b/i, "temporary"],
  [/\b(full[- ]time|permanent|fulltime)\b/i, "full_time"],
];

export function findEmploymentType(
  jobTypeField: string | undefined,
  text: string,
): EmploymentType | undefined {
  for (const source of [jobTypeField, text]) {
    if (!source) continue;
    for (const [pattern, type] of EMPLOYMENT) if (pattern.test(source)) return type;
  }
  return undefined;
}

export function findWorkMode(locationField: string | undefined, text: string): WorkMode | undefined {
  const sources = [locationField, text];
  for (const source of sources) {
    if (!source) continue;
    if (/\bhybrid\b|\b\d days? (a|per) week (in|at) (the )?office\b|\bpartly remote\b/i.test(source))
      return "hybrid";
    if (
      /\b(fully remote|remote[- ]first|100% remote|remote work|work(ing)? remotely|remote position|remote role|remote job|remote option|remote)\b/i.test(
        source,
      ) &&
      !/\bno remote\b|\bnot remote\b/i.test(source)
    )
      return source === text && /onsite or remote|remote or onsite/i.test(source) ? "hybrid" : "remote";
    if (/\b(on[- ]?site|in[- ]office|office[- ]based|at our office)\b/i.test(source)) return "onsite";
  }
  return undefined;
}

export function findCompany(text: string, segments: Segment[]): string | undefined {
  const labelled = /\b(?:company|employer|organi[sz]ation)\s*:\s*([A-Z][\w&.' -]{1,50})/.exec(text);
  if (labelled && !/^<|description/i.test(labelled[1]!)) return labelled[1]!.trim();
  const firstLine = text.split("\n")[0] ?? "";
  // A dot ends the name unless letters follow it ("Amazon.com"): "at Coursera. Requirements: …" is Coursera.
  const at = /\b(?:at|@)\s+([A-Z][\w&'-]*(?:\.[\w&'-]+)*(?:\s+[A-Z][\w&'-]*(?:\.[\w&'-]+)*){0,3})/.exec(
    cleanTitle(firstLine),
  );
  if (at) return at[1];
  const below = companyLineBelow(text, namesJob);
  if (below) return below;
  const employer = titleLine(headLine(text).line).employer;
  if (employer) return employer;
  const about = segments.find((s) => s.section === "company");
  const about2 =
    about && /^([A-Z][\w&.'-]+(?:\s+[A-Z][\w&.'-]+){0,2})\s+(is|was|has|builds|develops)\b/.exec(about.text);
  return about2 ? about2[1] : undefined;
}

export function findLocation(text: string): string | undefined {
  const labelled =
    /\b(?:[Ll]ocation|[Bb]ased in|[Oo]ffice in|[Ll]ocated in)\s*:?\s*([A-Z][A-Za-z.' -]+(?:,\s*[A-Z][A-Za-z.' -]+){0,2})/.exec(
      text.replace(NOISE, " "),
    );
  if (!labelled) return titleLine(headLine(text).line).place ?? companyAndPlaceBelow(text, namesJob)?.place;
  const value = labelled[1]!.replace(/\s+(options|remote|visa|and|or)\b.*$/i, "").trim();
  return value.length >= 2 && value.length <= 60 && !/^(options|Remote)$/i.test(value) ? value : undefined;
}

/** "Job type: Full-time" style fields: the label line and its value (next line or same line). */
export function metaFields(segments: Segment[], text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const s of segments) if (s.metaLabel && !fields[s.metaLabel]) fields[s.metaLabel] = s.text.trim();
  const inline =
    /\b(Location options|Job type|Experience level|Role|Industry|Company size|Company type|Technologies)\s*:\s*(.*?)(?=\s+(?:Location options|Job type|Experience level|Role|Industry|Company size|Company type|Technologies|Job description|Job benefits|Company description)\s*:|\n|$)/g;
  for (const m of text.matchAll(inline)) {
    const key = m[1]!.toLowerCase();
    if (!fields[key] && m[2]!.trim()) fields[key] = m[2]!.trim();
  }
  return fields;
}
