import { listHeadingKind, trailingListHeading } from "./list-headings.ts";
import { isOfferLine } from "./offer-lines.ts";

/**
 * Splits a pasted job ad into sentence-sized segments, each tagged with the section it sits
 * in (requirements, nice-to-have, responsibilities, benefits...). Real ads come both with
 * line breaks and flattened into one long line, so headings are also found inside lines.
 */

export type SectionKind =
  | "intro"
  | "requirements"
  | "preferred"
  | "responsibilities"
  | "benefits"
  | "company"
  | "meta"
  | "technologies";

export interface Segment {
  /** Offsets into the normalised text the segments were cut from. */
  start: number;
  end: number;
  text: string;
  section: SectionKind;
  /** The segment is a heading value line such as "Industry: ..." */
  metaLabel?: string;
  /** An item of a bulleted list (a bullet or dash before or after it on its line). */
  listItem?: boolean;
}

const BULLET_BEFORE = /(?:^\s*[-–*]|[•▪●◦·])\s*$/;
const BULLET_AFTER = /^\s*[•▪●◦·]/;

const HEADINGS: { kind: SectionKind; pattern: RegExp }[] = [
  {
    kind: "preferred",
    pattern:
      /^(nice[- ]to[- ]haves?|preferred( qualifications| skills)?|bonus( points)?|pluses|advantageous( skills)?( to have)?|desirable( skills)?|good to have|will be a plus|would be a plus|extra points|any of th(ese|ose) will increase your chances|it would be great if|additional (?:skills|qualifications))\b/i,
  },
  {
    kind: "requirements",
    pattern:
      /^((requirements|qualifications)( & | and )(qualifications|requirements|skills|experience)|(the )?(qualifications|skills|experience) (you need|you('ll| will) need|we need|required|needed)|profile description|requirements?|qualifications?|minimum qualifications|basic qualifications|required (skills|qualifications|experience)|must[- ]haves?|skills( & | and )requirements|(key )?skills|technical skills|key technology experience|your profile|profile|about you|who you are|(what )?you('ll| will)? bring|(what )?you('ll| will) need|what we(?:('re| are) looking| look) for|who we('re| are) looking for|(the )?(person|candidate|profile) we('re| are) (looking for|seeking)|we('re| are) looking for|your (qualifications|background|experience)|desired (profile|skills|qualifications)|candidate profile|qualifications and experience|what we need( from you)?|what we'?ll need from you|you need|you have|you should have|we expect|experience|personal specification|your skills|the ideal candidate|what you need|requirements and skills|competencies)\b/i,
  },
  {
    kind: "responsibilities",
    pattern:
      /^(responsibilities|key responsibilities|your (tasks|responsibilities|role|mission)|the role|role description|what you('ll| will) do|in this role you will|tasks|duties|day[- ]to[- ]day|your day|what the job involves|what you will be doing)\b/i,
  },
  {
    kind: "benefits",
    pattern:
      /^(benefits|job benefits|what we offer|we offer|perks|our offer|why (join|work)|what('s| is) in it for you|compensation( and benefits)?)\b/i,
  },
  {
    kind: "intro",
    pattern: /^(job description|description|the job|overview|about the (role|job|position|team))\b/i,
  },
  {
    kind: "company",
    pattern: /^(about us|about the company|company description|who we are|our company|about [A-Z<])/i,
  },
];

/** Header fields some job boards put before the ad ("Job type: Full-time"). */
const META_LABELS =
  /^(date posted|likes|location options|job type|experience level|role|industry|company size|company type|technologies|location|salary|employment type|contract type|workplace type)\s*:?$/i;

/** Headings that also appear inline in flattened ads: "... Requirements: 4+ years ...". */
const INLINE_HEADING =
  /\b(Requirements|Qualifications|Responsibilities|Nice to have|Nice-to-have|Must have|Will be a plus|Job benefits|Benefits|What we offer|Company description|Technical Skills|Personal Specification|Preferred|Key responsibilities|About you|Your profile|Your qualifications|Your tasks|What you will do|What you bring|What we offer|Technologies)\s*:/g;

const LONG_LINE = 220;

/**
 * Windows-1252's characters for the bytes 0x80-0x9F, in order (the WHATWG windows-1252 index;
 * the five bytes it leaves undefined stay as they are). A page saved in Windows-1252 and read as
 * Latin-1 carries these bytes as C1 control characters, which real text never holds: its bullets
 * (0x95) then glue a whole list into one piece and its apostrophes (0x92) split words.
 */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** The C1 control characters of a Windows-1252 page read as Latin-1, as the characters they were. */
function fromWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => {
    const mapped = WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!;
    // A bullet glued to its item ("•Manage…") is still a bullet between two items.
    return mapped === "•" ? " • " : mapped;
  });
}

/**
 * A line break inside an aside is no end of a line: "Experience with streaming data ( e.g .⏎
 * Kafka ) Experience with Spark" (an ad saved with a break after each full stop) breaks inside
 * the aside, and the item really ends where the next line closes it. The break moves there:
 * "… ( e.g . Kafka )⏎Experience with Spark". Same length, so offsets stay.
 */
function joinOpenAsides(text: string): string {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length - 1; i++) {
    const next = lines[i + 1]!;
    const close = /^[^()]*\)/.exec(next);
    if (!close || !/\([^()]*$/.test(lines[i]!)) continue;
    const rest = next.slice(close[0].length);
    // The next item starts after the aside ("Kafka ) Experience with …"): break there.
    if (/^ [A-Z][a-z]+\s+[a-z]/.test(rest)) {
      lines[i] = `${lines[i]} ${close[0]}`;
      lines[i + 1] = rest.slice(1);
    } else {
      lines[i] = `${lines[i]} ${next}`;
      lines.splice(i + 1, 1);
      i--;
    }
  }
  return lines.join("\n");
}

export function normaliseAdText(raw: string): string {
  return joinOpenAsides(
    fromWindows1252(raw)
      .replace(/\r\n?/g, "\n")
      .replace(/[\u00a0\t]+/g, " ")
      .replace(/[\u200b-\u200d\ufeff]/g, "")
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, " ")
      .replace(/[ ]{2,}/g, " ")
      .replace(/\n{3,}/g, "\n\n"),
  );
}

/**
 * The text is a section heading and nothing more ("The skills you need"): what a run-on
 * ad leaves as a piece of its requirements once the heading's line break is lost.
 */
export function isHeadingPhrase(text: string): boolean {
  const t = text
    .trim()
    .replace(/[:\-–—]+$/, "")
    .trim();
  return HEADINGS.some(({ pattern }) => pattern.exec(t)?.[0].length === t.length);
}

/** Words that open a sentence after a heading glued to it ("Qualifications You speak…"). */
const OPENS_SENTENCE = /^(You|Your|We|Our|To|As|A|An|The|First|If)$/;

/**
 * The piece without a heading glued to its front when the ad's line breaks were lost ("Profile
 * description To thrive here…", "YOUR TASKS Plan…", "Qualifications You speak…"): the
 * heading's words are no part of the ask and would pull its meaning toward "other". A one-word
 * heading is taken off only before a word that opens a sentence, so a title-case ask
 * ("Experience With Payroll") keeps its first word.
 */
export function withoutLeadHeading(piece: string): string {
  const words = piece.split(/\s+/);
  for (let n = Math.min(6, words.length - 3); n >= 1; n--) {
    const head = words.slice(0, n).join(" ");
    const next = words[n]!;
    if (!/^[A-Z]/.test(next) || !isHeadingPhrase(head)) continue;
    const capitals = !/[a-z]/.test(head);
    if (n === 1 && !capitals && !OPENS_SENTENCE.test(next)) continue;
    return words.slice(n).join(" ");
  }
  return piece;
}

/** A label that ends in an either/or cue ("Experience with one of", "any of the following"). */
const ALTERNATIVES_LABEL = /\b(?:one|any|either|some) (?:or more )?of(?: the following)?\s*$|\beither\s*$/i;

export function classifyHeading(line: string): SectionKind | undefined {
  const text = line
    .trim()
    .replace(/[:\-–—]+$/, "")
    .trim();
  if (text.length === 0 || text.length > 70) return undefined;
  if (META_LABELS.test(text) && line.trim().length < 30) {
    return /^technologies/i.test(text) ? "technologies" : "meta";
  }
  const endsWithColon = /[:]\s*$/.test(line.trim());
  const wordCount = text.split(/\s+/).length;
  for (const { kind, pattern } of HEADINGS) {
    const m = pattern.exec(text);
    if (!m) continue;
    // "Experience in frontend development" is a requirement, not a heading: without a colon the
    // heading phrase must be (almost) the whole line.
    const rest = text.slice(m[0].length).trim();
    if (endsWithColon || rest.length === 0 || (wordCount <= 4 && !/[.]/.test(text) && rest.length < 12))
      return kind;
  }
  // "What you must have:", "Things you'll need:", "What we require:": a short line ending in a
  // colon that says what is needed heads the must-haves, however the ad words it (a sales
  // ad's "What you must have:" list was read as intro, so every ask became a nice-to-have).
  if (endsWithColon && wordCount <= 6) {
    if (/\b(?:nice|bonus|plus|ideally|preferred|optional)\b/i.test(text)) return "preferred";
    if (/\b(?:must|need|needed|require[sd]?|required|essential|mandatory)\b/i.test(text))
      return "requirements";
  }
  // "Your personal skills", "Your professional competence": a line that only names something of
  // the candidate's heads the list of what the ad asks of them (a requirement in itself says
  // what to have or be: "Your English is fluent.").
  if (/^your(?:\s+[a-z-]+){1,2}$/i.test(text)) return "requirements";
  // "Preferred background and qualifications", "Key reponsibilities and tasks" (list-headings.ts).
  return listHeadingKind(text);
}

/** Two to six words in capitals ("WHAT WE OFFER", "YOUR PROFILE", "WHAT YOU BRING TO THE TABLE:"). */
const CAPITALS_RUN = /(?<![\p{L}])[A-Z][A-Z&']+(?:\s+(?:&|[A-Z][A-Z']+)){1,5}(?![\p{L}])(?:\s*:)?/gu;

