/**
 * "applied to the county fire marshal's office for fire inspector trainee", "at the city parks
 * department as a seasonal gardener": an employer written in lower case as a description ending
 * in an organisation's noun. The lower-case company readers take a single word or up to three
 * words, so the agent asked "Which company and role?" although the employer was said (conv12s, a
 * kind of blind9's misses). Up to six words before the noun, read only after to / at / with.
 */
export const ORGANISATION_NOUN = String.raw`(?:office|department|dept|district|agency|authority|council|board|bureau|services?|station|hospital|clinic|library|museum|gallery|school|college|university|ministry|cent(?:er|re)|academy|institute|foundation|society|trust|association|firm|group|store|shop|restaurant|hotel|salon|studio|farm|winery|ranch|brewery|orchard|garden|zoo|theat(?:er|re)|church|daycare|nursery|practice|pharmacy|lab|laboratory|plant|factory|warehouse|garage|dealership)`;

const NAMED = new RegExp(
  String.raw`(?<![\p{L}])(?:to|at|with)\s+(?:the\s+)?((?:(?!(?:a|an|my|this|that|some|few)\s)[\p{Ll}\p{N}&.'’-]+\s+){0,6}${ORGANISATION_NOUN})(?=\s+(?:for|as|in|on|today|yesterday|last)\b|\s*[,.;!?]|$)`,
  "u",
);

/** The organisation a lower-case description after "applied to / at / with" names, without "the". */
export function organisationNamed(raw: string): string | undefined {
  const found = NAMED.exec(raw)?.[1]?.trim();
  return found && found.split(/\s+/).length >= 2 ? found : undefined;
}
