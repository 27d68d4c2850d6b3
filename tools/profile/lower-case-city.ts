import { isWorldCity } from "../../data/places/world-cities.ts";
import { titled } from "./preference-readings.ts";

/**
 * One known city said in lower case where people say where they live or work ("i live in
 * denver, open to hybrid", "hybrid in london is fine"; trial14 §5: hybrid was saved and the city
 * dropped). Read only beside a word of place or work mode, so "in sales" or "nice to meet you"
 * name no city.
 */
export function lowerCaseCitySaid(text: string): string | undefined {
  if (
    !/\b(?:live|living|based|located|hybrid|remote|on-?site|office|commut\w*|relocat\w*|near)\b/i.test(text)
  )
    return undefined;
  const m = /\b(?:in|near|around|based in|live in|from)\s+(\p{Ll}[\p{L}'-]+)(?:\s+(\p{Ll}[\p{L}'-]+))?/u.exec(
    text,
  );
  if (!m) return undefined;
  const two = m[2] ? `${m[1]} ${m[2]}` : undefined;
  if (two && (isWorldCity(two) || isWorldCity(`${two} city`))) return titled(two);
  return isWorldCity(m[1]!) ? titled(m[1]!) : undefined;
}
