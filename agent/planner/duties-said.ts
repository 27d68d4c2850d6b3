/**
 * Duties said in an intro ("I ran the night shift, trained new hires and did inventory") are
 * the job's, as the lines under a job on a resume are: saved as that role's bullets (the duty
 * matcher reads them as evidence), not said back as "not placed". A duty is a clause led by a
 * verb of doing ("ran", "trained", "opening accounts"), with no number or job title in it. They
 * go under the job held last (the one the intro is about); said back are only the parts that
 * are no duty.
 */

/** Past forms that do not end in -ed, of verbs people use for what they did at work. */
const IRREGULAR =
  "ran|run|did|do|led|lead|made|built|taught|sold|kept|oversaw|wrote|drove|took|gave|dealt|held|bought|found|fed|paid|put|sent|set|spoke|spent|swept|cut|handle|manage|train|open|close|run";

/** Words ending like a verb that say what one is, wants or is busy with, not what one did. */
const NOT_DUTY =
  /^(?:interested|based|certified|licensed|skilled|experienced|used|excited|married|retired|tired|qualified|located|looking|hoping|trying|wanting|planning|going|getting|working|studying|thinking|willing|seeking|applying|during|including|nothing|something|everything|anything|morning|evening|being|feeling)$/i;

const DUTY = new RegExp(
  String.raw`^(?:i\s+(?:also\s+|mostly\s+|mainly\s+|usually\s+|would\s+|used\s+to\s+)?)?((?:\p{L}+-)?\p{L}{2,}(?:ed|ing)|${IRREGULAR})\s+\p{L}`,
  "iu",
);

/** The duties said in a message, each as a resume bullet ("Ran the night shift"). */
export function dutiesSaid(raw: string): string[] {
  const out: string[] = [];
  for (const part of raw.split(/[.;!?()]+\s*|\s*,\s*|\s+(?:and|&|plus)\s+/i)) {
    const clause = part.trim().replace(/^(?:and|also|plus|then)\s+/i, "");
    const m = DUTY.exec(clause);
    if (!m || NOT_DUTY.test(m[1]!) || /\d/.test(clause)) continue;
    // "… as a cashier", "… at Target": a job told by its verb, not a duty of one.
    if (/\b(?:as\s+an?|years?|months?|experience|resume|cv|job|want|wanna)\b/i.test(clause)) continue;
    const words = clause.replace(
      /^i\s+(?:also\s+|mostly\s+|mainly\s+|usually\s+|would\s+|used\s+to\s+)?/i,
      "",
    );
    if (words.split(/\s+/).length < 2 || words.split(/\s+/).length > 10) continue;
    out.push(words.charAt(0).toUpperCase() + words.slice(1));
  }
  return out.slice(0, 10);
}

const wordsOf = (s: string) => new Set(s.toLowerCase().match(/\p{L}{3,}/gu) ?? []);

/** Said back as unread only when it shares no two words with a duty placed ("new hire trainer" is "trained new hires"). */
function placed(item: string, duties: string[]): boolean {
  const own = [...wordsOf(item)].map((w) => w.replace(/(?:er|ers|s|ed|ing)$/, ""));
  return duties.some((d) => {
    const stems = [...wordsOf(d)].map((w) => w.replace(/(?:er|ers|s|ed|ing)$/, ""));
    const shared = own.filter((w) => stems.includes(w)).length;
    return shared >= Math.min(2, own.length);
  });
}

/** The roles (held now unless said past) with the duties said under the last one, and what is left unread. */
export function dutiesPlaced<R extends { title: string; current?: boolean }>(
  raw: string,
  held: R[],
  unread: readonly string[],
): { roles: (R & { current: boolean; bullets?: string[] })[]; unread?: string[] } {
  const roles = held.map((r) => ({ ...r, current: r.current ?? true }));
  const duties = roles.length ? dutiesSaid(raw) : [];
  const left = unread.filter((u) => !placed(u, duties));
  const last = roles.length - 1;
  return {
    roles: roles.map((r, i) => (i === last && duties.length ? { ...r, bullets: duties } : r)),
    ...(left.length ? { unread: left } : {}),
  };
}
