/** How years asks name kinds of work (experience-kinds.ts for alternatives, kind-years.ts for one kind). */

/** What follows the years: "years (of experience) in / as / within …" up to the clause's end. */
export const KINDS_AFTER_YEARS =
  /\b(?:years?|yrs)['’]?(?:\s+of)?(?:\s+(?:experience|work|working))?\s+(?:in|as|within|across|doing)\s+(?:an?\s+|the\s+)?([^.;:()]+)/i;
/** Alternatives: "A, B or C", "A/B". */
export const ALTERNATIVES = /\bor\b|\w\s*\/\s*\w/i;
/** Words that name no kind of work: "another … role", "a similar position", "related field". */
export const FILLER =
  /^(another|other|any|similar|related|relevant|equivalent|comparable|role|roles|position|positions|job|jobs|field|fields|function|functions|setting|settings|environment|environments|capacity|work|experience|management|based|like|such|plus|preferably|ideally|ideal|or|and|a|an|the|in|of|at|with|to|for)$/i;
