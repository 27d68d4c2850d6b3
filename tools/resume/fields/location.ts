/**
 * Locations: "Pune, Maharashtra", "Bowling Green, Kentucky 42101", "Houston, TX 77005",
 * "Chennai - 600121". A candidate counts only when its last part is a known region or
 * its parts are known places, so "Java, Spring" is never a location.
 */
import { isPlaceList, PLACE_NAMES, REGION_NAMES, US_STATE_CODES } from "./places.ts";

/**
 * A place name starts at the first capital of a run of name characters (the lookbehind only
 * looks back over lower-case letters and punctuation): a later capital of the same run could
 * only match where the first one does, and trying each of them made a long word quadratic.
 */
const CITY_REGION_RE =
  /([A-Z](?<=(?:^|[^A-Za-z.'’-])[a-z.'’-]*[A-Z])[A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,3}),\s*([A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,3}|[A-Z]{2})\b(?:\s+\d{5,6}(?:-\d{4})?)?/g;

function cleanPart(s: string): string {
  return s.replace(/^(?:at|in|near|from)\s+/i, "").trim();
}

/** Every "City, Region" (or known place) written in the text, in order, without duplicates. */
export function findLocations(text: string): string[] {
  const found: string[] = [];
  const add = (s: string) => {
    const v = s.trim().replace(/[.,;:-]+$/, "");
    if (v && !found.some((f) => f.toLowerCase() === v.toLowerCase())) found.push(v);
  };
  for (const m of text.matchAll(CITY_REGION_RE)) {
    const city = cleanPart(m[1]);
    const region = m[2].replace(/\.$/, "");
    const regionKnown = REGION_NAMES.has(region.toLowerCase()) || US_STATE_CODES.has(region);
    const cityKnown = PLACE_NAMES.has(city.toLowerCase());
    if (regionKnown && (cityKnown || /^[A-Z]/.test(city)) && city.split(/\s+/).length <= 3)
      add(`${city}, ${region}`);
    else if (cityKnown && PLACE_NAMES.has(region.toLowerCase())) add(`${city}, ${region}`);
  }
  if (found.length === 0) {
    for (const part of text.split(/\s*(?:[|•;]|\s-\s|,)\s*/)) {
      const p = part.replace(/\s*[-–]?\s*\d{6}$/, "").trim();
      if (p && PLACE_NAMES.has(p.toLowerCase())) add(p);
    }
  }
  return found;
}

/**
 * The location in one header line, or undefined. Header lines that are only a place
 * ("London", "Bengaluru, Karnataka") or that end a street address count.
 */
export function locationFromLine(line: string): string | undefined {
  const indeed = /^(.+?)\s+-\s+Email me on Indeed/i.exec(line);
  if (indeed && isPlaceList(indeed[1])) return indeed[1].trim();
  if (/@/.test(line) && !indeed) {
    const withoutEmail = line.replace(/(?<!\S)\S+@\S+/g, " ");
    const found = findLocations(withoutEmail);
    return found[0];
  }
  const trimmed = line.replace(/^(?:address|location|city|current location|residence)\s*[:-]\s*/i, "").trim();
  if (isPlaceList(trimmed)) return trimmed.replace(/\s*[-–]?\s*\d{5,6}$/, "");
  const found = findLocations(trimmed);
  if (found.length > 0 && trimmed.length < 90) return found[0];
  return undefined;
}
