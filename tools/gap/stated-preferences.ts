/**
 * Job preferences in a person's words: "at least 90000 EUR", "remote only", "I'd move to
 * London", "I care about mentoring and a small team" -> the profile's Preferences fields.
 * The one reader of stated preferences: the chat planner (set_preferences) and a
 * reanalysis with added context (history.ts) both use it. Amounts go through the job-ad
 * salary reader (one reading of "85k", "$30/hr", "60-70k gbp") and values through the ads'
 * culture signals, so what a person states and what an ad says are compared on the same
 * terms. Nothing is guessed: a field not stated stays absent.
 */
import type { Preferences } from "../../contract/profile.ts";
import { employmentIn } from "../jobs/employment-types.ts";
import { findWorkMode } from "../jobs/header.ts";
import { ISH, parseSalary, saysPointPay } from "../jobs/salary.ts";
import { shiftsIn } from "../jobs/shifts.ts";
import { CULTURE_SIGNALS } from "../jobs/signals.ts";
import { mendedPreferences } from "../profile/preference-readings.ts";
import { payInEnglish } from "./pay-in-other-languages.ts";
import { OTHER_LANGUAGE_PLACE_LEAD_INS } from "./place-lead-ins.ts";
import { refusedWorkMode, workModeInOtherLanguage } from "./work-mode-words.ts";

/** Words that make a bare number a pay expectation ("I want 85k", "my minimum is 50k"). */
const EXPECTATION =
  /\b(?:expect\w*|want(?:ing)?|need|minimum|min|at least|looking for|ask(?:ing)? for|aiming for|hoping for|around|about|target)\b|~/gi;

/**
 * Values people name that ads rarely do, kept in their words (the culture score reads tagged ones):
 * "a team that mentors people", "mental health matters", "no toxic culture" (conv12q: a message of
 * only such values was asked what to keep in mind).
 */
const MORE_VALUES =
  /\b(?:small|big|large) (?:teams?|compan(?:y|ies))\b|\bgood (?:culture|manager|team)\b|\bmentor(?:s|ed|ing|ship)?\b|\bmental health\b|\bwell[- ]?being\b|\bburn ?out\b|\b(?:no|not an?|without)\s+(?:\w+\s+){0,2}(?:toxic|hustle|grind)(?:\s+\w+){0,2}?\s+culture\b|\b(?:healthy|supportive|kind|respectful) (?:culture|team|workplace|environment)\b/gi;

const NOT_PLACE =
  /^(?:A|An|The|I|My|It|Remote|Hybrid|Office|Person|Tech|Data|Software|Startup|Startups|Company|Companies|Team)$/;

function periodPay(text: string) {
  const found = parseSalary(`salary ${text}`);
  return found && found.period === "hour" ? found : undefined;
}

function salaryOf(text: string): Partial<Preferences> {
  const said = text.replace(ISH, "around $1").replace(EXPECTATION, " salary ");
  // "oh and 18 an hour" after another preference names no pay word: a preference message is
  // about pay when it states an amount with a period right after it (the ad reader's own rule).
  const salary = parseSalary(said) ?? periodPay(said);
  if (!salary?.min) return {};
  const unit = {
    ...(salary.currency ? { salaryCurrency: salary.currency } : {}),
    ...(salary.period ? { salaryPeriod: salary.period } : {}),
  };
  const single = salary.max === undefined || salary.max === salary.min;
  if (single && saysPointPay(text)) return { salaryTarget: salary.min, ...unit };
  return {
    salaryMin: salary.min,
    ...(salary.max && salary.max >= salary.min ? { salaryMax: salary.max } : {}),
    ...(salary.currency ? { salaryCurrency: salary.currency } : {}),
    ...(salary.period ? { salaryPeriod: salary.period } : {}),
  };
}

