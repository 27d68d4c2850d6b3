/**
 * "how do I measure up against what they want", "compare me with what the job asks for",
 * "am I a fit for their requirements": the words after "against / for" point at the job in
 * focus by what it asks, they name no role (a target called "what they want" was set and
 * could not be matched; conv12s, a kind of blind9's misses).
 */
const ASKS =
  /^(?:what|everything|all|whatever)\s+(?:they|it|he|she|the (?:job|role|employer|company|posting|ad|listing|hiring manager|recruiter)s?|this (?:job|role)|that (?:job|role))\s+(?:really\s+)?(?:wants?|needs?|asks?(?:\s+for)?|requires?|expects?|(?:is|are)\s+(?:looking|asking)\s+for|calls?\s+for|lists?|mentions?)\b|^(?:their|its|the(?:\s+(?:job|role|posting|ad)(?:['’]s)?)?|the job ad(?:['’]s)?)\s+(?:requirements|needs|asks|expectations|criteria|qualifications|wish ?list)\b/i;

export const pointsAtJobAsks = (role: string): boolean => ASKS.test(role.trim());