/** Abbreviations a sentence does not end on ("e.g .", "approx.", "incl."), spaced or not. */
const ABBREVIATION = /(?:^|[\s(])(?:e\s?\.\s?g|i\s?\.\s?e|etc|approx|incl|esp|min|max|vs|ca|resp)\s?\.$/i;

/**
 * A full stop at `at` ends a sentence: not an abbreviation's, and not inside brackets the text
 * opened before it ("( e.g . Kafka )" is one aside of one ask).
 */
function endsSentence(line: string, at: number): boolean {
  const before = line.slice(Math.max(0, at - 200), at);
  if (ABBREVIATION.test(before)) return false;
  const open = (before.match(/\(/g) ?? []).length - (before.match(/\)/g) ?? []).length;
  return open <= 0;
}

/** Sentence-ish pieces of one line, with offsets relative to the line. */
function splitLine(line: string): { start: number; end: number }[] {
  const cuts: number[] = [0];
  const boundary =
    line.length > LONG_LINE
      ? /(?<=[.!?;])\s+(?=\S)|\s+[•▪●◦·]\s*|\s+\*\s+|\s+-\s+(?=[A-Z])/g
      : /;\s+|\s+[•▪●◦·]\s*/g;
  for (const m of line.matchAll(boundary)) {
    if (line.length > LONG_LINE && /[.]$/.test(line.slice(0, m.index!)) && !endsSentence(line, m.index!))
      continue;
    cuts.push(m.index! + m[0].length);
  }
  for (const m of line.matchAll(INLINE_HEADING)) if (m.index! > 0) cuts.push(m.index!);
  // "… or similar tools WHAT WE OFFER A diverse team …": a heading in capitals run into the line
  // is a piece of its own (segmentAd reads it as the heading it is).
  for (const m of line.matchAll(CAPITALS_RUN)) {
    const kind = classifyHeading(m[0]);
    if (kind && kind !== "meta" && m.index! + m[0].length < line.length)
      cuts.push(m.index!, m.index! + m[0].length);
  }
  cuts.push(line.length);
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  const pieces: { start: number; end: number }[] = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    let s = sorted[i]!;
    let e = sorted[i + 1]!;
    while (s < e && /\s|[•▪●◦·*]/.test(line[s]!)) s++;
    // A dash and a space open a list item ("- Wound care"); "-20°C" is a number.
    if (/[-–]/.test(line[s] ?? "") && /\s/.test(line[s + 1] ?? "") && /^\s*$/.test(line.slice(0, s)))
      while (s < e && /\s|[-–]/.test(line[s]!)) s++;
    // The next item's bullet ("first item • second item") is not part of this one.
    while (e > s && /\s|[•▪●◦·]/.test(line[e - 1]!)) e--;
    if (e > s) pieces.push({ start: s, end: e });
  }
  return pieces;
}

