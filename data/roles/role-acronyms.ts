/**
 * Role acronyms people say instead of the title ("set my target to SWE", "am I a fit for DS
 * roles?"): each with the common title(s) it stands for (titles of curated-titles.ts or
 * O*NET). O*NET's alternate titles spell out a few (RN, CNA, GM) but not the ones of tech
 * and business jobs, so "SWE" reached the role finder as an unknown word. An acronym of two
 * common roles ("PM") is asked about, never guessed (agent/planner/role-acronyms.ts).
 */
export const ROLE_ACRONYMS: Readonly<Record<string, readonly string[]>> = {
  swe: ["software engineer"],
  sde: ["software engineer"],
  sre: ["site reliability engineer"],
  mle: ["machine learning engineer"],
  ds: ["data scientist"],
  da: ["data analyst"],
  de: ["data engineer"],
  ba: ["business analyst"],
  dba: ["database administrator"],
  qa: ["qa engineer"],
  ux: ["ux designer"],
  ui: ["ui designer"],
  sdr: ["business development representative"],
  bdr: ["business development representative"],
  ae: ["account executive"],
  csm: ["customer success manager"],
  csr: ["customer service representative"],
  ea: ["executive assistant"],
  em: ["engineering manager"],
  tpm: ["program manager"],
  sysadmin: ["system administrator"],
  // Health and HR titles said by their letters (trial F10.2: "HR Business Partner", "HRBP").
  rn: ["registered nurse"],
  np: ["nurse practitioner"],
  hrbp: ["hr business partner"],
  pm: ["product manager", "project manager"],
};

/** Words that only say what kind of thing the acronym is ("DS roles", "a SWE job"). */
const KIND_WORDS = /^(?:a|an|the|to|for|as|role|roles|job|jobs|position|positions|work|opening|openings)$/i;

/**
 * The acronym a word of `text` is, when it stands alone as a title: a two-letter acronym only
 * in capitals ("DS", not the "de" of "analista de datos" or the "da" of Portuguese) unless it
 * is the whole role said ("ds roles"); never when a title word follows it ("UX researcher",
 * "QA engineer" name their own title), which `isTitleWord` tells.
 */
function acronymAt(
  words: readonly string[],
  i: number,
  isTitleWord: (w: string) => boolean,
): string | undefined {
  const word = words[i]!;
  const lower = word.toLowerCase();
  if (!Object.hasOwn(ROLE_ACRONYMS, lower)) return undefined;
  const next = words[i + 1];
  if (next && !KIND_WORDS.test(next) && isTitleWord(next.toLowerCase())) return undefined;
  if (lower.length >= 3 || word === word.toUpperCase()) return lower;
  return words.every((w, j) => j === i || KIND_WORDS.test(w)) ? lower : undefined;
}

/** The acronyms `text` says as a role, each once, in order. */
export function roleAcronymsIn(text: string, isTitleWord: (w: string) => boolean = () => false): string[] {
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const found: string[] = [];
  words.forEach((_, i) => {
    const acronym = acronymAt(words, i, isTitleWord);
    if (acronym && !found.includes(acronym)) found.push(acronym);
  });
  return found;
}

/**
 * `text` with each acronym of one role followed by its title ("to SWE" -> "to SWE software
 * engineer"): the acronym is kept, so a title that holds it word for word still matches.
 */
export function withRoleAcronymsSpelled(
  text: string,
  isTitleWord: (w: string) => boolean = () => false,
): string {
  const single = roleAcronymsIn(text, isTitleWord).filter((a) => ROLE_ACRONYMS[a]!.length === 1);
  if (single.length === 0) return text;
  return `${text} ${single.map((a) => ROLE_ACRONYMS[a]![0]).join(" ")}`;
}

/** Too short to name a role: under three letters and no role acronym ("DS" names one). */
export const tooShortForRole = (text: string): boolean =>
  text.trim().length < 3 && roleAcronymsIn(text.trim()).length === 0;
