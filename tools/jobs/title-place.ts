/**
 * A one-line posting carries its place and work mode after the title: "Marketing Manager -
 * Berlin, hybrid", "Senior Data Engineer (Remote, EU)", "Nurse – Austin, TX – on-site". The
 * trailing pieces that are only places (the resume reader's gazetteer decides) or work modes
 * are cut from the title; the place is kept as the posting's location.
 */
import { isPlaceList } from "../resume/fields/places.ts";

const WORK_MODE_PIECE = /^(?:fully |100% )?(?:remote(?:[- ]first)?|hybrid|on[- ]?site|in[- ]office)$/i;

/** The place a trailing piece names ("Berlin, hybrid" -> "Berlin"), "" for a work mode alone. */
function placeOf(piece: string): string | undefined {
  const words = piece
    .split(/\s*[,/]\s*/)
    .map((w) => w.trim())
    .filter(Boolean);
  const places = words.filter((w) => !WORK_MODE_PIECE.test(w));
  if (words.length === 0) return undefined;
  if (places.length === 0) return "";
  const place = places.join(", ");
  return isPlaceList(place) ? place : undefined;
}

export interface TitleAndPlace {
  title: string;
  place?: string;
}

/** The title line without its trailing place and work mode, and the place it named. */
export function splitTitlePlace(line: string): TitleAndPlace {
  const pieces: string[] = [];
  let rest = line.trim();
  const paren = /^(.*\S)\s*\(([^()]*)\)$/.exec(rest);
  if (paren && placeOf(paren[2]!) !== undefined) {
    pieces.unshift(paren[2]!);
    rest = paren[1]!;
  }
  for (;;) {
    const seps = [...rest.matchAll(/\s+[-–—|•@]\s+/g)];
    const last = seps.at(-1);
    if (!last || placeOf(rest.slice(last.index + last[0].length)) === undefined) break;
    pieces.unshift(rest.slice(last.index + last[0].length));
    rest = rest.slice(0, last.index);
  }
  const place = pieces
    .map(placeOf)
    .filter((p) => p)
    .join(", ");
  return { title: rest, ...(place ? { place } : {}) };
}
