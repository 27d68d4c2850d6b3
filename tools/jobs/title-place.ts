/**
 * A one-line posting carries its place and work mode after the title: "Marketing Manager -
 * Berlin, hybrid", "Senior Data Engineer (Remote, EU)", "Nurse – Austin, TX – on-site". The
 * trailing pieces that are only places (the resume reader's gazetteer decides) or work modes
 * are cut from the title; the place is kept as the posting's location. "Financial Analyst —
 * Northbridge Retail Group, Manchester (hybrid, 3 days in office)" also names its employer
 * before the place, which is cut too and kept as the company.
 */
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { normalizeKey } from "../../data/taxonomy/normalize.ts";
import { isPlaceList, US_STATE_CODES } from "../resume/fields/places.ts";

/** A work mode, alone or as office days ("hybrid, 3 days in office"). */
const WORK_MODE_PIECE =
  /^(?:(?:fully |100% )?(?:remote(?:[- ]first)?|hybrid|on[- ]?site|in[- ]office)|\d(?:-\d)? days? (?:a |per )?(?:week )?(?:in|at|on) (?:the )?(?:office|site))$/i;

/**
 * The place a trailing piece names ("Berlin, hybrid" -> "Berlin"), "" for a work mode alone.
 * A colon or semicolon parts pieces too: "Manchester, hybrid: 2 days in office".
 */
function placeOf(piece: string): string | undefined {
  const words = piece
    .split(/\s*[,/;:]\s*/)
    .map((w) => w.trim())
    .filter(Boolean);
  const places = words.filter((w) => !WORK_MODE_PIECE.test(w));
  if (words.length === 0) return undefined;
  if (places.length === 0) return "";
  const place = places.join(", ");
  return isPlaceList(place) || places.every((p) => REGION_CODE.test(p)) || US_ADDRESS.test(place)
    ? place
    : undefined;
}

/** Regions a remote ad is open to ("Remote, US", "Remote (EU)"), which the gazetteer lists no city for. */
const REGION_CODE = /^(?:US|U\.S\.|USA|UK|EU|EEA|EMEA|APAC|LATAM|DACH|Nordics|North America|Europe)$/;

/**
 * A town and its state code, the US address format ("Sioux Falls, SD"): the gazetteer holds
 * states and large cities, not every school district's town.
 */
const US_ADDRESS = new RegExp(
  `^\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}, (?:${[...US_STATE_CODES].join("|")})$`,
  "u",
);

export interface TitleAndPlace {
  title: string;
  place?: string;
  /** The name before the place in "Title — Employer, Place". */
  employer?: string;
}

/**
 * "Northbridge Retail Group, Manchester": a name, then places. The name is the employer unless
 * it is a skill or field ("Backend, Berlin" is a kind of the role, not who hires).
 */
function employerAndPlace(piece: string): { employer: string; place: string } | undefined {
  const parts = piece.split(/\s*,\s*/);
  for (let k = 1; k < parts.length; k++) {
    const place = placeOf(parts.slice(k).join(", "));
    if (!place) continue;
    const employer = parts.slice(0, k).join(", ");
    return namesEmployer(employer) ? { employer, place } : undefined;
  }
  return undefined;
}

const namesEmployer = (piece: string) =>
  /^[\p{Lu}\p{N}]/u.test(piece) && !getTaxonomy().byNormalizedKey(normalizeKey(piece));

/** The title line without its trailing place and work mode, and the place it named. */
export function splitTitlePlace(line: string): TitleAndPlace {
  const pieces: string[] = [];
  let rest = line.trim();
  const paren = /^(.*\S)\s*\(([^()]*)\)$/.exec(rest);
  if (paren && placeOf(paren[2]!) !== undefined) {
    pieces.unshift(paren[2]!);
    rest = paren[1]!;
  }
  let employer: string | undefined;
  for (;;) {
    const seps = [...rest.matchAll(/\s+[-–—|•@]\s+/g)];
    const last = seps.at(-1);
    if (!last) break;
    const piece = rest.slice(last.index + last[0].length);
    if (placeOf(piece) === undefined) {
      const both = employerAndPlace(piece);
      if (both) {
        pieces.unshift(both.place);
        employer = both.employer;
        rest = rest.slice(0, last.index);
      } else if (pieces.length > 0 && namesEmployer(piece)) {
        // "Title — Employer (Place, hybrid)": the name right before the place is who hires.
        employer = piece;
        rest = rest.slice(0, last.index);
      }
      break;
    }
    pieces.unshift(piece);
    rest = rest.slice(0, last.index);
  }
  // "Financial Analyst, Acme Corp, New York, NY": the same pieces after commas, when no dash
  // parted any. Only a tail that is places, or a name then places, is cut.
  if (pieces.length === 0 && !employer) {
    const comma = rest.indexOf(", ");
    const tail = comma > 0 ? rest.slice(comma + 2) : "";
    const both = tail && placeOf(tail) === undefined ? employerAndPlace(tail) : undefined;
    if (tail && (placeOf(tail) || both)) {
      pieces.push(both ? both.place : tail);
      employer = both?.employer;
      rest = rest.slice(0, comma);
    }
  }
  const place = pieces
    .map(placeOf)
    .filter((p) => p)
    .join(", ");
  return { title: rest, ...(place ? { place } : {}), ...(employer ? { employer } : {}) };
}
