/**
 * Studies said to be under way: "I'm a sophomore studying biology", "junior biology major at
 * Ohio State", "I'm in my final year of a BSc in nursing", "doing a part-time MBA, graduating
 * 2027". Read as an education entry marked in progress, with its field, its level and the
 * expected end (said, or counted from the year of study), so the profile shows what is studied
 * and the fit never counts the degree as held (tools/gap reads `inProgress`). The degree and its
 * level come from the resume parser's own degree reader (tools/resume/fields/degrees.ts).
 */
import type { EducationLevel } from "../../contract/profile.ts";
import { findDegree } from "../resume/fields/degrees.ts";

export interface StudiesInProgress {
  degree: string;
  level?: EducationLevel;
  field?: string;
  institution?: string;
  /** The expected end year. */
  end?: string;
  inProgress: true;
}

/** Years of study still to go after the current one, by the word for the year. */
const YEARS_LEFT: [RegExp, number][] = [
  [/\b(?:freshman|first[\s-]year|1st[\s-]year|fresher)\b/i, 3],
  [/\b(?:sophomore|second[\s-]year|2nd[\s-]year)\b/i, 2],
  [/\b(?:junior|third[\s-]year|3rd[\s-]year)\b/i, 1],
  [/\b(?:senior|fourth[\s-]year|4th[\s-]year|final[\s-]year|last[\s-]year)\b/i, 0],
];

/** A year of study said of oneself ("a sophomore studying", "in my final year of"), not "junior developer". */
const YEAR_OF_STUDY =
  /\b(?:freshman|sophomore|junior|senior|fresher|(?:first|1st|second|2nd|third|3rd|fourth|4th|final|last)[\s-]year)\b(?=\s+(?:student|studying|majoring|major|in\s+(?:college|uni|university)|at\s+|of\s+(?:a|an|my|the)\b|(?:[\p{L}-]+\s+){1,3}(?:major|student|degree)\b))/iu;

/** Doing a degree now: "doing a part-time MBA", "pursuing a master's", "studying for my BSc". */
const STUDYING =
  /\b(?:doing|pursuing|studying(?:\s+for)?|working\s+(?:on|towards?)|enrolled\s+in|halfway\s+through|in\s+the\s+middle\s+of|partway\s+through|currently\s+in|taking)\s+(?:a|an|my|the)?\s*(?:(?:part[\s-]time|full[\s-]time|online|evening|weekend|executive|accelerated)\s+)*/iu;

/** When it is expected to end: "graduating 2027", "class of 2026", "expected May 2027", "(2027)". */
const ENDS =
  /\b(?:graduat(?:ing|e|ion)|finish(?:ing)?|done|complet(?:ing|e)|expected|exp\.?|due|class\s+of|will\s+be\s+done)\s+(?:in\s+|by\s+|on\s+|around\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+|(?:spring|summer|fall|autumn|winter)\s+)?((?:19|20)\d{2})\b/iu;

/** The field said with the year of study: "studying biology", "biology major", "majoring in X", "nursing student". */
const FIELD_SAID = [
  /\b(?:studying|majoring\s+in|major\s+in|studies\s+in|study)\s+([\p{L}][\p{L}\s&'-]{1,50}?)(?=\s*(?:$|[,.;!?(]|\s+(?:at|in\s+(?:college|uni)|and|but|so|with|graduating|class|expected|,)\b))/iu,
  /\b([\p{L}][\p{L}&'-]*(?:\s+[\p{L}][\p{L}&'-]*){0,2})\s+(?:major|student)\b/iu,
];

const NOT_FIELD =
  /^(?:a|an|the|my|college|university|uni|grad|graduate|undergrad|undergraduate|full[\s-]time|part[\s-]time|international|mature|year|freshman|sophomore|junior|senior|final|last)$/i;

const SCHOOL = /\b(?:at|@)\s+((?:[\p{Lu}][\p{L}.'&-]*)(?:\s+(?:of\s+)?[\p{Lu}][\p{L}.'&-]*){0,4})/u;

const title = (s: string) => s.replace(/(^|\s)(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase());

/** The end year counted from the year of study: the academic year ends in the summer. */
function endFromYear(text: string, level: EducationLevel | undefined, now: Date): string | undefined {
  const left = YEARS_LEFT.find(([re]) => re.test(text))?.[1];
  if (left === undefined) return undefined;
  // A two-year master's has at most one year after this one.
  const more = level === "master" ? Math.min(left, 1) : left;
  const thisYearEnds = now.getUTCFullYear() + (now.getUTCMonth() >= 7 ? 1 : 0);
  return String(thisYearEnds + more);
}

/** The studies in progress a message tells of, or undefined when it tells of none. */
export function studiesInProgress(text: string, now = new Date()): StudiesInProgress | undefined {
  const said = text.replace(/\s+/g, " ").trim();
  if (
    /\b(?:want|wanna|plan(?:ning)?|thinking\s+(?:of|about)|considering|hope|hoping|might|should)\b/i.test(
      said,
    )
  )
    return undefined;
  const year = YEAR_OF_STUDY.test(said);
  const doing = STUDYING.exec(said);
  const degreeText = doing ? said.slice(doing.index + doing[0].length) : said;
  const found = findDegree(year ? said : degreeText);
  if (!year && !(doing && found && found.index < 20)) return undefined;
  const end = ENDS.exec(said)?.[1];
  const school = SCHOOL.exec(said)?.[1]?.replace(/[.,]+$/, "");
  if (found) {
    const source = year ? said : degreeText;
    const rest = source.slice(found.index);
    const word =
      /^[\p{L}.'’-]+(?:\s+(?:degree|of science|of arts|in [\p{L}]+(?:\s+[\p{L}]+)?))?/iu.exec(rest)?.[0] ??
      "";
    const field =
      found.field ??
      /\bin\s+([\p{L}][\p{L}\s&-]{1,40}?)(?=$|[,.;(]|\s+(?:at|and|graduating|class|expected)\b)/iu.exec(
        rest,
      )?.[1];
    const degree = word.replace(/\s+in\s+.*$/i, "").trim();
    return {
      degree: (field ? `${degree} in ${title(field.trim())}` : degree).slice(0, 120),
      level: found.level,
      ...(field ? { field: title(field.trim()) } : {}),
      ...(school ? { institution: school } : {}),
      ...((end ?? endFromYear(said, found.level, now))
        ? { end: end ?? endFromYear(said, found.level, now) }
        : {}),
      inProgress: true,
    };
  }
  // The words after the last one that is no field ("2nd year nursing" -> "nursing").
  const trailing = (f: string | undefined) => {
    const words = (f ?? "").split(/\s+/).filter(Boolean);
    const cut = words.findLastIndex((w) => NOT_FIELD.test(w) || /\d/.test(w) || w.length < 3);
    return words.slice(cut + 1).join(" ");
  };
  const field = FIELD_SAID.map((re) => trailing(re.exec(said)?.[1]?.trim())).find((f) => f.length > 2);
  if (!field) return undefined;
  // Freshman to senior, "major", "college": a first degree.
  const college =
    /\b(?:freshman|sophomore|junior|senior|major|majoring|college|undergrad\w*|university)\b/i.test(said);
  const level: EducationLevel | undefined = college ? "bachelor" : undefined;
  const expected = end ?? endFromYear(said, level, now);
  return {
    degree: college ? `Bachelor's in ${title(field)}` : title(field),
    ...(level ? { level } : {}),
    field: title(field),
    ...(school ? { institution: school } : {}),
    ...(expected ? { end: expected } : {}),
    inProgress: true,
  };
}
