/**
 * Where the nice-to-have part of an ask starts. "Experience with an HRIS (Workday or UKG
 * preferred)" requires an HRIS and prefers Workday; "3-5 years of HR experience, ideally in
 * logistics" requires the years and prefers the industry; "data-driven (SQL a plus)" prefers SQL
 * only. A cue in a bracket that names something, or in a trailing "ideally / preferably …"
 * detail, makes only that part preferred; a cue anywhere else ("Python (a plus)", "Kafka is a
 * plus") makes the whole ask preferred.
 */

export const PREFERRED_CUE =
  /\b(nice[- ]to[- ]have|is a (big )?plus|are a plus|a (big )?plus\b|bonus|preferred|preferably|ideally|advantage(ous)?|desirable|would be (great|nice|beneficial|appreciated)|not (a )?(must|required)|optional|increase your chances|good to have|interest in)\b/i;
/** A trailing detail a nice-to-have word opens: ", ideally in manufacturing", " preferably with SQL Server". */
const DETAIL = /(?<=\S.{10,})[\s,;(]+(?:preferably|ideally)\s+(?:with|in|within|on|from|as|using|for|at)\b/i;
/** Words of a bracket that only say how much it is wished ("(a plus)", "(preferred)", "(an advantage)"). */
const CUE_ONLY =
  /^(?:\s|a|an|is|are|big|strong(?:ly)?|real|definite|very|much|would|be|will|nice|to|have|plus|bonus|preferred|preferably|ideally|advantage(?:ous)?|desirable|optional|great|beneficial|appreciated|not|must|required)*$/i;

/**
 * Offset in `text` from which the ask is preferred: 0 when the whole is, the start of the bracket
 * or detail that carries the cue when only that is, undefined when nothing is.
 */
export function preferredFrom(text: string): number | undefined {
  if (!PREFERRED_CUE.test(text)) return undefined;
  let rest = text;
  let from: number | undefined;
  for (const m of text.matchAll(/\(([^()]*)\)/g)) {
    const inside = m[1]!;
    if (!PREFERRED_CUE.test(inside) || CUE_ONLY.test(inside.replace(/[^\w\s]/g, " "))) continue;
    from = Math.min(from ?? m.index!, m.index!);
    rest = rest.slice(0, m.index!) + " ".repeat(m[0].length) + rest.slice(m.index! + m[0].length);
  }
  const detail = DETAIL.exec(rest);
  if (detail) {
    // "…, ideally in fintech, is a plus": the detail ends where the whole is called a plus.
    const tail = rest.slice(detail.index).replace(/^[\s,;(]+(?:preferably|ideally)\b/i, "");
    if (!PREFERRED_CUE.test(tail)) {
      from = Math.min(from ?? detail.index, detail.index);
      rest = rest.slice(0, detail.index);
    }
  }
  return PREFERRED_CUE.test(rest) ? 0 : from;
}