export function segmentAd(text: string): Segment[] {
  const segments: Segment[] = [];
  let section: SectionKind = "intro";
  let pendingMeta: string | undefined;
  let offset = 0;
  for (const line of text.split("\n")) {
    const lineStart = offset;
    offset += line.length + 1;
    if (line.trim().length === 0) continue;
    const heading = classifyHeading(line);
    if (heading === "meta" || heading === "technologies") {
      pendingMeta = line.trim().replace(/:$/, "").toLowerCase();
      if (heading === "technologies") section = "technologies";
      continue;
    }
    if (heading) {
      section = heading;
      pendingMeta = undefined;
      continue;
    }
    for (const piece of splitLine(line)) {
      let pieceText = line.slice(piece.start, piece.end);
      let start = lineStart + piece.start;
      // A heading in capitals run into its list ("SKILLS & EXPERIENCE • Two years…").
      const partOfLine = piece.start > 0 || piece.end < line.trim().length;
      if (partOfLine && !/[a-z]/.test(pieceText) && /[A-Z]{3}/.test(pieceText)) {
        const kind = classifyHeading(pieceText);
        if (kind && kind !== "meta" && kind !== "technologies") {
          section = kind;
          continue;
        }
      }
      // A list heading that became an item of a flattened list ("• Preferred background and
      // qualifications •") opens its section; glued to an item's end, it opens it after the item.
      if (partOfLine) {
        const kind = listHeadingKind(pieceText);
        if (kind) {
          section = kind;
          continue;
        }
      }
      const trailing = partOfLine ? trailingListHeading(pieceText) : undefined;
      if (trailing) pieceText = pieceText.slice(0, trailing.itemEnd);
      const inline = /^([A-Za-z][A-Za-z &'-]{2,40}):\s*/.exec(pieceText);
      // "Experience with one of: Python, R or SAS" is one either/or ask, not a heading: the
      // cue must stay with the names it joins.
      if (inline && !ALTERNATIVES_LABEL.test(inline[1]!)) {
        const kind = classifyHeading(`${inline[1]}:`);
        if (kind && kind !== "meta") {
          section = kind;
          pieceText = pieceText.slice(inline[0].length);
          start += inline[0].length;
          if (pieceText.trim().length === 0) continue;
        }
      }
      // A pay, benefits or holiday line among the asks is the offer (offer-lines.ts).
      const ownSection = section !== "benefits" && isOfferLine(pieceText) ? "benefits" : section;
      const segment: Segment = { start, end: start + pieceText.length, text: pieceText, section: ownSection };
      if (BULLET_BEFORE.test(line.slice(0, piece.start)) || BULLET_AFTER.test(line.slice(piece.end)))
        segment.listItem = true;
      if (pendingMeta) {
        segment.section = pendingMeta === "technologies" ? "technologies" : "meta";
        segment.metaLabel = pendingMeta;
      }
      segments.push(segment);
      if (trailing) section = trailing.kind;
    }
    if (pendingMeta) {
      // A meta value is one line; "Technologies" is followed by the ad proper.
      if (pendingMeta === "technologies") section = "intro";
      pendingMeta = undefined;
    }
  }
  return segments;
}