function workModeOf(text: string): Preferences["remote"] | undefined {
  if (/\b(?:don'?t mind|either|any(?:thing| is fine)?|whatever) (?:remote or|works|is fine)\b/i.test(text))
    return "any";
  if (/\bin[- ]person\b|\bin the office\b|\bnot remote\b|\bno remote\b/i.test(text)) return "onsite";
  // "prefiero Orlando, no remoto", "nicht remote": refused before "remote" is read as wanted.
  const refused = refusedWorkMode(text);
  if (refused) return refused;
  return findWorkMode(undefined, text) ?? workModeInOtherLanguage(text);
}

function relocationOf(text: string): boolean | undefined {
  if (!MOVES_HOME.test(text)) return undefined;
  return !/\b(?:can'?t|cannot|won'?t|not|no|unable|don'?t want to|never)\b[^.]*\b(?:relocat\w*|move|moving)\b/i.test(
    text,
  );
}

/** A place as people write one: capitalised words ("Salt Lake City", "Austin, Texas"). */
const PLACE = String.raw`\p{Lu}[\p{L}.-]+(?:[ ,]+\p{Lu}[\p{L}.-]+){0,2}`;

/**
 * A move of home: "relocate", "move abroad", "move to Denver", "move to another city". "move to
 * quality inspector" or "move into sales" is a change of job and says nothing about moving
 * (a new-user trial, 2026-12-06, got "Saved: open to relocating" from it), so after "to" only
 * a place or a word for one counts.
 */
const MOVES_HOME = new RegExp(
  String.raw`\b[Rr]elocat\w*|\b[Mm]ov(?:e|ing) (?:abroad|cities|anywhere|somewhere|(?:for|to) (?:a |an(?:other)? |a new |a different |the |any )?(?:city|town|state|country|area|region|place)\b|for (?:work|a job|the (?:job|right role))|to ${PLACE})`,
  "u",
);

/**
 * "could relocate to Manchester", "happy to move to Berlin or Munich", "relocating anywhere in Texas
 * or Colorado" (the second place was lost, conv12q): the places they would move to.
 */
const MOVE_TO = new RegExp(
  String.raw`\b(?:relocat\w*|mov(?:e|ing))\s+(?:(?:over|back|out|abroad)\s+)?(?:to|(?:anywhere|somewhere)\s+(?:in|within|around))\s+(${PLACE}(?:\s*(?:\bor\b|\band\b|\/)\s*${PLACE})*)`,
  "gu",
);

const isPlace = (place: string) => !NOT_PLACE.test(place.split(/[ ,]/)[0]!);

/** "prefiero Orlando", "moro em Recife": a place after the other languages' words for it. */
const OTHER_LANGUAGE_PLACE = new RegExp(
  String.raw`(?<!\p{L})(?:${OTHER_LANGUAGE_PLACE_LEAD_INS})\s+(${PLACE})`,
  "u",
);

/** "within 30 min of", "an hour from", "commuting distance of": a place the work must be near (conv12o). */
const NEAR_BY = String.raw`(?:within|under|less than|(?:no|not|nothing) more than|at most|max(?:imum)?|up to)\s+(?:an?\s+|\d+\s*)?(?:min(?:ute)?s?|hours?|hrs?|miles?|mi|km|kilomet(?:er|re)s?)(?:['’]?\s+(?:drive|commute|ride|away))?\s+(?:of|from)|(?:commuting|driving|walking)\s+distance\s+(?:of|from)`;

function placeOf(text: string): string | undefined {
  // "remote or Columbus": a place offered as the other choice to a work mode, without "in";
  // "stay local, Dayton OH": the place they are local to.
  const m =
    new RegExp(
      String.raw`\b(?:${NEAR_BY}|in|near|around|to|based in|live in|from|local(?:\s+to|\s+in)?,?|(?:[Rr]emote|[Hh]ybrid|[Oo]n-?site|[Ii]n[- ]office)\s+(?:or|and|\/)(?:\s+in)?)\s+(${PLACE})`,
      "u",
    ).exec(text) ?? OTHER_LANGUAGE_PLACE.exec(text);
  const place = m?.[1]?.replace(/[ ,]+$/, "");
  return place && isPlace(place) ? place : undefined;
}

/**
 * Where they are or want to work, and the places they would move to: "I live in Leeds … and
 * could relocate to Manchester" is both. A move named alone ("I'd move to Berlin") is also
 * where they want to work, as it was before relocation places were kept.
 */
function placesOf(text: string): Pick<Preferences, "desiredLocation" | "relocateTo"> {
  const moveTo: string[] = [];
  for (const m of text.matchAll(MOVE_TO))
    for (const place of m[1]!.split(/\s*(?:\bor\b|\band\b|\/)\s*/))
      if (place && isPlace(place) && !moveTo.includes(place.replace(/[ ,]+$/, "")))
        moveTo.push(place.replace(/[ ,]+$/, ""));
  const desired = placeOf(text.replace(MOVE_TO, " ")) ?? moveTo[0];
  return {
    ...(desired ? { desiredLocation: desired } : {}),
    ...(moveTo.length ? { relocateTo: moveTo } : {}),
  };
}

function valuesOf(text: string): string[] {
  // Kept in the order they were said ("autonomy and work-life balance" stays that way round).
  const found = new Map<string, number>();
  const add = (value: string, at: number) => {
    const v = value.toLowerCase().replace(/\s+/g, " ");
    if (!found.has(v) || found.get(v)! > at) found.set(v, at);
  };
  for (const [, pattern] of CULTURE_SIGNALS) {
    const m = pattern.exec(text);
    if (m) add(m[0], m.index);
  }
  for (const m of text.matchAll(MORE_VALUES)) add(m[0], m.index);
  // "remote" is a work mode here, not a culture value; "team" alone says nothing.
  return [...found]
    .sort((a, b) => a[1] - b[1])
    .map(([v]) => v)
    .filter((v) => !/^(?:remote|together|team ?player)$/.test(v));
}

/** The preferences a message states; empty when it states none. */
export function preferencesIn(text: string): Partial<Preferences> {
  // "mínimo 18 mil al mes", "au moins 2500 par mois": pay said in another language (pay-in-other-languages.ts).
  const change: Partial<Preferences> = { ...salaryOf(payInEnglish(text)) };
  const remote = workModeOf(text);
  if (remote) change.remote = remote;
  const relocate = relocationOf(text);
  if (relocate !== undefined) change.relocate = relocate;
  Object.assign(change, placesOf(text));
  const values = valuesOf(text);
  if (values.length) change.values = values;
  const shifts = shiftsIn(text);
  if (shifts.length) change.shifts = shifts;
  const employment = employmentIn(text);
  if (employment.length) change.employment = employment;
  return mendedPreferences(text, change);
}
