/**
 * Duties said in an intro ("I ran the night shift, trained new hires and did inventory") are
 * the job's, as the lines under a job on a resume are: saved as that role's bullets (the duty
 * matcher reads them as evidence), not said back as "not placed". A duty is a clause led by a
 * verb of doing ("ran", "trained", "opening accounts"), with no number or job title in it. Each
 * goes under the job said before it (in a one-job intro, that job); said back are only the parts
 * that are no duty.
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

/** Where one clause ends and the next begins: punctuation, "and", "where I…" ("a shift lead at X where I ran…"). */
const CLAUSE_BREAK = /[.;!?()]+\s*|\s*,\s*|\s+(?:and|&|plus|where|there)\s+/giu;

/** The clauses of a message with where each starts. */
function clauses(raw: string): { text: string; at: number; after: string }[] {
  const out: { text: string; at: number; after: string }[] = [];
  let at = 0;
  let after = "";
  for (const m of raw.matchAll(CLAUSE_BREAK)) {
    out.push({ text: raw.slice(at, m.index), at, after });
    at = m.index + m[0].length;
    after = m[0];
  }
  out.push({ text: raw.slice(at), at, after });
  return out;
}

/**
 * "I do cleanings, x-rays and periodontal charting": the words listed after a duty are more of
 * what the same verb did (a short phrase in lower case, no verb, number or name, in the same
 * sentence); "x-rays" was lost and "periodontal charting" said back as unread (lead's trial item 3).
 */
/** Words of a clause that says something of its own ("love my job", "it was fun"), not a thing done. */
const NOT_AN_OBJECT =
  /\b(?:i|me|my|we|you|it|is|am|are|was|were|be|been|love|like|want|need|hope|looking|now|then|too|also|etc|stuff|things)\b/i;
const LISTED_OBJECT = /^[\p{Ll}][\p{Ll}\p{N}'’/-]*(?:\s+[\p{Ll}][\p{Ll}'’/-]*){0,3}$/u;

/**
 * "do cleanings", "did x-rays": "do" only says the work is done, and a resume bullet says it with
 * a verb of its own ("Performed cleanings"); kept was "Do cleanings" (lead's new-user trial
 * 2026-12-06e, item 3). "did the books" keeps its words: the thing done is named with it.
 */
const withoutLightVerb = (words: string) =>
  words.replace(
    /^(?:do|does|did|doing)\s+(?!(?:the|a|an|my|our|their|some|it|that|this|them|all)\b)/i,
    "performed ",
  );

/** The duties said in a message, each as a resume bullet ("Ran the night shift") with where it was said. */
function dutiesAt(raw: string): { duty: string; at: number }[] {
  const out: { duty: string; at: number }[] = [];
  let listing: { duty: string; at: number } | undefined;
  for (const part of clauses(raw)) {
    const clause = part.text.trim().replace(/^(?:and|also|plus|then)\s+/i, "");
    const m = DUTY.exec(clause);
    const more =
      listing &&
      !m &&
      !/[.;!?]/.test(part.after) &&
      LISTED_OBJECT.test(clause) &&
      !NOT_AN_OBJECT.test(clause);
    if (listing && more) {
      listing.duty += /\band\b|&|plus/.test(part.after) ? ` and ${clause}` : `, ${clause}`;
      continue;
    }
    listing = undefined;
    if (!m || NOT_DUTY.test(m[1]!) || /\d/.test(clause)) continue;
    // "… as a cashier", "… at Target": a job told by its verb, not a duty of one.
    if (/\b(?:as\s+an?|years?|months?|experience|resume|cv|job|want|wanna)\b/i.test(clause)) continue;
    const words = clause.replace(
      /^i\s+(?:also\s+|mostly\s+|mainly\s+|usually\s+|would\s+|used\s+to\s+)?/i,
      "",
    );
    if (words.split(/\s+/).length < 2 || words.split(/\s+/).length > 10) continue;
    const bullet = withoutLightVerb(words);
    listing = { duty: bullet.charAt(0).toUpperCase() + bullet.slice(1), at: part.at };
    out.push(listing);
  }
  return out.slice(0, 10);
}

/** The duties said in a message, each as a resume bullet ("Ran the night shift"). */
export function dutiesSaid(raw: string): string[] {
  return dutiesAt(raw).map((d) => d.duty);
}

/**
 * Where each role is said in the message, in order: its employer as written, else a word of its
 * title ("Shift Supervisor" said "shift supervisor"); undefined when one of them is not found.
 */
function rolePlaces(raw: string, roles: { title: string; company?: string }[]): number[] | undefined {
  const lower = raw.toLowerCase();
  const places: number[] = [];
  let from = 0;
  for (const role of roles) {
    const names = [role.company, ...role.title.split(/\s+/).filter((w) => w.length >= 4)].filter(
      (n): n is string => Boolean(n),
    );
    const at = names.map((n) => lower.indexOf(n.toLowerCase().replace(/s$/, ""), from)).find((i) => i >= 0);
    if (at === undefined) return undefined;
    places.push(at);
    from = at + 1;
  }
  return places;
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

/**
 * The roles (held now unless said past) with each duty under the job said before it ("a cashier
 * at X, then a shift lead at Y where I ran schedules": the schedules are Y's), else under the
 * last one; and what is left unread.
 */
export function dutiesPlaced<R extends { title: string; company?: string; current?: boolean }>(
  raw: string,
  held: R[],
  unread: readonly string[],
): { roles: (R & { current: boolean; bullets?: string[] })[]; unread?: string[] } {
  const roles = held.map((r) => ({ ...r, current: r.current ?? true }));
  const said = roles.length ? dutiesAt(raw) : [];
  const duties = said.map((d) => d.duty);
  const left = unread.filter((u) => !placed(u, duties));
  const places = rolePlaces(raw, roles);
  const last = roles.length - 1;
  // Each duty's job: the last one said before it (the first job for a duty said before any).
  const owner = (at: number) =>
    places
      ? Math.max(
          0,
          places.findLastIndex((p) => p <= at),
        )
      : last;
  const bullets = roles.map((_r, i) => said.filter((d) => owner(d.at) === i).map((d) => d.duty));
  return {
    roles: roles.map((r, i) => (bullets[i]!.length ? { ...r, bullets: bullets[i]! } : r)),
    ...(left.length ? { unread: left } : {}),
  };
}
