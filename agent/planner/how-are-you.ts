/**
 * "how are you?", "hey how r u", "tudo bem?", "kaise ho": asking after the agent, in any topic.
 * Found trying the chat as a new user: said right after an analysis it was read as "how am I
 * doing?" and answered with the score. Only the whole message: "how are you scoring me?" and
 * "how's it going with Python?" ask something else.
 */
const HOW_ARE_YOU =
  /^(?:(?:hey+|hi+|hello|yo|so|and|ok(?:ay)?|btw|oh)[\s,!.]+)*(?:how (?:are|r) (?:you|u|ya|things)|how(?:'s| is) (?:your day|life|it going with you)|how have you been|how(?:'s| is) everything|are you (?:ok|okay|good|well)|(?:c[oó]mo|como) (?:est[aá]s|vai|vas|andas)|qu[eé] tal|tudo (?:bem|bom)|wie geht'?s(?: dir| ihnen)?|[cç]a va|comment [cç]a va|kaise ho|kya haal hai?|aap kaise hain?)(?:\s+(?:doing|today|tho|bro|man|buddy|there|ai|bot|careercraft|by the way))*(?:,?\s*(?:you|tu|vc|você|du|aap))?[\s?!.]*$/iu;

/** Whether the whole message only asks how the agent is. */
export function asksHowTheAgentIs(raw: string): boolean {
  return HOW_ARE_YOU.test(raw.trim());
}
